'use strict';
// The iterator-style helpers on Readable.prototype (map, filter, forEach, toArray, some, every,
// find, reduce, flatMap, drop, take). Each consumes the stream through its async iterator; the
// ones that produce a stream wrap a hand-written async iterator in Readable.from (polyfills are
// not lowered, so no async generators here). Mapping runs one item at a time; the concurrency
// option is validated but items are not processed in parallel.

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

function map(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  const signal = opts.signal;
  return asStream(iterableOf(this, async (it, stop) => {
    abortIfNeeded(signal);
    const step = await it.next();
    if (step.done) return step;
    const value = await fn(step.value, { signal });
    return { value, done: false };
  }));
}

function filter(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  const signal = opts.signal;
  return asStream(iterableOf(this, async (it) => {
    for (;;) {
      abortIfNeeded(signal);
      const step = await it.next();
      if (step.done) return step;
      if (await fn(step.value, { signal })) return step;
    }
  }));
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
      await it.return();
      return true;
    }
  }
}

async function forEach(fn, options) {
  checkFn(fn);
  const opts = checkOptions(options);
  await walk(this, opts.signal, async (v) => {
    await fn(v, { signal: opts.signal });
    return false;
  });
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
