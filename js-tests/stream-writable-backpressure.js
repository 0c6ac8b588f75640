'use strict';
// Writable backpressure: write() returns false at highWaterMark, 'drain' fires once the buffer
// empties, and the lengths/flags track it.
const assert = require('assert');
const { Writable } = require('stream');

let drains = 0;
let callbacks = 0;
const pending = [];
const w = new Writable({
  highWaterMark: 10,
  write(chunk, encoding, cb) {
    assert.strictEqual(encoding, 'buffer');
    assert.ok(chunk instanceof Buffer);
    pending.push(cb);
  },
});
assert.strictEqual(w.writableHighWaterMark, 10);
assert.strictEqual(w.writableLength, 0);
assert.strictEqual(w.writableNeedDrain, false);

assert.strictEqual(w.write('12345', (err) => { assert.strictEqual(err, null); callbacks++; }), true);
assert.strictEqual(w.writableLength, 5);
assert.strictEqual(w.write('6789', () => callbacks++), true);
assert.strictEqual(w.writableLength, 9);
// Reaching highWaterMark (length >= hwm) returns false.
assert.strictEqual(w.write('0', () => callbacks++), false);
assert.strictEqual(w.writableLength, 10);
assert.strictEqual(w.writableNeedDrain, true);
// Still accepted after false.
assert.strictEqual(w.write('abc', () => callbacks++), false);
assert.strictEqual(w.writableLength, 13);
assert.strictEqual(w.writableBuffer.length, 3); // one chunk in _write, three queued

w.on('drain', () => {
  drains++;
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
  assert.strictEqual(callbacks, 3); // drain is emitted before the last write's callback
});

function step() {
  const cb = pending.shift();
  if (!cb) return;
  cb();
  setImmediate(step);
}
setImmediate(step);

process.on('exit', () => {
  assert.strictEqual(drains, 1);
  assert.strictEqual(callbacks, 4);
});
