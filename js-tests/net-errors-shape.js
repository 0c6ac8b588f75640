'use strict';
// ECONNREFUSED and EADDRINUSE carry Node's message, code, errno, syscall, address and port.
const assert = require('assert');
const net = require('net');

let refused = 0;
let inUse = 0;
const c = net.connect(1, '127.0.0.1');
c.on('connect', () => assert.fail('connected to port 1'));
c.on('error', (err) => {
  refused++;
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'connect ECONNREFUSED 127.0.0.1:1');
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.errno, -111);
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, 1);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
});
c.on('close', (hadError) => assert.strictEqual(hadError, true));

const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = net.createServer();
  second.on('listening', () => assert.fail('second server listening'));
  second.on('error', (err) => {
    inUse++;
    assert.strictEqual(err.message, 'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(second.listening, false);
    first.close();
  });
  second.listen(port, '127.0.0.1');
});

process.on('exit', () => {
  assert.strictEqual(refused, 1);
  assert.strictEqual(inUse, 1);
});
