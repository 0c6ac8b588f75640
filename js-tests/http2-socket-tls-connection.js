'use strict';
// createConnection returning tls.connect({ ALPNProtocols: ['h2'] }) to an Http2SecureServer: the
// session waits for the handshake, is encrypted with ALPN h2, and session.socket is the TLSSocket.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-key.pem'), 'utf8');
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-cert.pem'), 'utf8');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 3));

const server = http2.createSecureServer({ key, cert });
server.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':scheme'], 'https');
  assert.strictEqual(stream.session.alpnProtocol, 'h2');
  assert.strictEqual(stream.session.encrypted, true);
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end('secure via createConnection');
});

server.listen(0, () => {
  const port = server.address().port;
  let tlsSocket;
  const client = http2.connect(`https://localhost:${port}`, {
    createConnection() {
      tlsSocket = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: ['h2'] });
      return tlsSocket;
    },
  });
  client.on('connect', (session, socket) => {
    assert.strictEqual(socket, tlsSocket);
    assert.strictEqual(socket.alpnProtocol, 'h2');
    assert.strictEqual(client.alpnProtocol, 'h2');
    assert.strictEqual(client.encrypted, true);
    assert.strictEqual(client.socket.authorized, true);
    assert.strictEqual(client.socket.servername, 'localhost');
    assert.ok(client.socket instanceof tls.TLSSocket);
    done++;
  });
  const req = client.request({ ':path': '/' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    assert.strictEqual(body, 'secure via createConnection');
    done++;
    client.close(() => {
      done++;
      server.close();
    });
  });
});
