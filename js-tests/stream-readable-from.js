'use strict';
// Readable.from over arrays, strings, Buffers, generators, hand-written async iterables and
// iterables of promises; null values are an error; objectMode by default.
const assert = require('assert');
const { Readable } = require('stream');

let done = 0;

function collect(r) {
  return new Promise((resolve, reject) => {
    const out = [];
    r.on('data', (d) => out.push(d));
    r.on('end', () => resolve(out));
    r.on('error', reject);
  });
}

{
  const r = Readable.from([1, 'two', { three: 3 }]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  collect(r).then((out) => {
    assert.deepStrictEqual(out, [1, 'two', { three: 3 }]);
    done++;
  });
}

// A string is one chunk, not split into characters.
collect(Readable.from('hello')).then((out) => {
  assert.deepStrictEqual(out, ['hello']);
  done++;
});

collect(Readable.from(Buffer.from('buf'))).then((out) => {
  assert.strictEqual(out.length, 1);
  assert.strictEqual(out[0].toString(), 'buf');
  done++;
});

// Sync generator, with objectMode off.
{
  function* gen() {
    yield 'a';
    yield 'b';
  }
  const r = Readable.from(gen(), { objectMode: false });
  assert.strictEqual(r.readableObjectMode, false);
  collect(r).then((out) => {
    assert.strictEqual(Buffer.concat(out).toString(), 'ab');
    done++;
  });
}

// Async iterable written by hand.
{
  let n = 0;
  const asyncIterable = {
    [Symbol.asyncIterator]() {
      return {
        next() {
          return new Promise((resolve) => setTimeout(() => {
            resolve(n < 3 ? { value: n++, done: false } : { value: undefined, done: true });
          }, 1));
        },
      };
    },
  };
  collect(Readable.from(asyncIterable)).then((out) => {
    assert.deepStrictEqual(out, [0, 1, 2]);
    done++;
  });
}

// Iterable of promises: values are awaited.
collect(Readable.from([Promise.resolve('p1'), 'v', Promise.resolve('p2')])).then((out) => {
  assert.deepStrictEqual(out, ['p1', 'v', 'p2']);
  done++;
});

// null inside the iterable errors the stream.
collect(Readable.from(['ok', null])).then(() => assert.fail('expected error'), (err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_NULL_VALUES');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'May not write null values to stream');
  done++;
});

// Iterator errors destroy the stream.
{
  const failing = {
    [Symbol.iterator]() {
      return { next() { throw new Error('iter failed'); } };
    },
  };
  const r = Readable.from(failing);
  collect(r).then(() => assert.fail('expected error'), (err) => {
    assert.strictEqual(err.message, 'iter failed');
    assert.strictEqual(r.destroyed, true);
    done++;
  });
}

// Destroying early calls the iterator's return().
{
  let returned = false;
  const it = {
    i: 0,
    [Symbol.iterator]() { return this; },
    next() { return { value: this.i++, done: false }; },
    return() { returned = true; return { done: true }; },
  };
  const r = Readable.from(it);
  r.once('data', (v) => {
    assert.strictEqual(v, 0);
    r.destroy();
  });
  r.on('close', () => {
    assert.strictEqual(returned, true);
    done++;
  });
}

assert.throws(() => Readable.from(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "iterable" argument must be an instance of Iterable. Received type number (42)',
});

process.on('exit', () => assert.strictEqual(done, 9));
