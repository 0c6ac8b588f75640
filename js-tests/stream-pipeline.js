'use strict';
// stream.pipeline: success ends every stage; an error in any stage destroys all of them and
// reaches the callback exactly once.
const assert = require('assert');
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');

let done = 0;

// Success.
{
  const chunks = [];
  const r = Readable.from(['a', 'b', 'c']);
  const t = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  });
  const w = new Writable({ write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); } });
  const ret = pipeline(r, t, w, function (err) {
    assert.strictEqual(arguments.length, 2);
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(chunks, ['A', 'B', 'C']);
    assert.strictEqual(w.writableFinished, true);
    done++;
  });
  assert.strictEqual(ret, w);
}

// Error in the middle: every stream is destroyed, the callback gets the error once.
{
  const r = new Readable({ read() {} });
  const t = new Transform({
    transform(chunk, enc, cb) { cb(new Error('boom')); },
  });
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  let calls = 0;
  pipeline(r, t, w, (err) => {
    calls++;
    assert.strictEqual(err.message, 'boom');
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(t.destroyed, true);
    assert.strictEqual(w.destroyed, true);
    setImmediate(() => { assert.strictEqual(calls, 1); done++; });
  });
  r.push('x');
}

// Destination closing early: ERR_STREAM_PREMATURE_CLOSE.
{
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  pipeline(r, w, (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
    assert.strictEqual(r.destroyed, true);
    done++;
  });
  r.push('data');
  setImmediate(() => w.destroy());
}

// Source erroring.
{
  const r = new Readable({ read() { this.destroy(new Error('src failed')); } });
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  pipeline(r, w, (err) => {
    assert.strictEqual(err.message, 'src failed');
    assert.strictEqual(w.destroyed, true);
    done++;
  });
}

// Argument validation.
assert.throws(() => pipeline(new PassThrough(), () => {}), { code: 'ERR_MISSING_ARGS', message: 'The "streams" argument must be specified' });
assert.throws(() => pipeline(new PassThrough(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});

// Array form and async-function stages (hand-written async iterables).
{
  const out = [];
  function double(source) {
    const it = source[Symbol.asyncIterator]();
    return {
      [Symbol.asyncIterator]() { return this; },
      next() {
        return it.next().then((r) => (r.done ? r : { value: String(r.value) + String(r.value), done: false }));
      },
      return() { return it.return ? it.return() : Promise.resolve({ done: true }); },
    };
  }
  pipeline([Readable.from(['x', 'y']), double, new Writable({
    objectMode: true,
    write(chunk, enc, cb) { out.push(chunk); cb(); },
  })], (err) => {
    assert.ifError(err);
    assert.deepStrictEqual(out, ['xx', 'yy']);
    done++;
  });
}

// Last stage a function returning a promise: its value is passed to the callback.
{
  pipeline(Readable.from([1, 2, 3]), function sum(source) {
    const it = source[Symbol.asyncIterator]();
    let total = 0;
    function loop() {
      return it.next().then((r) => {
        if (r.done) return total;
        total += r.value;
        return loop();
      });
    }
    return loop();
  }, (err, value) => {
    assert.ifError(err);
    assert.strictEqual(value, 6);
    done++;
  });
}

process.on('exit', () => assert.strictEqual(done, 6));
