'use strict';
// The iterator-style helpers on Readable.prototype (map, filter, forEach, toArray, some, every,
// find, reduce, flatMap, drop, take). Each consumes the stream through its async iterator; the
// ones that produce a stream wrap a hand-written async iterator in Readable.from (polyfills are
// not lowered, so no async generators here). map, filter and forEach honour options.concurrency.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  AbortError,
  validateObject,
  validateInteger,
  validateAbortSignal,
} = require('internal/errors');

function checkFn(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
}

function checkOptions(options) {
  if (options == null) return {};
  validateObject(options, 'options');
  if (options.concurrency != null) validateInteger(options.concurrency, 'options.concurrency', 1);
  if (options.highWaterMark != null) validateInteger(options.highWaterMark, 'options.highWaterMark', 0);
  validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function abortIfNeeded(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// Builds an async-iterable object from a "produce the next step" function.
function iterableOf(source, produce) {
  const it = source[Symbol.asyncIterator]();
  let finished = false;
  const stop = () => {
    finished = true;
    return typeof it.return === 'function' ? Promise.resolve(it.return()) : Promise.resolve();
  };
  return {
    [Symbol.asyncIterator]() {
      return {
        next: () => (finished ? Promise.resolve({ value: undefined, done: true }) : produce(it, stop)),
        return: (v) => stop().then(() => ({ value: v, done: true })),
      };
    },
  };
}

function asStream(iterable) {
  const { Readable } = require('internal/streams/readable');
  return Readable.from(iterable, { objectMode: true });
}

const kSkip = Symbol('skip');

// Runs fn over the stream's items with up to `concurrency` calls in flight, yielding results in
// the source's order. Results equal to kSkip are dropped (filter, forEach). Like Node, at most
// concurrency + highWaterMark (default concurrency - 1) items are held, counting the one the
// consumer is waiting for.
function orderedMap(stream, fn, opts) {
  const limit = opts.concurrency || 1;
  const maxAhead = limit + (opts.highWaterMark != null ? opts.highWaterMark : limit - 1);
  const signal = opts.signal;
  const it = stream[Symbol.asyncIterator]();
  const queue = []; // promises of results, in source order
  let running = 0;
  let sourceOver = false;
  let failure = null;
  let stopped = false;
  let producerWait = null;
  let consumerWait = null;
  const wake = (which) => {
    const w = which === 'p' ? producerWait : consumerWait;
    if (which === 'p') producerWait = null; else consumerWait = null;
    if (w) w();
  };

  (async function producer() {
    try {
      for (;;) {
        while (!stopped && !(running < limit && queue.length < maxAhead)) {
          await new Promise((r) => { producerWait = r; });
        }
        if (stopped) return;
        abortIfNeeded(signal);
        const step = await it.next();
        if (step.done || stopped) break;
        running++;
        let p;
        try {
          p = Promise.resolve(fn(step.value, { signal }));
        } catch (err) {
          p = Promise.reject(err);
        }
        p.catch(noop).then(() => {
          running--;
          wake('p');
        });
        queue.push(p);
        wake('c');
      }
    } catch (err) {
      failure = err;
    }
    sourceOver = true;
    wake('c');
  })();

  const stop = () => {
    if (stopped) return Promise.resolve();
    stopped = true;
    wake('p');
    return typeof it.return === 'function' ? Promise.resolve(it.return()).then(noop, noop) : Promise.resolve();
  };

  const next = () => {
    if (queue.length > 0) {
      // The head keeps its place in the queue until it has settled.
      return queue[0].then((value) => {
        queue.shift();
        wake('p');
        return value === kSkip ? next() : { value, done: false };
      }, (err) => stop().then(() => { throw err; }));
    }
    if (failure) {
      const err = failure;
      failure = null;
      return stop().then(() => { throw err; });
    }
    if (sourceOver || stopped) return Promise.resolve({ value: undefined, done: true });
    return new Promise((r) => { consumerWait = r; }).then(next);
  };

  return {
    [Symbol.asyncIterator]() {
      return { next, return: (v) => stop().then(() => ({ value: v, done: true })) };
    },
  };
}

function noop() {}

function map(fn, options) {
  checkFn(fn);
  return asStream(orderedMap(this, fn, checkOptions(options)));
}

function filter(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  const keep = async (v, o) => ((await fn(v, o)) ? v : kSkip);
  return asStream(orderedMap(this, keep, opts));
}

function flatMap(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  const signal = opts.signal;
  let inner = null;
  return asStream(iterableOf(this, async (it) => {
    for (;;) {
      abortIfNeeded(signal);
      if (inner !== null) {
        const s = await inner.next();
        if (!s.done) return s;
        inner = null;
      }
      const step = await it.next();
      if (step.done) return step;
      const produced = await fn(step.value, { signal });
      if (produced != null && typeof produced[Symbol.asyncIterator] === 'function') {
        inner = produced[Symbol.asyncIterator]();
      } else if (produced != null && typeof produced[Symbol.iterator] === 'function' && typeof produced !== 'string') {
        const sync = produced[Symbol.iterator]();
        inner = { next: () => Promise.resolve(sync.next()) };
      } else {
        return { value: produced, done: false };
      }
    }
  }));
}

function toCount(n) {
  n = Number(n);
  if (n !== n) return 0; // NaN
  if (n < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', n);
  return Math.trunc(n);
}

function drop(number, options) {
  const opts = checkOptions(options);
  let left = toCount(number);
  const signal = opts.signal;
  return asStream(iterableOf(this, async (it) => {
    for (;;) {
      abortIfNeeded(signal);
      const step = await it.next();
      if (step.done || left === 0) return step;
      left--;
    }
  }));
}

function take(number, options) {
  const opts = checkOptions(options);
  let left = toCount(number);
  const signal = opts.signal;
  return asStream(iterableOf(this, async (it, stop) => {
    abortIfNeeded(signal);
    if (left <= 0) {
      await stop();
      return { value: undefined, done: true };
    }
    const step = await it.next();
    if (!step.done) left--;
    return step;
  }));
}

// ---- consumers returning promises -------------------------------------------------------------

// Walks the stream, calling visit(value) until it returns true (stop early) or the stream ends.
async function walk(stream, signal, visit) {
  const it = stream[Symbol.asyncIterator]();
  for (;;) {
    abortIfNeeded(signal);
    const step = await it.next();
    if (step.done) return false;
    let stop;
    try {
      stop = await visit(step.value);
    } catch (err) {
      await it.return();
      throw err;
    }
    if (stop) {
      // Like Node, the source is destroyed just after the answer is delivered, not before.
      process.nextTick(() => it.return());
      return true;
    }
  }
}

async function forEach(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  const run = async (v, o) => {
    await fn(v, o);
    return kSkip;
  };
  const it = orderedMap(this, run, opts)[Symbol.asyncIterator]();
  while (!(await it.next()).done);
}

async function toArray(options) {
  const opts = checkOptions(options);
  const out = [];
  await walk(this, opts.signal, (v) => {
    out.push(v);
    return false;
  });
  return out;
}

async function some(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  return walk(this, opts.signal, async (v) => !!(await fn(v, { signal: opts.signal })));
}

async function every(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  const failed = await walk(this, opts.signal, async (v) => !(await fn(v, { signal: opts.signal })));
  return !failed;
}

async function find(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  let found;
  await walk(this, opts.signal, async (v) => {
    if (await fn(v, { signal: opts.signal })) {
      found = v;
      return true;
    }
    return false;
  });
  return found;
}

async function reduce(reducer, initial, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  const opts = checkOptions(options);
  let seeded = arguments.length > 1;
  let acc = initial;
  await walk(this, opts.signal, async (v) => {
    if (!seeded) {
      acc = v;
      seeded = true;
    } else {
      acc = await reducer(acc, v, { signal: opts.signal });
    }
    return false;
  });
  if (!seeded) {
    const err = new TypeError('Reduce of an empty stream requires an initial value');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  return acc;
}

module.exports = {
  streamReturning: { map, filter, flatMap, drop, take },
  promiseReturning: { forEach, toArray, some, every, find, reduce },
};
