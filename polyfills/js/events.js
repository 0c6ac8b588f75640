'use strict';
// events: Node 20's EventEmitter for the goja runtime, plus the static helpers (once, on,
// getEventListeners, setMaxListeners, listenerCount, addAbortListener).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNHANDLED_ERROR },
  AbortError,
  validateFunction,
  validateBoolean,
  validateAbortSignal,
  validateNumber,
} = require('internal/errors');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxListeners = Symbol('events.maxEventTargetListeners');

let defaultMaxListeners = 10;
let defaultCaptureRejections = false;

let inspectLazy;
function inspect(v, opts, fallbackName) {
  if (inspectLazy === undefined) {
    try { inspectLazy = require('internal/inspect').inspect; } catch (e) { inspectLazy = null; }
  }
  if (inspectLazy) return inspectLazy(v, opts);
  return '[' + fallbackName + ']';
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function checkMaxListeners(n, name) {
  validateNumber(n, name, 0);
}

// Constructor: works with `new`, with `class X extends EventEmitter` and with EventEmitter.call(this).
function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts !== undefined && opts !== null && opts.captureRejections !== undefined) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype[kCapture] = false;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  configurable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    checkMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  configurable: true,
  get() { return defaultCaptureRejections; },
  set(v) {
    validateBoolean(v, 'EventEmitter.captureRejections');
    defaultCaptureRejections = v;
    EventEmitter.prototype[kCapture] = v;
  },
});

Object.defineProperty(EventEmitter, 'errorMonitor', { value: kErrorMonitor, enumerable: true });
Object.defineProperty(EventEmitter, 'captureRejectionSymbol', { value: kRejection, enumerable: true });
EventEmitter.usingDomains = false;

function maxOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxOf(this);
};

// A listener that returned a promise, on an emitter that captures rejections: route the
// rejection to emitter[Symbol.for('nodejs.rejection')] or to 'error'.
function watchResult(emitter, result, type, args) {
  if (result === undefined || result === null || typeof result.then !== 'function') return;
  result.then(undefined, (err) => {
    process.nextTick(() => {
      if (typeof emitter[kRejection] === 'function') {
        emitter[kRejection](err, type, ...args);
      } else {
        const prev = emitter[kCapture];
        try {
          emitter[kCapture] = false;
          emitter.emit('error', err);
        } finally {
          emitter[kCapture] = prev;
        }
      }
    });
  });
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let isError = type === 'error';
  if (events !== undefined) {
    if (isError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    isError = isError && events.error === undefined;
  } else if (!isError) {
    return false;
  }

  if (isError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) throw er;
    const err = new ERR_UNHANDLED_ERROR(er);
    if (er === undefined) {
      // Node quotes the inspected value even when it is undefined.
      const plain = err.message;
      err.message = plain + ' (undefined)';
      if (typeof err.stack === 'string' && err.stack.indexOf(plain) !== -1) {
        try { err.stack = err.stack.replace(plain, err.message); } catch (e) { /* read-only stack */ }
      }
    }
    err.context = er;
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && this[kCapture]) watchResult(this, result, type, args);
  } else {
    const list = handler.slice();
    for (let i = 0; i < list.length; i++) {
      const result = list[i].apply(this, args);
      if (result !== undefined && this[kCapture]) watchResult(this, result, type, args);
    }
  }
  return true;
};

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const m = maxOf(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const ctor = target.constructor && target.constructor.name ? target.constructor.name : 'EventEmitter';
    const w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
      ' listeners added to ' + inspect(target, { depth: -1 }, ctor) +
      '. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

function wrapOnce(target, type, listener) {
  const state = { fired: false, target, type, listener, wrapFn: undefined };
  const wrapped = function (...args) {
    if (state.fired) return undefined;
    state.target.removeListener(state.type, state.wrapFn);
    state.fired = true;
    return state.listener.apply(state.target, args);
  };
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
    return this;
  }
  if (typeof list === 'function') return this;

  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  const removed = list[position];
  list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      this._eventsCount -= 1;
      if (this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersImpl(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersImpl(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersImpl(this, type, false);
};

function listenerCountImpl(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  if (typeof l === 'function') {
    if (listener != null) return (l === listener || l.listener === listener) ? 1 : 0;
    return 1;
  }
  if (listener != null) {
    let n = 0;
    for (const f of l) if (f === listener || f.listener === listener) n++;
    return n;
  }
  return l.length;
}

EventEmitter.prototype.listenerCount = listenerCountImpl;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- static helpers ----

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCountImpl.call(emitter, type);
};

function isEventTarget(obj) {
  return obj !== null && typeof obj === 'object' && typeof obj.addEventListener === 'function' &&
    typeof obj.removeEventListener === 'function' && typeof obj.on !== 'function';
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget !== null && typeof emitterOrTarget === 'object' && typeof emitterOrTarget.listeners === 'function' &&
      typeof emitterOrTarget.rawListeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    // Targets that keep a Node-like listener table expose it; others cannot be inspected.
    if (typeof emitterOrTarget.__listeners === 'function') return emitterOrTarget.__listeners(type);
    return [];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && typeof emitterOrTarget === 'object' && typeof emitterOrTarget.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxListeners] === undefined ? defaultMaxListeners : emitterOrTarget[kMaxListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...targets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const t of targets) {
    if (t !== null && typeof t === 'object' && typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    else if (isEventTarget(t)) t[kMaxListeners] = n;
    else throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], t);
  }
}

