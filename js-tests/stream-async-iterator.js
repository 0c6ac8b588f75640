'use strict';
// Readable[Symbol.asyncIterator]: yields chunks in order, ends with done, rejects on error, and
// return() (what `break` calls) destroys the stream. Written without for-await on purpose.
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

let done = 0;

function collect(stream) {
  const it = stream[Symbol.asyncIterator]();
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  const out = [];
  function loop() {
    return it.next().then((r) => {
      if (r.done) return out;
      out.push(r.value);
      return loop();
    });
  }
  return loop();
}

// All chunks, including ones pushed later.
{
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      if (i < 3) setTimeout(() => this.push(i++), 1);
      else this.push(null);
    },
  });
  collect(r).then((out) => {
    assert.deepStrictEqual(out, [0, 1, 2]);
    assert.strictEqual(r.destroyed, true);
    done++;
  });
}

// Error rejects the pending next().
{
  const r = new Readable({ read() {} });
  const it = r[Symbol.asyncIterator]();
  r.push('a');
  it.next().then((first) => {
    assert.strictEqual(first.value.toString(), 'a');
    assert.strictEqual(first.done, false);
    const p = it.next();
    r.destroy(new Error('kaboom'));
    return p;
  }).then(() => assert.fail('should reject'), (err) => {
    assert.strictEqual(err.message, 'kaboom');
    return it.next();
  }).then((r2) => {
    assert.deepStrictEqual(r2, { value: undefined, done: true });
    done++;
  });
}

// Early return (a `break`): the unfinished stream is destroyed with an AbortError.
{
  const r = Readable.from([1, 2, 3, 4]);
  let closed = false;
  const events = [];
  r.on('close', () => { closed = true; events.push('close'); });
  r.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    events.push('error');
  });
  const it = r[Symbol.asyncIterator]();
  it.next().then((a) => {
    assert.deepStrictEqual(a, { value: 1, done: false });
    return it.return();
  }).then((res) => {
    assert.deepStrictEqual(res, { value: undefined, done: true });
    assert.strictEqual(r.destroyed, true);
    return it.next();
  }).then((res) => {
    assert.strictEqual(res.done, true);
    setImmediate(() => {
      assert.strictEqual(closed, true);
      assert.deepStrictEqual(events, ['error', 'close']);
      done++;
    });
  });
}

// iterator({ destroyOnReturn: false }) leaves the stream usable.
{
  const p = new PassThrough({ objectMode: true });
  p.write('x');
  p.write('y');
  p.end();
  const it = p.iterator({ destroyOnReturn: false });
  it.next().then((a) => {
    assert.strictEqual(a.value, 'x');
    return it.return();
  }).then(() => {
    assert.strictEqual(p.destroyed, false);
    return collect(p);
  }).then((rest) => {
    assert.deepStrictEqual(rest, ['y']);
    done++;
  });
}

// Concurrent next() calls resolve in order.
{
  const r = Readable.from(['a', 'b']);
  const it = r[Symbol.asyncIterator]();
  Promise.all([it.next(), it.next(), it.next()]).then((res) => {
    assert.deepStrictEqual(res.map((x) => x.value), ['a', 'b', undefined]);
    assert.deepStrictEqual(res.map((x) => x.done), [false, false, true]);
    done++;
  });
}

process.on('exit', () => assert.strictEqual(done, 5));
