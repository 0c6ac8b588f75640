'use strict';
// events.once (promise) and events.on (async iterator), with AbortSignal.
const assert = require('assert');
const EventEmitter = require('events');
const { once, on } = EventEmitter;

let done = 0;
process.on('exit', () => assert.strictEqual(done, 6));

(async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 'two'), 1);
  const args = await once(e, 'ready');
  assert.deepStrictEqual(args, [1, 'two']);
  assert.strictEqual(e.listenerCount('ready'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
  done++;

  // rejects on 'error' and removes its listeners
  const p = once(e, 'never');
  e.emit('error', new Error('failed'));
  await assert.rejects(p, { message: 'failed' });
  assert.strictEqual(e.listenerCount('never'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
  done++;

  // waiting for 'error' itself resolves with the error
  const pe = once(e, 'error');
  const err = new Error('as value');
  e.emit('error', err);
  assert.deepStrictEqual(await pe, [err]);
  done++;

  // abort: already aborted, and aborted while waiting
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(once(e, 'x', { signal: ac.signal }), { name: 'AbortError', code: 'ABORT_ERR' });
  const ac2 = new AbortController();
  const waiting = once(e, 'x', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(waiting, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(e.listenerCount('x'), 0);
  await assert.rejects(once(e, 'x', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  done++;

  // on(): iterate events until the iterator is closed
  const src = new EventEmitter();
  const it = on(src, 'data');
  assert.strictEqual(typeof it[Symbol.asyncIterator], 'function');
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  src.emit('data', 'a');
  src.emit('data', 'b', 'c');
  assert.deepStrictEqual(await it.next(), { value: ['a'], done: false });
  assert.deepStrictEqual(await it.next(), { value: ['b', 'c'], done: false });
  const pending = it.next();
  src.emit('data', 'late');
  assert.deepStrictEqual(await pending, { value: ['late'], done: false });
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.strictEqual(src.listenerCount('data'), 0);
  assert.strictEqual(src.listenerCount('error'), 0);
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  done++;

  // on(): an 'error' event rejects the pending next()
  const src2 = new EventEmitter();
  const it2 = on(src2, 'data');
  const n = it2.next();
  src2.emit('error', new Error('stream broke'));
  await assert.rejects(n, { message: 'stream broke' });
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });
  done++;
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});

// events.once on something that is not an emitter rejects with Node's error (not a TypeError from a
// missing method).
require('events').once(1, 'x').then(() => { throw new Error('must reject'); }, (err) => {
  require('assert').strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  require('assert').match(err.message, /^The "emitter" argument must be an instance of EventEmitter\. Received type number \(1\)$/);
});
