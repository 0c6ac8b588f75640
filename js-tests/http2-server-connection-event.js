'use strict';
// An Http2Server is a net.Server: each accepted connection is announced with 'connection' (h2c:
// after 'session', whose listener the server registered first), an Http2SecureServer also with
// 'secureConnection' (order: connection, session, secureConnection). The socket is a net.Socket
// (TLSSocket for secureConnection); destroying it drops the connection under the session, which
// the client sees as a lost connection: its request closes with CANCEL and no error.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');
const http2 = require('http2');

const fixtures = path.join(__dirname, 'fixtures');
const done = [];
process.on('exit', () => assert.deepStrictEqual(done, ['h2c', 'tls', 'destroy']));

// exchange(server, url) makes one request and resolves with the server-side event log.
function exchange(server, url, log) {
  return new Promise((resolve) => {
    server.on('stream', (stream) => {
      log.push('stream');
      stream.respond();
      stream.end('ok');
    });
    server.listen(0, '127.0.0.1', () => {
      const client = http2.connect(url + server.address().port, { rejectUnauthorized: false });
      const req = client.request();
      req.resume();
      req.on('end', () => {
        client.close();
        server.close(() => resolve(log));
      });
    });
  });
}

function watch(server, log) {
  server.on('session', (session) => {
    log.push('session');
    assert.strictEqual(session.socket.constructor.name, server instanceof tls.Server ? 'bound TLSSocket' : 'bound Socket');
  });
  server.on('connection', (socket) => {
    assert(socket instanceof net.Socket);
    assert.strictEqual(typeof socket.remotePort, 'number');
    assert.strictEqual(socket.remoteAddress, '127.0.0.1');
    log.push('connection');
  });
  server.on('secureConnection', (socket) => {
    assert(socket instanceof tls.TLSSocket);
    log.push('secureConnection');
  });
}

(async () => {
  const plain = http2.createServer();
  const log1 = [];
  watch(plain, log1);
  assert.deepStrictEqual(await exchange(plain, 'http://127.0.0.1:', log1), ['session', 'connection', 'stream']);
  done.push('h2c');

  const secure = http2.createSecureServer({
    key: fs.readFileSync(path.join(fixtures, 'tls-key.pem')),
    cert: fs.readFileSync(path.join(fixtures, 'tls-cert.pem')),
  });
  const log2 = [];
  watch(secure, log2);
  assert.deepStrictEqual(await exchange(secure, 'https://127.0.0.1:', log2),
    ['connection', 'session', 'secureConnection', 'stream']);
  done.push('tls');

  // Destroying the socket in 'connection' cuts the connection before any request is served.
  const cut = http2.createServer();
  cut.on('connection', (socket) => socket.destroy());
  cut.on('stream', () => assert.fail('no stream expected'));
  cut.listen(0, '127.0.0.1', () => {
    const client = http2.connect(`http://127.0.0.1:${cut.address().port}`);
    client.on('error', (err) => assert.fail(err));
    const req = client.request();
    req.on('error', (err) => assert.fail(err));
    req.on('close', () => {
      assert.strictEqual(req.rstCode, http2.constants.NGHTTP2_CANCEL);
    });
    client.on('close', () => {
      assert.strictEqual(req.closed, true);
      cut.close(() => done.push('destroy'));
    });
  });
})();