function listen(emitter, name, fn, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, fn);
    else emitter.on(name, fn);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, fn, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, fn) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, fn);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, fn);
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal ? signal.reason : undefined });
}

function once(emitter, name, options = {}) {
  const signal = options != null ? options.signal : undefined;
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal && signal.aborted) return Promise.reject(abortErrorFor(signal));
  return new Promise((resolve, reject) => {
    if (emitter === null || (typeof emitter !== 'object' && typeof emitter !== 'function') ||
        (typeof emitter.on !== 'function' && typeof emitter.addEventListener !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
    const isTarget = typeof emitter.on !== 'function' && typeof emitter.addEventListener === 'function';
    let onError;
    let onAbort;
    const cleanup = () => {
      if (onError) unlisten(emitter, 'error', onError);
      if (signal && onAbort) signal.removeEventListener('abort', onAbort);
    };
    const onEvent = (...args) => {
      cleanup();
      resolve(isTarget ? [args[0]] : args);
    };
    if (name !== 'error' && !isTarget) {
      onError = (err) => {
        unlisten(emitter, name, onEvent);
        cleanup();
        reject(err);
      };
      emitter.once('error', onError);
    }
    listen(emitter, name, onEvent, { once: true });
    if (signal) {
      onAbort = () => {
        unlisten(emitter, name, onEvent);
        cleanup();
        reject(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

// on: an async iterator over the events `name` of emitter (hand-written: no async generators here).
function on(emitter, name, options = {}) {
  if (options == null) options = {};
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortErrorFor(signal);
  const closeEvents = options.close;

  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;

  const onEvent = (...args) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: args, done: false });
    else queue.push(args);
  };
  const onError = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    closeIterator();
  };
  const onClose = () => closeIterator();
  const onAbort = () => abortIterator(abortErrorFor(signal));

  function removeAll() {
    unlisten(emitter, name, onEvent);
    if (name !== 'error') unlisten(emitter, 'error', onError);
    if (Array.isArray(closeEvents)) for (const c of closeEvents) unlisten(emitter, c, onClose);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
  function closeIterator() {
    removeAll();
    finished = true;
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }
  function abortIterator(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    closeIterator();
  }

  listen(emitter, name, onEvent);
  if (name !== 'error' && typeof emitter.on === 'function') emitter.on('error', onError);
  if (Array.isArray(closeEvents)) for (const c of closeEvents) listen(emitter, c, onClose);
  if (signal) signal.addEventListener('abort', onAbort, { once: true });

  const iterator = {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return closeIterator();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      abortIterator(err);
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removed = false;
  const handler = (...args) => { if (!removed) listener(...args); };
  if (signal.aborted) {
    queueMicrotask(() => handler());
  } else {
    signal.addEventListener('abort', handler, { once: true });
  }
  const disposable = {
    dispose() {
      removed = true;
      signal.removeEventListener('abort', handler);
    },
  };
  if (typeof Symbol.dispose === 'symbol') disposable[Symbol.dispose] = disposable.dispose;
  return disposable;
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.addAbortListener = addAbortListener;

module.exports = EventEmitter;
