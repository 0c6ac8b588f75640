'use strict';
// Without `ca` the fixture's self-signed certificate is rejected with OpenSSL's code; with
// rejectUnauthorized: false the connection proceeds but is not authorized; a wrong servername
// fails the host name check with ERR_TLS_CERT_ALTNAME_INVALID.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-cert.pem'));

const seen = [];
const server = tls.createServer({ key, cert }, (sock) => {
  sock.on('error', () => {});
  sock.end('hello');
});
server.on('tlsClientError', () => {});

function step(opts, check) {
  return new Promise((resolve) => {
    const c = tls.connect(Object.assign({ port: server.address().port, host: '127.0.0.1' }, opts));
    let secure = false;
    c.on('secureConnect', () => { secure = true; });
    c.on('error', (err) => { check(err, c, secure); });
    c.on('data', () => {});
    c.on('close', () => {
      if (!c.errored && !c._hadError) check(null, c, secure);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await step({ servername: 'localhost' }, (err, c, secure) => {
    assert.ok(err);
    assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    assert.strictEqual(err.message, 'self-signed certificate');
    assert.strictEqual(secure, false);
    seen.push('rejected');
  });
  await step({ servername: 'localhost', rejectUnauthorized: false }, (err, c, secure) => {
    assert.ifError(err);
    assert.strictEqual(secure, true);
    assert.strictEqual(c.authorized, false);
    assert.strictEqual(c.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    seen.push('insecure');
  });
  await step({ servername: 'example.com', ca: cert }, (err, c, secure) => {
    assert.ok(err);
    assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
    assert.strictEqual(err.message,
      "Hostname/IP does not match certificate's altnames: Host: example.com. is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1");
    assert.strictEqual(err.host, 'example.com');
    assert.strictEqual(secure, false);
    seen.push('altname');
  });
  server.close();
});

const e = tls.checkServerIdentity('10.0.0.1', { subject: { CN: 'x' }, subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' });
assert.strictEqual(e.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
assert.strictEqual(e.reason, "IP: 10.0.0.1 is not in the cert's list: 127.0.0.1");
assert.strictEqual(tls.checkServerIdentity('localhost', { subject: { CN: 'x' }, subjectaltname: 'DNS:localhost' }), undefined);
assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.ok(Array.isArray(tls.rootCertificates));
assert.strictEqual(typeof tls.createSecureContext({ key, cert }), 'object');

process.on('exit', () => assert.deepStrictEqual(seen, ['rejected', 'insecure', 'altname']));
