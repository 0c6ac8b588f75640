'use strict';
// node:timers/promises — promise versions of the timers, with AbortSignal support, an interval
// async iterator (written by hand: goja has no async generators) and scheduler.wait/yield.

const {
  AbortError, validateObject, validateBoolean, validateAbortSignal,
} = require('internal/errors');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// checkOptions validates {signal, ref} and returns them; throws on invalid input.
function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function unref(handle) {
  if (handle && typeof handle.unref === 'function') handle.unref();
}

function setTimeout(delay, value, options = {}) {
  let signal;
  let ref;
  try {
    if (delay !== undefined && typeof delay !== 'number') delay = Number(delay);
    ({ signal, ref } = checkOptions(options));
  } catch (e) {
    return Promise.reject(e);
  }
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = globalThis.setTimeout(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, delay);
    if (!ref) unref(handle);
    if (signal) {
      onAbort = () => {
        globalThis.clearTimeout(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = checkOptions(options));
  } catch (e) {
    return Promise.reject(e);
  }
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = globalThis.setImmediate(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) unref(handle);
    if (signal) {
      onAbort = () => {
        globalThis.clearImmediate(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

// setInterval returns an async iterator yielding value once per elapsed interval. Ticks that
// happen while nobody is waiting are counted and handed out on the following next() calls. As with
// Node's async generator, bad arguments and aborts surface from next(), never synchronously.
function setInterval(delay, value, options = {}) {
  let handle = null;
  let pendingTicks = 0;
  let waiter = null; // { resolve, reject } of the next() call waiting for a tick
  let done = false;
  let failure = null; // error the next call to next() rejects with, once
  let signal;
  let onAbort = null;

  const stop = () => {
    done = true;
    if (handle !== null) {
      globalThis.clearInterval(handle);
      handle = null;
    }
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  };

  try {
    let ref;
    ({ signal, ref } = checkOptions(options));
    if (signal && signal.aborted) {
      failure = abortError(signal);
      done = true;
    } else {
      handle = globalThis.setInterval(() => {
        if (waiter) {
          const w = waiter;
          waiter = null;
          w.resolve({ value, done: false });
        } else {
          pendingTicks++;
        }
      }, delay);
      if (!ref) unref(handle);
      if (signal) {
        onAbort = () => {
          stop();
          const err = abortError(signal);
          if (waiter) {
            const w = waiter;
            waiter = null;
            w.reject(err);
          } else {
            failure = err;
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    }
  } catch (e) {
    failure = e;
    done = true;
  }

  return {
    next() {
      if (failure) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (pendingTicks > 0) {
        pendingTicks--;
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
      });
    },
    return() {
      stop();
      failure = null;
      if (waiter) {
        const w = waiter;
        waiter = null;
        w.resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
