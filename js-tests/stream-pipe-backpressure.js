'use strict';
// A fast Readable piped into a slow Writable: pipe() pauses the source when write() returns
// false and resumes on 'drain'; all data arrives in order and 'finish'/'end'/'unpipe' fire.
const assert = require('assert');
const { Readable, Writable } = require('stream');

const N = 50;
let produced = 0;
const src = new Readable({
  highWaterMark: 8,
  read() {
    if (produced === N) {
      this.push(null);
      return;
    }
    this.push(String(produced++ % 10));
  },
});

const received = [];
let pauses = 0;
let drains = 0;
let maxLength = 0;
const dst = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    received.push(chunk.toString());
    maxLength = Math.max(maxLength, this.writableLength);
    setTimeout(cb, 1); // slow consumer
  },
});
src.on('pause', () => pauses++);
dst.on('drain', () => drains++);

const events = [];
dst.on('pipe', (s) => { assert.strictEqual(s, src); events.push('pipe'); });
dst.on('unpipe', (s) => { assert.strictEqual(s, src); events.push('unpipe'); });
src.on('end', () => events.push('end'));
dst.on('finish', () => events.push('finish'));
dst.on('close', () => events.push('close'));

assert.strictEqual(src.pipe(dst), dst);
assert.deepStrictEqual(events, ['pipe']);
assert.strictEqual(src.readableFlowing, true);

process.on('exit', () => {
  assert.strictEqual(received.length, N);
  assert.strictEqual(received.join(''), '0123456789'.repeat(5));
  assert.ok(pauses > 5, 'source was paused: ' + pauses);
  assert.ok(drains > 5, 'drain events: ' + drains);
  assert.ok(maxLength <= 5, 'writable buffer stayed small: ' + maxLength);
  assert.deepStrictEqual(events, ['pipe', 'end', 'finish', 'unpipe', 'close']);
});
