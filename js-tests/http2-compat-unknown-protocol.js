'use strict';
// A secure server without allowHTTP1. A TLS client that offers ALPN protocols, none of them h2,
// fails the handshake (no_application_protocol). One that offers no ALPN at all connects with
// alpnProtocol false and meets 'unknownProtocol' with its socket (here the listener destroys it);
// without a listener the server sends Node's 403 text and closes the connection.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-cert.pem'));

const counts = { unknownProtocol: 0, request: 0, clientClose: 0, secureConnect: 0, clientError: 0 };

function connect(port, alpn) {
  return new Promise((resolve) => {
    const opts = { port, host: '127.0.0.1', servername: 'localhost', ca: cert };
    if (alpn) opts.ALPNProtocols = alpn;
    const sock = tls.connect(opts, () => {
      counts.secureConnect++;
      assert.strictEqual(sock.alpnProtocol, false);
    });
    let data = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { data += d; });
    sock.on('error', (err) => {
      counts.clientError++;
      assert.match(err.code, /^ERR_SSL_/);
    });
    sock.on('close', () => { counts.clientClose++; resolve(data); });
  });
}

const s1 = http2.createSecureServer({ key, cert }, () => counts.request++);
s1.on('unknownProtocol', (socket) => {
  counts.unknownProtocol++;
  assert.strictEqual(socket.alpnProtocol, false);
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(typeof socket.remotePort, 'number');
  assert.strictEqual(socket.destroyed, false);
  socket.destroy();
  assert.strictEqual(socket.destroyed, true);
});
const s2 = http2.createSecureServer({ key, cert }, () => counts.request++);

s1.listen(0, '127.0.0.1', () => s2.listen(0, '127.0.0.1', async () => {
  assert.strictEqual(await connect(s1.address().port, ['http/1.1']), '');
  assert.strictEqual(counts.clientError, 1);
  assert.strictEqual(counts.unknownProtocol, 0);
  assert.strictEqual(await connect(s1.address().port), '');
  assert.strictEqual(counts.unknownProtocol, 1);
  const text = await connect(s2.address().port);
  assert.strictEqual(text, 'HTTP/1.0 403 Forbidden\r\nContent-Type: text/plain\r\n\r\n' +
    'Missing ALPN Protocol, expected `h2` to be available.\n' +
    'If this is a HTTP request: The server was not configured with the `allowHTTP1` option or a ' +
    'listener for the `unknownProtocol` event.\n');
  s1.close();
  s2.close();
}));

process.on('exit', () => {
  assert.deepStrictEqual(counts, { unknownProtocol: 1, request: 0, clientClose: 3, secureConnect: 2, clientError: 1 });
});
