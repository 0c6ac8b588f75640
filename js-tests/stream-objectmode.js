'use strict';
// objectMode: any value but null is a chunk, highWaterMark counts objects (default 16), and
// Duplex can be object-mode on one side only.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough } = require('stream');

let done = 0;

{
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(r.readableObjectMode, true);
  const values = [0, false, '', 'str', { a: 1 }, [1, 2], 3.5];
  for (const v of values) r.push(v);
  assert.strictEqual(r.readableLength, values.length);
  const got = [];
  let v;
  while ((v = r.read()) !== null) got.push(v);
  assert.deepStrictEqual(got, values);
  assert.strictEqual(r.readableLength, 0);
  done++;
}

{
  const w = new Writable({ objectMode: true, highWaterMark: 2, write(o, enc, cb) { setImmediate(cb); } });
  assert.strictEqual(w.writableObjectMode, true);
  assert.strictEqual(w.writableHighWaterMark, 2);
  assert.strictEqual(w.write({}), true);
  assert.strictEqual(w.write(1), false);
  assert.strictEqual(w.writableLength, 2);
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
    message: 'May not write null values to stream',
  });
  w.on('drain', () => done++);
}

// Non-objectMode rejects objects.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.strictEqual(w.writableHighWaterMark, 16384);
  assert.throws(() => w.write({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object',
  });
  assert.throws(() => w.write(42), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)',
  });
  // Any ArrayBufferView is accepted and seen as a Buffer over the same bytes.
  const seen = [];
  const w2 = new Writable({ write(c, e, cb) { seen.push([c.length, e, c instanceof Buffer]); cb(); } });
  w2.write(new Uint16Array([1, 2]));
  w2.write(new DataView(new ArrayBuffer(3)));
  assert.deepStrictEqual(seen, [[4, 'buffer', true], [3, 'buffer', true]]);
  const r = new Readable({ read() {} });
  r.push(new Uint8Array([1, 2, 3]));
  assert.strictEqual(r.readableLength, 3);
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (123)');
    done++;
  });
  r.push(123);
}

// Half object mode duplex.
{
  const d = new Duplex({
    readableObjectMode: true,
    read() {},
    write(chunk, enc, cb) {
      assert.ok(chunk instanceof Buffer);
      this.push({ len: chunk.length });
      cb();
    },
  });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 16384);
  d.on('data', (o) => {
    assert.deepStrictEqual(o, { len: 5 });
    done++;
  });
  d.write('hello');
}

{
  const p = new PassThrough({ writableObjectMode: true, readableHighWaterMark: 3, writableHighWaterMark: 5 });
  assert.strictEqual(p.writableObjectMode, true);
  assert.strictEqual(p.readableObjectMode, false);
  assert.strictEqual(p.readableHighWaterMark, 3);
  assert.strictEqual(p.writableHighWaterMark, 5);
  done++;
}

assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new Duplex({ readableHighWaterMark: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.readableHighWaterMark' is invalid. Received 'x'",
});

process.on("exit", () => assert.strictEqual(done, 5));
