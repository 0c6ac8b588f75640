'use strict';
// A ping cut short by the session's end calls back with the error alone
// (ERR_HTTP2_PING_CANCEL); a settings() the peer never acknowledged never calls back. The peer
// here is a TCP server that never answers, so neither can be acknowledged.
const assert = require('assert');
const net = require('net');
const http2 = require('http2');

let pings = 0;
let closed = 0;
process.on('exit', () => {
  assert.strictEqual(pings, 1);
  assert.strictEqual(closed, 1);
});

const sockets = [];
const server = net.createServer((socket) => {
  sockets.push(socket);
  socket.on('error', () => {});
  socket.resume();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('error', () => {});
  client.on('connect', () => {
    client.ping((...args) => {
      assert.strictEqual(args.length, 1);
      assert.strictEqual(args[0].code, 'ERR_HTTP2_PING_CANCEL');
      assert.strictEqual(args[0].message, 'HTTP2 ping cancelled');
      pings++;
    });
    client.settings({ enablePush: false }, () => assert.fail('settings callback called'));
    setTimeout(() => client.destroy(), 20);
  });
  client.on('close', () => {
    closed++;
    for (const s of sockets) s.destroy();
    server.close();
  });
});
