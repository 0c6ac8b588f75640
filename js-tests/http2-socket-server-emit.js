'use strict';
// server.emit('connection', socket) with sockets accepted by a plain net.Server: an Http2Server
// serves them as h2c; an Http2SecureServer does the TLS handshake on the raw TCP socket. Bytes the
// net socket already had are not lost, and the servers need not listen themselves.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const net = require('net');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-key.pem'), 'utf8');
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-cert.pem'), 'utf8');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 6));

const plain = http2.createServer();
plain.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':scheme'], 'http');
  assert.strictEqual(stream.session.encrypted, false);
  assert.strictEqual(stream.session.alpnProtocol, 'h2c');
  stream.respond({ ':status': 200 });
  stream.end('plain:' + headers[':path']);
});
const secure = http2.createSecureServer({ key, cert });
secure.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':scheme'], 'https');
  assert.strictEqual(stream.session.encrypted, true);
  assert.strictEqual(stream.session.alpnProtocol, 'h2');
  stream.respond({ ':status': 200 });
  stream.end('secure:' + headers[':path']);
});
for (const s of [plain, secure]) s.on('session', () => { done++; });

let n = 0;
const raw = net.createServer((socket) => {
  // The first connection goes to the h2c server, the second to the TLS one.
  if (n++ === 0) plain.emit('connection', socket);
  else secure.emit('connection', socket);
});

function get(url, options, cb) {
  const client = http2.connect(url, options);
  const req = client.request({ ':path': '/x' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    client.close();
    cb(body);
  });
}

raw.listen(0, () => {
  const port = raw.address().port;
  get(`http://localhost:${port}`, {}, (body) => {
    assert.strictEqual(body, 'plain:/x');
    done++;
    get(`https://localhost:${port}`, { ca: cert }, (body2) => {
      assert.strictEqual(body2, 'secure:/x');
      done++;
      raw.close(() => {
        done++;
      });
      plain.close();
      secure.close();
    });
  });
});
process.on('exit', () => assert.strictEqual(plain.listening || secure.listening, false));
plain.on('close', () => { done++; });
