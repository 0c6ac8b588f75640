'use strict';
// node:events for the goja runtime, written from Node 20's documentation and observed behaviour.
//
// Storage layout (kept because libraries read and patch it directly):
//   emitter._events       null-prototype object: event name -> a function, or an array of functions
//                         in call order once a second listener arrives
//   emitter._eventsCount  number of names in _events
//   emitter._maxListeners own limit, undefined = EventEmitter.defaultMaxListeners
// A once() registration is stored as a wrapper function whose .listener is the caller's function.
//
// emit() is on the hot path of every stream and http2 event, so it avoids per-call allocations
// beyond the argument list, and only copies the listener array when there are several listeners.

const errors = require('internal/errors');

const { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR } = errors.codes;
const { AbortError, validateAbortSignal, validateBoolean, validateFunction, validateNumber } = errors;

let inspectValue; // util.inspect, loaded on first warning (util itself depends on this module)

const { kCapture, kCaptureFixed } = require('internal/event_symbols');
const errorMonitor = Symbol('events.errorMonitor');
const captureRejectionSymbol = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
// Node 20 provides Symbol.dispose / Symbol.asyncDispose (addAbortListener's result uses the first);
// goja does not, so they are defined here the way Node 20 shows them. This module is loaded at
// startup (process is an EventEmitter), so they exist before user code runs.
for (const [name, description] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') Object.defineProperty(Symbol, name, { value: Symbol(description) });
}
const kDispose = Symbol.dispose;

let defaultMaxListeners = 10;

// Emitters that already printed the leak warning, per event name (warn once per name).
const leakWarned = new WeakMap();

// A literal with a null prototype costs goja about half of Object.create(null).
function freshTable() {
  return { __proto__: null };
}

function EventEmitter(opts) {
  // Every stream (one per HTTP/2 request) comes through here: set up inline unless someone has
  // replaced EventEmitter.init (as a domain-style wrapper would), whose version must then run.
  if (EventEmitter.init === init) setupEmitter(this, opts);
  else EventEmitter.init.call(this, opts);
}

// Defaults seen by instances that have not been initialised (and by `in` checks in libraries).
Object.assign(EventEmitter.prototype, { _events: undefined, _eventsCount: 0, _maxListeners: undefined });
EventEmitter.prototype[kCapture] = false; // changed through EventEmitter.captureRejections

// init gives the instance its own table (unless a subclass constructor already did) and applies
// the options; legacy subclasses that never call the constructor get their table lazily.
function init(opts) {
  setupEmitter(this, opts);
}
EventEmitter.init = init;

function setupEmitter(self, opts) {
  const own = self._events;
  // A table reached through the prototype (a prototype that is itself an initialised emitter)
  // is not ours: the instance gets its own.
  if (own === undefined || own === Object.getPrototypeOf(self)._events) {
    self._events = freshTable();
    self._eventsCount = 0;
  }
  self._maxListeners = self._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    self[kCapture] = true;
  } else {
    const d = EventEmitter.prototype[kCapture];
    if (d !== false || self[kCaptureFixed] !== true) self[kCapture] = d;
  }
}

// checkedLimit validates a listener limit (a number >= 0) named `what` in errors.
function checkedLimit(n, what) {
  validateNumber(n, what, 0);
  return n;
}

function limitOf(emitter) {
  const own = emitter._maxListeners;
  return own === undefined ? defaultMaxListeners : own;
}

