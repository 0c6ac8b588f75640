'use strict';
// allowHTTP1 connections: requests on one keep-alive connection share req.socket (remoteAddress,
// encrypted, alpnProtocol), the socket emits 'close' when the client goes; a client that leaves
// mid-upload makes the request emit 'aborted' and 'close' and the response 'close' without 'finish'.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-cert.pem'));

const sockets = [];
const events = [];
const counts = { request: 0, socketClose: 0 };
const server = http2.createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
  counts.request++;
  sockets.push(req.socket);
  assert.strictEqual(req.socket, res.socket);
  assert.strictEqual(req.socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(req.socket.encrypted, true);
  assert.strictEqual(req.socket.alpnProtocol, 'http/1.1');
  if (req.url === '/abort') {
    req.on('data', () => {
      if (!events.includes('data')) {
        events.push('data');
        abortClient.destroy();
      }
    });
    req.on('aborted', () => events.push('req aborted'));
    req.on('close', () => {
      events.push('req close');
      assert.strictEqual(req.aborted, true);
    });
    res.on('finish', () => events.push('res finish'));
    res.on('close', () => {
      events.push('res close');
      setTimeout(() => server.close(), 10);
    });
    return;
  }
  if (counts.request === 1) req.socket.once('close', () => counts.socketClose++);
  res.end('ok ' + req.url);
});

let abortClient;
function client(port) {
  return tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: ['http/1.1'] });
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = client(port);
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    data += d;
    if (data.split('ok /').length === 3) c.end();
  });
  c.write('GET /one HTTP/1.1\r\nHost: localhost\r\n\r\n');
  c.write('GET /two HTTP/1.1\r\nHost: localhost\r\n\r\n');
  c.on('close', () => {
    assert.strictEqual(sockets.length, 2);
    assert.strictEqual(sockets[0], sockets[1]);
    abortClient = client(port);
    abortClient.on('error', () => {});
    abortClient.write('POST /abort HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n' + 'x'.repeat(1000));
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 3, socketClose: 1 });
  assert.deepStrictEqual(events, ['data', 'req aborted', 'res close', 'req close']);
});
