'use strict';
// An unref'd listening server and an unref'd connected socket do not keep the process alive;
// ref() again would. The exit handler proves we got past 'listening' and 'connect'.
const assert = require('assert');
const net = require('net');

let listening = 0;
let connected = 0;
const server = net.createServer((s) => {
  s.on('error', () => {});
  s.unref(); // an accepted socket holds its own ref
});
server.listen(0, '127.0.0.1', () => {
  listening++;
  server.unref();
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    connected++;
    c.unref();
  });
  c.on('error', () => {});
});
server.ref();
server.unref();

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(listening, 1);
  assert.strictEqual(connected, 1);
});
