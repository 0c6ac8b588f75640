'use strict';
// EventEmitter details probed against Node 20: removal order and the values reported to
// 'removeListener', once() going through an overridden on(), listenerCount(type, fn),
// events.on() with close/throw/abort, EventTarget helpers, addAbortListener, and the timing of
// captured rejections.
const assert = require('assert');
const EventEmitter = require('events');
const { on, once } = EventEmitter;

const steps = [];
process.on('exit', () => {
  assert.deepStrictEqual(steps, ['on', 'once', 'abort', 'aborted-late', 'capture']);
});

// removeAllListeners(type) removes newest first; array entries are reported as stored (a once
// wrapper stays wrapped), a single remaining listener is reported unwrapped.
{
  const e = new EventEmitter();
  const log = [];
  const f1 = () => {};
  const f2 = () => {};
  const f3 = () => {};
  e.on('x', f1);
  e.once('x', f2);
  e.on('x', f3);
  e.on('removeListener', (type, fn) => log.push([type, fn === f1 ? 'f1' : fn === f2 ? 'f2' : fn === f3 ? 'f3' :
    fn.listener === f2 ? 'wrapped f2' : '?']));
  e.removeAllListeners('x');
  assert.deepStrictEqual(log, [['x', 'f3'], ['x', 'wrapped f2'], ['x', 'f1']]);
  log.length = 0;
  e.once('y', f2);
  e.removeAllListeners('y');
  assert.deepStrictEqual(log, [['y', 'f2']]);
  assert.deepStrictEqual(e.eventNames(), ['removeListener']);
}

// _events layout: one function, then an array; back to one function; the name goes away.
{
  const e = new EventEmitter();
  const f1 = () => {};
  const f2 = () => {};
  e.on('a', f1);
  assert.strictEqual(e._events.a, f1);
  e.on('a', f2);
  assert.deepStrictEqual(e._events.a, [f1, f2]);
  e.removeListener('a', f1);
  assert.strictEqual(e._events.a, f2);
  e.removeListener('a', f2);
  assert.strictEqual('a' in e._events, false);
  assert.strictEqual(e._eventsCount, 0);
  assert.strictEqual(Object.getPrototypeOf(e._events), null);
  e.once('b', f1);
  assert.deepStrictEqual(Object.keys(e._events.b), ['listener']);
  assert.strictEqual(e._events.b.listener, f1);
}

// once() and prependOnceListener() register through this.on / this.prependListener.
{
  const seen = [];
  class Watcher extends EventEmitter {
    on(type, fn) {
      seen.push('on ' + type);
      return super.on(type, fn);
    }
    prependListener(type, fn) {
      seen.push('prepend ' + type);
      return super.prependListener(type, fn);
    }
  }
  const w = new Watcher();
  w.once('a', () => {});
  w.prependOnceListener('b', () => {});
  assert.deepStrictEqual(seen, ['on a', 'prepend b']);
}

// listenerCount with a listener counts matching registrations, once wrappers included.
{
  const e = new EventEmitter();
  const f = () => {};
  e.on('c', f);
  e.once('c', f);
  e.on('c', () => {});
  assert.strictEqual(e.listenerCount('c'), 3);
  assert.strictEqual(e.listenerCount('c', f), 2);
  assert.strictEqual(e.listenerCount('c', () => {}), 0);
  assert.strictEqual(EventEmitter.listenerCount(e, 'c'), 3);
}

// A listener added while emitting waits for the next emit; 'error' without arguments.
{
  const e = new EventEmitter();
  const order = [];
  e.on('t', () => {
    order.push('first');
    e.on('t', () => order.push('added'));
  });
  e.on('t', () => order.push('second'));
  e.emit('t');
  assert.deepStrictEqual(order, ['first', 'second']);
  assert.throws(() => e.emit('error'), { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. (undefined)' });
}

// Warning text for a symbol event name.
{
  const warnings = [];
  const original = process.emitWarning;
  process.emitWarning = (w) => warnings.push(w);
  try {
    const e = new EventEmitter();
    e.setMaxListeners(1);
    const sym = Symbol('sym');
    e.on(sym, () => {});
    e.on(sym, () => {});
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].message, 'Possible EventEmitter memory leak detected. 2 Symbol(sym) listeners ' +
      'added to [EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit');
  } finally {
    process.emitWarning = original;
  }
}

// EventTarget helpers, symbols, static setMaxListeners without targets.
{
  const et = new EventTarget();
  assert.strictEqual(EventEmitter.getMaxListeners(et), 10);
  EventEmitter.setMaxListeners(3, et);
  assert.strictEqual(EventEmitter.getMaxListeners(et), 3);
  const f = () => {};
  et.addEventListener('foo', f);
  assert.deepStrictEqual(EventEmitter.getEventListeners(et, 'foo'), [f]);
  assert.deepStrictEqual(EventEmitter.getEventListeners(et, 'bar'), []);
  assert.throws(() => EventEmitter.getMaxListeners(1), {
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received type number (1)',
  });
  assert.strictEqual(String(EventEmitter.errorMonitor), 'Symbol(events.errorMonitor)');
  assert.strictEqual(typeof EventEmitter.kMaxEventTargetListeners, 'symbol');
  assert.strictEqual(Object.keys(EventEmitter).includes('kMaxEventTargetListeners'), false);
  EventEmitter.setMaxListeners(7);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  EventEmitter.setMaxListeners();
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  EventEmitter.defaultMaxListeners = 10;
  assert.throws(() => { EventEmitter.captureRejections = 1; }, {
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. Received type number (1)',
  });
  assert.strictEqual(typeof Symbol.dispose, 'symbol');
  assert.strictEqual(typeof Symbol.asyncDispose, 'symbol');
}