function warnLeak(emitter, type, count) {
  let names = leakWarned.get(emitter);
  if (names === undefined) leakWarned.set(emitter, (names = new Set()));
  if (names.has(type)) return;
  names.add(type);
  if (inspectValue === undefined) inspectValue = require('internal/inspect').inspect;
  const warning = new Error('Possible EventEmitter memory leak detected. ' + count + ' ' + String(type) +
    ' listeners added to ' + inspectValue(emitter, { depth: -1 }) + '. MaxListeners is ' + limitOf(emitter) +
    '. Use emitter.setMaxListeners() to increase limit');
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = emitter;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

// attach stores fn for type, in front of the others when first is set.
function attach(emitter, type, fn, first) {
  let table = emitter._events;
  if (table === undefined) {
    table = emitter._events = freshTable();
    emitter._eventsCount = 0;
  } else if (table.newListener !== undefined) {
    // Announced before it is added, with the caller's function rather than a once wrapper.
    emitter.emit('newListener', type, fn.listener ? fn.listener : fn);
    table = emitter._events;
  }

  const present = table[type];
  if (present === undefined) {
    table[type] = fn;
    emitter._eventsCount++;
    return emitter;
  }
  // Arrays are never changed in place: a new one replaces the old, so an emit() that is iterating
  // the old one needs no copy of its own and is not affected by listeners added meanwhile.
  let list;
  if (typeof present === 'function') list = first ? [fn, present] : [present, fn];
  else list = first ? [fn].concat(present) : present.concat([fn]);
  table[type] = list;
  const limit = limitOf(emitter);
  if (limit > 0 && list.length > limit) warnLeak(emitter, type, list.length);
  return emitter;
}

// onceWrapper returns a function that unregisters itself, then forwards one call to fn. The
// runtime's Go binding supplies a native version (no argument array per call); this one serves
// hosts without it.
function onceWrapperJS(emitter, type, fn) {
  let fired = false;
  const fireOnce = function (...args) {
    if (fired) return undefined;
    fired = true;
    emitter.removeListener(type, fireOnce);
    return fn.apply(emitter, args);
  };
  fireOnce.listener = fn;
  return fireOnce;
}

// ---- rejections of async listeners (captureRejections) ----

function watchResult(emitter, result, type, args) {
  let then;
  try {
    then = result.then;
  } catch (e) {
    return;
  }
  if (typeof then !== 'function') return;
  then.call(result, undefined, (reason) => {
    process.nextTick(reportRejection, emitter, reason, type, args);
  });
}

function reportRejection(emitter, reason, type, args) {
  const handler = emitter[captureRejectionSymbol];
  if (typeof handler !== 'function' && type === 'error') {
    // An async 'error' listener failed: nothing is left to report it to.
    throw reason;
  }
  const saved = emitter[kCapture];
  emitter[kCapture] = false; // the handler's own promise is not watched again
  try {
    if (typeof handler === 'function') handler.call(emitter, reason, type, ...args);
    else emitter.emit('error', reason);
  } finally {
    emitter[kCapture] = saved;
  }
}

// ---- prototype ----

const proto = EventEmitter.prototype;

proto.setMaxListeners = function setMaxListeners(n) {
  this._maxListeners = checkedLimit(n, 'setMaxListeners');
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return limitOf(this);
};

function unhandledError(args) {
  const reason = args.length > 0 ? args[0] : undefined;
  if (reason instanceof Error) return reason;
  const err = new ERR_UNHANDLED_ERROR(reason);
  err.context = reason;
  return err;
}

// emit defines what emitting does. The runtime's Go binding supplies a faster entry for the common
// shape (a string or symbol name other than 'error', plain function listeners) that hands the
// caller's arguments over without an array and defers to this function for everything else.
function emit(type, ...args) {
  const table = this._events;
  if (type === 'error') {
    if (table !== undefined && table[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
    if (table === undefined || table.error === undefined) throw unhandledError(args);
  } else if (table === undefined) {
    return false;
  }

  const handler = table[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null && this[kCapture] === true) watchResult(this, result, type, args);
    return true;
  }
  // Several listeners. The array is replaced, never modified, when listeners are added or removed
  // (see attach and removeListener), so this round calls exactly the listeners present now.
  for (let i = 0; i < handler.length; i++) {
    const result = handler[i].apply(this, args);
    if (result !== undefined && result !== null && this[kCapture] === true) watchResult(this, result, type, args);
  }
  return true;
}

let goHalf; // the runtime's Go binding, when there is one
try {
  goHalf = require('internal/events_binding');
} catch (e) {
  goHalf = undefined;
}
proto.emit = goHalf === undefined ? emit : goHalf.fastEmit(emit, kCapture, watchResult);
const onceWrapper = goHalf === undefined ? onceWrapperJS : goHalf.onceWrapper;

// The listener checks test typeof inline: a function call less per registration when it is valid.
proto.addListener = function addListener(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  return attach(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  return attach(this, type, listener, true);
};

// once registrations go through this.on / this.prependListener, so that subclasses overriding
// those (Readable starts flowing when a 'data' listener arrives) see them too.
proto.once = function once(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  this.on(type, onceWrapper(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  this.prependListener(type, onceWrapper(this, type, listener));
  return this;
};

// dropName forgets type entirely; an emptied table is replaced by a fresh one.
function dropName(emitter, table, type) {
  emitter._eventsCount--;
  if (emitter._eventsCount === 0) emitter._events = freshTable();
  else delete table[type];
}

proto.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  const table = this._events;
  if (table === undefined) return this;
  const present = table[type];
  if (present === undefined) return this;

  if (present === listener || present.listener === listener) {
    dropName(this, table, type);
    if (table.removeListener !== undefined) this.emit('removeListener', type, present.listener || listener);
    return this;
  }
  if (typeof present === 'function') return this;

  // The most recent matching registration goes.
  let at = present.length - 1;
  while (at >= 0 && present[at] !== listener && present[at].listener !== listener) at--;
  if (at < 0) return this;
  if (present.length === 2) table[type] = present[1 - at];
  else table[type] = present.slice(0, at).concat(present.slice(at + 1));
  if (table.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const table = this._events;
  if (table === undefined) return this;
  const everything = arguments.length === 0;

  if (table.removeListener === undefined) {
    // Nobody to tell: just forget.
    if (everything) {
      this._events = freshTable();
      this._eventsCount = 0;
    } else if (table[type] !== undefined) {
      dropName(this, table, type);
    }
    return this;
  }

  if (everything) {
    // Every other name first, newest registration first, then the removeListener listeners.
    const names = Reflect.ownKeys(table).filter((name) => name !== 'removeListener');
    names.forEach((name) => this.removeAllListeners(name));
    this.removeAllListeners('removeListener');
    this._events = freshTable();
    this._eventsCount = 0;
    return this;
  }

  const present = table[type];
  if (present === undefined) return this;
  const pending = typeof present === 'function' ? [present] : present.slice();
  while (pending.length > 0) this.removeListener(type, pending.pop());
  return this;
};

function registered(emitter, type) {
  const table = emitter._events;
  return table === undefined ? undefined : table[type];
}

proto.listeners = function listeners(type) {
  const present = registered(this, type);
  if (present === undefined) return [];
  if (typeof present === 'function') return [present.listener || present];
  return present.map((fn) => fn.listener || fn);
};

proto.rawListeners = function rawListeners(type) {
  const present = registered(this, type);
  if (present === undefined) return [];
  return typeof present === 'function' ? [present] : present.slice();
};

function countOf(emitter, type, listener) {
  const present = registered(emitter, type);
  if (present === undefined) return 0;
  const matches = (fn) => listener == null || fn === listener || fn.listener === listener;
  if (typeof present === 'function') return matches(present) ? 1 : 0;
  if (listener == null) return present.length;
  let n = 0;
  for (const fn of present) if (matches(fn)) n++;
  return n;
}

proto.listenerCount = function listenerCount(type, listener) {
  return countOf(this, type, listener);
};

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- module-level helpers ----

let eventTargetModule;
function eventTargetInternals() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(v) {
  if (v === null || typeof v !== 'object') return false;
  const { EventTarget } = eventTargetInternals();
  if (v instanceof EventTarget) return true;
  return typeof globalThis.EventTarget === 'function' && v instanceof globalThis.EventTarget;
}

function isEmitterLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function getEventListeners(emitterOrTarget, type) {
  if (isEmitterLike(emitterOrTarget) && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    const store = emitterOrTarget[eventTargetInternals().kListeners];
    const entries = store && store.get(String(type));
    return entries ? entries.map((entry) => entry.listener) : [];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (isEmitterLike(emitterOrTarget) && typeof emitterOrTarget.getMaxListeners === 'function') {
    return limitOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    const n = emitterOrTarget[kMaxEventTargetListeners];
    return n === undefined ? defaultMaxListeners : n;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// Without targets it changes the default for every emitter without a limit of its own.
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  const limit = checkedLimit(n, 'setMaxListeners');
  if (eventTargets.length === 0) defaultMaxListeners = limit;
  eventTargets.forEach((target) => {
    if (isEmitterLike(target) && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(limit);
    } else if (isEventTarget(target)) {
      Object.assign(target, { [kMaxEventTargetListeners]: limit, [kMaxEventTargetListenersWarned]: false });
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  });
}

function abortedError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// subscribe registers fn on an EventEmitter (on/once) or an EventTarget and returns the undo.
function subscribe(emitter, name, fn, onlyOnce) {
  if (typeof emitter.on === 'function') {
    if (onlyOnce) emitter.once(name, fn);
    else emitter.on(name, fn);
    return () => emitter.removeListener(name, fn);
  }
  if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, fn, { once: onlyOnce });
    return () => emitter.removeEventListener(name, fn);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
}

// events.once: a promise for the arguments of the next `name` event ('error' rejects it).
async function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortedError(signal);
  return new Promise((resolve, reject) => {
    const undo = [];
    const settle = () => {
      for (const fn of undo) fn();
    };
    const isEmitter = typeof emitter.on === 'function';
    undo.push(subscribe(emitter, name, (...args) => {
      settle();
      resolve(args);
    }, true));
    if (isEmitter && name !== 'error') {
      undo.push(subscribe(emitter, 'error', (err) => {
        settle();
        reject(err);
      }, true));
    }
    if (signal) {
      const onAbort = () => {
        settle();
        reject(abortedError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      undo.push(() => signal.removeEventListener('abort', onAbort));
    }
  });
}

// %AsyncIteratorPrototype% when the engine has async generators, else an equivalent object.
const AsyncIteratorPrototype = (() => {
  try {
    // eslint-disable-next-line no-new-func
    return Object.getPrototypeOf(Object.getPrototypeOf(new Function('return async function* () {}')()).prototype);
  } catch (e) {
    const stand = {};
    Object.defineProperty(stand, Symbol.asyncIterator, {
      value: function asyncIterator() {
        return this;
      },
      writable: true,
      configurable: true,
    });
    return stand;
  }
})();

// events.on: an async iterator over the arguments of every `event` event.
function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortedError(signal);
  if (!isEmitterLike(emitter) || (typeof emitter.on !== 'function' && typeof emitter.addEventListener !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
  const closeOn = (options && options.close) || [];
  const highWater = options && options.highWaterMark !== undefined ? options.highWaterMark : Infinity;
  const lowWater = options && options.lowWaterMark !== undefined ? options.lowWaterMark : 1;

  const queued = []; // argument arrays not yet handed out
  const waiting = []; // { resolve, reject } of next() calls not yet answered
  let pendingError = null;
  let closed = false;
  let paused = false;
  const undo = [];

  const done = () => ({ value: undefined, done: true });

  const stopListening = () => {
    closed = true;
    while (undo.length > 0) undo.pop()();
  };
  const finish = () => {
    stopListening();
    while (waiting.length > 0) waiting.shift().resolve(done());
  };
  const fail = (err) => {
    stopListening();
    if (waiting.length > 0) {
      waiting.shift().reject(err);
      while (waiting.length > 0) waiting.shift().resolve(done());
    } else {
      pendingError = err;
    }
  };

  undo.push(subscribe(emitter, event, (...args) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    queued.push(args);
    if (!paused && queued.length >= highWater && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }, false));
  if (event !== 'error' && typeof emitter.on === 'function') undo.push(subscribe(emitter, 'error', fail, false));
  for (const name of closeOn) undo.push(subscribe(emitter, name, finish, false));
  if (signal) {
    const onAbort = () => fail(abortedError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    undo.push(() => signal.removeEventListener('abort', onAbort));
  }

  const iterator = Object.create(AsyncIteratorPrototype);
  Object.assign(iterator, {
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < lowWater && typeof emitter.resume === 'function') {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (pendingError !== null) {
        const err = pendingError;
        pendingError = null;
        return Promise.reject(err);
      }
      if (closed) return Promise.resolve(done());
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      queued.length = 0;
      finish();
      return Promise.resolve(done());
    },
    throw(err) {
      if (!(err instanceof Error)) throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      fail(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  });
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let undo = null;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    undo = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDispose]() {
      if (undo !== null) undo();
      undo = null;
    },
  };
}

// Deprecated static form of emitter.listenerCount(type).
function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return countOf(emitter, type);
}

// The process-wide default of captureRejections lives on the prototype, where instances created
// without the option read it.
function captureDefault(value) {
  if (arguments.length === 0) return proto[kCapture];
  validateBoolean(value, 'EventEmitter.captureRejections');
  proto[kCapture] = value;
  return value;
}

Object.defineProperties(EventEmitter, {
  captureRejections: { enumerable: true, get: () => captureDefault(), set: (v) => captureDefault(v) },
  defaultMaxListeners: {
    enumerable: true,
    get: () => defaultMaxListeners,
    set: (v) => {
      defaultMaxListeners = checkedLimit(v, 'defaultMaxListeners');
    },
  },
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned },
});

Object.assign(EventEmitter, {
  addAbortListener,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  setMaxListeners,
  listenerCount,
  EventEmitter,
  usingDomains: false,
  captureRejectionSymbol,
  errorMonitor,
});

module.exports = EventEmitter;
