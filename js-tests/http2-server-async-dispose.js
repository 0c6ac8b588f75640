'use strict';
// server[Symbol.asyncDispose](): Http2Server's own closes the server and settles with close()'s
// outcome (rejects with ERR_SERVER_NOT_RUNNING when not listening); net.Server's (which
// Http2SecureServer inherits through tls.Server) resolves at once when not listening.
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

const proto = Object.getPrototypeOf(http2.createServer());
const own = Object.getOwnPropertyDescriptor(proto, Symbol.asyncDispose);
assert.strictEqual(own.enumerable, false);
assert.strictEqual(own.value.name, '[nodejs.asyncDispose]');
const base = Object.getOwnPropertyDescriptor(net.Server.prototype, Symbol.asyncDispose);
assert.strictEqual(typeof base.value, 'function');
assert.strictEqual(base.enumerable, true);
const secure = http2.createSecureServer();
assert.strictEqual(Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(secure), Symbol.asyncDispose), false);
assert.strictEqual(secure[Symbol.asyncDispose], base.value);

const order = [];
process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'listening false', 'close', 'secure resolved', 'net resolved', 'idle rejected ERR_SERVER_NOT_RUNNING',
    'resolved false', 'close', 'again rejected ERR_SERVER_NOT_RUNNING',
  ]);
});

const idle = http2.createServer();
idle[Symbol.asyncDispose]().then(() => order.push('idle resolved'),
  (e) => order.push('idle rejected ' + e.code));
secure[Symbol.asyncDispose]().then(() => order.push('secure resolved'));
net.createServer()[Symbol.asyncDispose]().then(() => order.push('net resolved'));

const server = http2.createServer();
server.listen(0, () => {
  server.on('close', () => order.push('close'));
  const p = server[Symbol.asyncDispose]();
  assert(p instanceof Promise);
  order.push('listening ' + server.listening);
  p.then(() => {
    order.push('resolved ' + server.listening);
    return server[Symbol.asyncDispose]();
  }).catch((e) => order.push('again rejected ' + e.code));
});
