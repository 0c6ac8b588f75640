'use strict';
// TLS handshake failures end the client session with OpenSSL's error codes, the session closes
// and the loop drains: an untrusted self-signed certificate, a name the certificate does not
// cover, and a TLS client talking to a plaintext (h2c) server.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-cert.pem'));
const events = [];
process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'self-signed DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed close',
    'altname ERR_TLS_CERT_ALTNAME_INVALID', 'altname close',
    'plaintext ERR_SSL_WRONG_VERSION_NUMBER', 'plaintext close',
  ]);
});

function attempt(name, url, options, check, next) {
  const client = http2.connect(url, options);
  const req = client.request();
  req.on('error', (e) => assert.strictEqual(e.code, 'ERR_HTTP2_STREAM_CANCEL'));
  client.on('connect', () => assert.fail(name + ' connected'));
  client.on('error', (e) => {
    events.push(name + ' ' + e.code);
    check(e);
  });
  client.on('close', () => {
    events.push(name + ' close');
    next();
  });
}

const server = http2.createSecureServer({ key, cert });
server.on('stream', () => assert.fail('no stream expected'));
server.listen(0, () => {
  const port = server.address().port;
  attempt('self-signed', 'https://localhost:' + port, {}, (e) => {
    assert.strictEqual(e.message, 'self-signed certificate');
  }, () => attempt('altname', 'https://localhost:' + port, { ca: cert, servername: 'wrong.example' }, (e) => {
    assert.strictEqual(e.message, "Hostname/IP does not match certificate's altnames: Host: wrong.example. " +
      "is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1");
  }, () => {
    server.close();
    const plain = http2.createServer();
    plain.listen(0, () => {
      attempt('plaintext', 'https://localhost:' + plain.address().port, { ca: cert }, () => {}, () => plain.close());
    });
  }));
});
