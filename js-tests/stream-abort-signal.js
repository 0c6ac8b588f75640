'use strict';
// AbortSignal integration: the signal option, stream.addAbortSignal, finished() with a signal.
const assert = require('assert');
const { Readable, Writable, Duplex, addAbortSignal, finished } = require('stream');

let done = 0;

{
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  const log = [];
  r.on('error', (err) => {
    log.push('error');
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
  });
  r.on('close', () => {
    log.push('close');
    assert.deepStrictEqual(log, ['error', 'close']);
    assert.strictEqual(r.destroyed, true);
    done++;
  });
  ac.abort();
}

{
  const ac = new AbortController();
  const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac.signal });
  w.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    done++;
  });
  ac.abort();
}

// addAbortSignal on an existing stream; an already-aborted signal destroys at once.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  const ac = new AbortController();
  ac.abort();
  assert.strictEqual(addAbortSignal(ac.signal, d), d);
  assert.strictEqual(d.destroyed, true);
  d.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    done++;
  });
}

assert.throws(() => addAbortSignal('x', new Readable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received type string (\'x\')',
});
assert.throws(() => addAbortSignal(new AbortController().signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object',
});

// finished() with a signal: aborting calls back with AbortError without touching the stream.
{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(r.destroyed, false);
    r.destroy();
    done++;
  });
  ac.abort();
}

process.on('exit', () => assert.strictEqual(done, 4));
