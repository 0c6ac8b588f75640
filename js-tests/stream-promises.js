'use strict';
// stream/promises: pipeline and finished as promises, options objects (signal, end), and
// function stages returning hand-written async iterables.
const assert = require('assert');
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');

let done = 0;

function sink(out) {
  return new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      out.push(typeof chunk === 'string' ? chunk : chunk.toString());
      cb();
    },
  });
}

// Success resolves with undefined.
{
  const out = [];
  pipeline(Readable.from(['a', 'b']), new PassThrough({ objectMode: true }), sink(out)).then((v) => {
    assert.strictEqual(v, undefined);
    assert.deepStrictEqual(out, ['a', 'b']);
    done++;
  });
}

// A generator-like function stage (an object with next()).
{
  const out = [];
  function upper(source) {
    const it = source[Symbol.asyncIterator]();
    return {
      [Symbol.asyncIterator]() { return this; },
      next() {
        return it.next().then((r) => (r.done ? r : { value: r.value.toUpperCase(), done: false }));
      },
    };
  }
  pipeline(Readable.from(['x', 'y']), upper, sink(out)).then(() => {
    assert.deepStrictEqual(out, ['X', 'Y']);
    done++;
  });
}

// Errors reject.
{
  const r = new Readable({ read() { this.destroy(new Error('nope')); } });
  pipeline(r, sink([])).then(() => assert.fail('should reject'), (err) => {
    assert.strictEqual(err.message, 'nope');
    done++;
  });
}

// An aborted signal rejects with AbortError and destroys the streams.
{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  const w = sink([]);
  pipeline(r, w, { signal: ac.signal }).then(() => assert.fail('should reject'), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(w.destroyed, true);
    done++;
  });
  setImmediate(() => ac.abort());
}

// { end: false } leaves the destination open.
{
  const out = [];
  const w = sink(out);
  pipeline(Readable.from(['1']), w, { end: false }).then(() => {
    assert.strictEqual(w.writableEnded, false);
    assert.deepStrictEqual(out, ['1']);
    w.end();
    done++;
  });
}

// finished() resolves / rejects.
{
  const p = new PassThrough();
  finished(p).then(() => done++);
  p.resume();
  p.end('bye');

  const r = new Readable({ read() {} });
  finished(r).then(() => assert.fail('should reject'), (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    done++;
  });
  r.destroy();
}

process.on('exit', () => assert.strictEqual(done, 7));
