'use strict';
// Duplex sides end independently; allowHalfOpen: false ends the writable side after 'end';
// readable/writable: false options; 'close' once both are done.
const assert = require('assert');
const { Duplex } = require('stream');

let done = 0;

{
  const log = [];
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
  });
  assert.strictEqual(d.allowHalfOpen, false);
  d.on('end', () => log.push('end'));
  d.on('finish', () => log.push('finish'));
  d.on('close', () => {
    log.push('close');
    assert.deepStrictEqual(log, ['end', 'finish', 'close']);
    assert.strictEqual(d.writableEnded, true);
    done++;
  });
  d.resume();
  d.push(null);
}

{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.allowHalfOpen, true);
  const log = [];
  d.on('end', () => log.push('end'));
  d.on('finish', () => log.push('finish'));
  d.on('close', () => log.push('close'));
  d.resume();
  d.push(null);
  setImmediate(() => {
    assert.deepStrictEqual(log, ['end']);
    assert.strictEqual(d.writable, true);
    d.end();
    setImmediate(() => {
      assert.deepStrictEqual(log, ['end', 'finish', 'close']);
      done++;
    });
  });
}

{
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, true);
  d.on('close', () => done++);
  d.end('x');
  const d2 = new Duplex({ writable: false, read() {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.writableFinished, true);
  assert.strictEqual(d2.readable, true);
}

{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.destroyed, false);
  d.destroy();
  assert.strictEqual(d.destroyed, true);
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, false);
  d.on('close', () => done++);
}

process.on('exit', () => assert.strictEqual(done, 4));