// addAbortListener: validation, a disposable result, and a microtask for an aborted signal.
{
  assert.throws(() => EventEmitter.addAbortListener(1, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
  });
  const ac = new AbortController();
  let calls = 0;
  const disposable = EventEmitter.addAbortListener(ac.signal, () => calls++);
  assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
  disposable[Symbol.dispose]();
  ac.abort();
  assert.strictEqual(calls, 0);
  const ac2 = new AbortController();
  ac2.abort();
  const order = [];
  EventEmitter.addAbortListener(ac2.signal, () => order.push('listener'));
  order.push('sync');
  Promise.resolve().then(() => assert.deepStrictEqual(order, ['sync', 'listener']));
}

(async () => {
  // events.on: throw() returns undefined and rejects the pending next(); close events end the
  // iteration after the queued values; options are not validated beyond the signal.
  {
    const src = new EventEmitter();
    const it = on(src, 'data');
    const pending = it.next();
    assert.strictEqual(it.throw(new Error('t')), undefined);
    await assert.rejects(pending, { message: 't' });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.strictEqual(src.listenerCount('data'), 0);
    assert.throws(() => on(src, 'data').throw(5), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. Received type number (5)',
    });
    const s2 = new EventEmitter();
    const it2 = on(s2, 'data', { close: ['end'] });
    s2.emit('data', 1);
    s2.emit('end');
    s2.emit('data', 2);
    assert.deepStrictEqual(await it2.next(), { value: [1], done: false });
    assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });
    assert.strictEqual(s2.listenerCount('end'), 0);
    const s3 = new EventEmitter();
    const it3 = on(s3, 'error');
    s3.emit('error', new Error('as data'));
    assert.strictEqual((await it3.next()).value[0].message, 'as data');
    assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(it3)), []);
    const ac = new AbortController();
    ac.abort();
    assert.throws(() => on(s3, 'x', { signal: ac.signal }), { name: 'AbortError' });
    assert.throws(() => on(1, 'x'), {
      message: 'The "emitter" argument must be an instance of EventEmitter. Received type number (1)',
    });
    const got = [];
    const s4 = new EventEmitter();
    process.nextTick(() => {
      s4.emit('d', 1);
      s4.emit('d', 2);
    });
    for await (const [v] of on(s4, 'd', 7)) {
      got.push(v);
      if (v === 2) break;
    }
    assert.deepStrictEqual(got, [1, 2]);
    assert.strictEqual(s4.listenerCount('d'), 0);
    steps.push('on');
  }

  // events.once: EventTargets resolve with the event; an abort carries the reason as cause.
  {
    const et = new EventTarget();
    setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
    const [ev] = await once(et, 'ping');
    assert.strictEqual(ev.type, 'ping');
    await assert.rejects(once({}, 'x'), {
      message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
    });
    steps.push('once');
    const ac = new AbortController();
    ac.abort('why');
    await assert.rejects(once(new EventEmitter(), 'x', { signal: ac.signal }), (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, 'why');
      return true;
    });
    steps.push('abort');
    const ac2 = new AbortController();
    const e = new EventEmitter();
    const p = once(e, 'x', { signal: ac2.signal });
    ac2.abort();
    await assert.rejects(p, { name: 'AbortError' });
    assert.strictEqual(e.listenerCount('x') + e.listenerCount('error'), 0);
    steps.push('aborted-late');
  }

  // captureRejections: the 'error' event comes in a nextTick after the promise rejects.
  {
    const order = [];
    const cap = new EventEmitter({ captureRejections: true });
    cap.on('job', async () => { throw new Error('async failure'); });
    cap.on('error', (err) => order.push('error ' + err.message));
    cap.emit('job');
    Promise.resolve().then(() => order.push('microtask'));
    process.nextTick(() => order.push('tick'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepStrictEqual(order, ['microtask', 'tick', 'error async failure']);
    // Thenables count; other return values are ignored.
    const cap2 = new EventEmitter({ captureRejections: true });
    const reasons = [];
    cap2.on('error', (r) => reasons.push(r));
    cap2.on('x', () => ({ then(ok, fail) { fail('thenable-reason'); } }));
    cap2.on('x', () => ({ then: 5 }));
    cap2.on('x', () => 5);
    cap2.emit('x');
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepStrictEqual(reasons, ['thenable-reason']);
    // A failing async 'error' listener becomes an uncaught exception.
    const cap3 = new EventEmitter({ captureRejections: true });
    cap3.on('error', async () => { throw new Error('in error listener'); });
    const uncaught = new Promise((resolve) => process.once('uncaughtException', resolve));
    cap3.emit('error', new Error('x'));
    assert.strictEqual((await uncaught).message, 'in error listener');
    steps.push('capture');
  }
})().catch((err) => {
  process.exitCode = 1;
  console.error(err);
});
