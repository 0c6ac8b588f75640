'use strict';
// A client that resets its TCP connection while the server still has a response to send: the
// server's open stream fails with Node's socket error, `read ECONNRESET` (code ECONNRESET,
// errno -104, syscall 'read'), and the session closes.
const assert = require('assert');
const net = require('net');
const http2 = require('http2');

const seen = [];
process.on('exit', () => assert.deepStrictEqual(seen, ['stream error', 'session close']));

const server = http2.createServer();
server.on('session', (session) => {
  session.on('error', () => {});
  session.on('close', () => {
    seen.push('session close');
    server.close();
  });
});
server.on('stream', (stream) => {
  stream.on('error', (err) => {
    assert.strictEqual(err.message, 'read ECONNRESET');
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.errno, -104);
    assert.strictEqual(err.syscall, 'read');
    seen.push('stream error');
  });
  stream.respond();
  // More than the client's window: the stream stays open until the client reads, which it never does.
  stream.end(Buffer.alloc(100000, 'x'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
    c.write(Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0])); // empty SETTINGS
    // HEADERS on stream 1, END_STREAM|END_HEADERS: :method GET, :scheme http, :path /, :authority a
    c.write(Buffer.from([0, 0, 6, 1, 5, 0, 0, 0, 1, 0x82, 0x86, 0x84, 0x41, 1, 0x61]));
  });
  // Reset once the response's DATA is arriving (the stream is open on the server then).
  let got = 0;
  c.on('data', (d) => {
    got += d.length;
    if (got > 20000 && !c.destroyed) c.resetAndDestroy();
  });
  c.on('error', () => {});
});
