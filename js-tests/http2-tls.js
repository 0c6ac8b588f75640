'use strict';
// TLS: a self-signed certificate is rejected without `ca` (Node's code), accepted with it; ALPN h2.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-key.pem'), 'utf8');
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-cert.pem'), 'utf8');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 3));

const server = http2.createSecureServer({ key, cert });
server.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':scheme'], 'https');
  assert.strictEqual(stream.session.alpnProtocol, 'h2');
  stream.respond({ ':status': 200 });
  stream.end('tls ok');
});

server.listen(0, () => {
  const port = server.address().port;
  const bad = http2.connect(`https://localhost:${port}`);
  bad.on('error', (err) => {
    assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    assert.strictEqual(err.message, 'self-signed certificate');
    done++;
  });
  bad.on('close', () => {
    const good = http2.connect(`https://localhost:${port}`, { ca: cert });
    const req = good.request();
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      assert.strictEqual(body, 'tls ok');
      done++;
      good.close(() => {
        done++;
        server.close();
      });
    });
  });
});
