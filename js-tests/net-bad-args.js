'use strict';
// Argument validation: bad ports, missing arguments, setTimeout checks, writes on an unconnected
// socket, closing a server that is not running, isIP.
const assert = require('assert');
const net = require('net');

const connectCases = [
  [[{ port: -1 }], 'ERR_SOCKET_BAD_PORT', 'Port should be >= 0 and < 65536. Received type number (-1).'],
  [[70000], 'ERR_SOCKET_BAD_PORT', 'Port should be >= 0 and < 65536. Received type number (70000).'],
  [[{ port: '' }], 'ERR_SOCKET_BAD_PORT', "Port should be >= 0 and < 65536. Received type string ('')."],
  [[{ port: 1.5 }], 'ERR_SOCKET_BAD_PORT', 'Port should be >= 0 and < 65536. Received type number (1.5).'],
  [[{ port: true }], 'ERR_INVALID_ARG_TYPE', 'The "options.port" property must be one of type number or string. Received type boolean (true)'],
  [[{ port: null }], 'ERR_INVALID_ARG_TYPE', 'The "options.port" property must be one of type number or string. Received null'],
  [[{}], 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified'],
  [[{ host: 'x' }], 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified'],
];
for (const [args, code, message] of connectCases) {
  assert.throws(() => net.connect(...args), { code, message }, JSON.stringify(args));
}

const listenCases = [
  [[{ port: -1 }], 'ERR_SOCKET_BAD_PORT', 'options.port should be >= 0 and < 65536. Received type number (-1).'],
  [[65536], 'ERR_SOCKET_BAD_PORT', 'options.port should be >= 0 and < 65536. Received type number (65536).'],
  [[{ port: true }], 'ERR_INVALID_ARG_VALUE', "The argument 'options' is invalid. Received { port: true }"],
];
for (const [args, code, message] of listenCases) {
  const s = net.createServer();
  assert.throws(() => s.listen(...args), { code, message }, JSON.stringify(args));
  assert.strictEqual(s.listening, false);
}

const sock = new net.Socket();
assert.strictEqual(sock.pending, true);
assert.strictEqual(sock.connecting, false);
assert.strictEqual(sock.bytesRead, 0);
assert.strictEqual(sock.bytesWritten, 0);
assert.strictEqual(sock.remoteAddress, undefined);
assert.throws(() => sock.setTimeout('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "msecs" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => sock.setTimeout(-1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "msecs" is out of range. It must be a non-negative finite number. Received -1',
});
assert.throws(() => sock.setTimeout(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

let writeCb = 0;
let sockErr = 0;
sock.on('error', (err) => {
  sockErr++;
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
  assert.strictEqual(err.message, 'Socket is closed');
});
sock.write('x', (err) => {
  writeCb++;
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
});

let closeCb = 0;
let closeEvent = 0;
const idle = net.createServer();
idle.on('close', () => closeEvent++);
idle.close((err) => {
  closeCb++;
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
});

const table = [['::1', 6], ['1.2.3.4', 4], ['x', 0], ['01.2.3.4', 0], ['fe80::1%eth0', 6], ['::ffff:1.2.3.4', 6], ['256.1.1.1', 0], ['', 0]];
for (const [s, v] of table) {
  assert.strictEqual(net.isIP(s), v, s);
  assert.strictEqual(net.isIPv4(s), v === 4, s);
  assert.strictEqual(net.isIPv6(s), v === 6, s);
}

process.on('exit', () => {
  assert.strictEqual(writeCb, 1);
  assert.strictEqual(sockErr, 1);
  assert.strictEqual(closeCb, 1);
  assert.strictEqual(closeEvent, 1);
});
