'use strict';
// http2.connect(url, { secureContext }): the tls.SecureContext's ca trusts the server (it stands
// for the ca/cert/key options); without any ca the same connection fails verification.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-cert.pem'));

const results = [];
process.on('exit', () => {
  assert.deepStrictEqual(results, ['trusted 200 hi', 'untrusted DEPTH_ZERO_SELF_SIGNED_CERT']);
});

const server = http2.createSecureServer({ key, cert });
server.on('stream', (stream) => {
  stream.respond();
  stream.end('hi');
});
server.listen(0, () => {
  const url = `https://localhost:${server.address().port}`;
  const client = http2.connect(url, { secureContext: tls.createSecureContext({ ca: cert }) });
  const req = client.request();
  let body = '';
  let status;
  req.setEncoding('utf8');
  req.on('response', (h) => { status = h[':status']; });
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    results.push(`trusted ${status} ${body}`);
    client.close();
    const bare = http2.connect(url, { secureContext: tls.createSecureContext({}) });
    bare.on('error', (e) => {
      results.push(`untrusted ${e.code}`);
      server.close();
    });
  });
});
