'use strict';
// Builds the Node-like globals on a fresh goja runtime. `binding` is the Go half (runtime/process.go).
// Returns the hooks the Go runtime calls: invoke (enter JS from Go), the nextTick queue, timers,
// immediates, and the uncaught-error / unhandled-rejection paths.

const { codes, validateFunction, validateNumber } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;

module.exports = function bootstrap(binding) {
  const g = globalThis;

  // Error.captureStackTrace: goja has none; give objects a current stack so code that calls it works.
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: function captureStackTrace(obj) {
        if (obj === null || typeof obj !== 'object') throw new ERR_INVALID_ARG_TYPE('object', 'Object', obj);
        const stack = new Error().stack.split('\n').slice(2).join('\n');
        const head = obj.name !== undefined || obj.message !== undefined ? String(obj.name || 'Error') + (obj.message ? ': ' + obj.message : '') : 'Error';
        Object.defineProperty(obj, 'stack', { value: head + '\n' + stack, writable: true, configurable: true });
      },
      writable: true,
      configurable: true,
    });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;

  // ---- nextTick queue -------------------------------------------------------------------------
  // Entries take three slots: [fn, kSpread, args] from process.nextTick (args is the rest array,
  // so the callback sees exactly the arguments it was given), or [fn, a, b] from the internal
  // queue (internal/ticks), called as fn(a, b) with no array at all.
  // The slots live in one array that is reused: entries are written by index at tickTail, and when
  // a drain empties the queue both ends go back to 0. Writing by index into slots the array already
  // has is much cheaper in goja than push() into an array that regrows from empty after each drain.
  // Callbacks that keep queueing more (the queue never empties) make the drain move the live
  // entries back to the front now and then; a queue that once grew large is replaced by a small
  // one when it empties, so that a burst does not pin its size.
  let ticks = [];
  let tickHead = 0;
  let tickTail = 0;
  // tickFlag[0] is 1 while the queue holds entries: memory the Go runtime reads after each callback
  // instead of calling hasTicks().
  const tickFlag = new Uint8Array(binding.tickState);
  const kSpread = {};
  const attached = binding.attached;
  function nextTick(callback, ...args) {
    if (typeof callback !== 'function') validateFunction(callback, 'callback');
    if (process._exiting) return;
    enqueue(callback, kSpread, args);
  }
  function queueTick(fn, a, b) {
    if (process._exiting) return;
    enqueue(fn, a, b);
  }
  function enqueue(fn, a, b) {
    const at = tickTail;
    if (at === tickHead) tickFlag[0] = 1; // was empty
    ticks[at] = fn;
    ticks[at + 1] = a;
    ticks[at + 2] = b;
    tickTail = at + 3;
    // On a loop the program drives itself (runtime.Attach), scripts may run outside our invoke
    // trampoline (vm.RunString): make sure the queue still drains on the next loop turn.
    if (attached && !drainPosted) {
      drainPosted = true;
      binding.postDrain();
    }
  }
  require('internal/ticks').queue = queueTick;
  let drainPosted = false;
  function hasTicks() {
    return tickHead < tickTail;
  }
  // runTicks drains the queue. The try frame is set up per throw, not per tick (drainTicks runs
  // the callbacks; a throw ends it after the failing entry was taken off the queue, and the
  // remaining entries run in the next round). When the queue is empty both ends are 0, so the
  // callers below skip the call entirely with a single comparison. drainPosted is cleared at the
  // end: while the queue is empty no posted drain is pending.
  function runTicks() {
    while (tickTail !== 0) {
      try {
        drainTicks();
      } catch (e) {
        onUncaught(e);
      }
    }
    drainPosted = false;
  }
  function drainTicks() {
    while (tickHead < tickTail) {
      const at = tickHead;
      const fn = ticks[at];
      const a = ticks[at + 1];
      const b = ticks[at + 2];
      ticks[at] = ticks[at + 1] = ticks[at + 2] = undefined;
      tickHead = at + 3;
      if (tickHead === tickTail) {
        tickHead = tickTail = 0;
        tickFlag[0] = 0;
        if (ticks.length > 3 * 1024) ticks = [];
      } else if (tickHead >= 3 * 1024) {
        const live = tickTail - tickHead;
        ticks.copyWithin(0, tickHead, tickTail);
        ticks.fill(undefined, live, tickTail);
        tickHead = 0;
        tickTail = live;
      }
      if (a !== kSpread) {
        fn(a, b);
      } else {
        // A direct call is much cheaper on goja than fn.apply (a native hop and an argument
        // list built from the array); `this` is undefined either way (strict mode).
        switch (b.length) {
          case 0: fn(); break;
          case 1: fn(b[0]); break;
          case 2: fn(b[0], b[1]); break;
          case 3: fn(b[0], b[1], b[2]); break;
          case 4: fn(b[0], b[1], b[2], b[3]); break;
          default: fn.apply(undefined, b);
        }
      }
    }
  }
  // invoke is how Go enters JS for a callback: run it, then the nextTick queue, all in one goja
  // entry so that promise jobs (which goja runs when the outermost call returns) come after ticks.
  function invoke(fn, thisArg, args) {
    let result;
    try {
      result = Reflect.apply(fn, thisArg, args);
    } catch (e) {
      onUncaught(e);
    }
    if (tickTail !== 0) runTicks();
    return result;
  }
  // invokeArgs is invoke for Go callers with at most six arguments, passed as they are (no array
  // to build per call); n is how many the callback receives.
  const FunctionCall = Function.prototype.call;
  function invokeArgs(fn, thisArg, n, a, b, c, d, e, f) {
    if (typeof fn !== 'function' || fn.call !== FunctionCall) {
      // Not a plain function (or one with its own `call`): the general path.
      return invoke(fn, thisArg, [a, b, c, d, e, f].slice(0, n));
    }
    let result;
    try {
      switch (n) {
        case 0: result = fn.call(thisArg); break;
        case 1: result = fn.call(thisArg, a); break;
        case 2: result = fn.call(thisArg, a, b); break;
        case 3: result = fn.call(thisArg, a, b, c); break;
        case 4: result = fn.call(thisArg, a, b, c, d); break;
        case 5: result = fn.call(thisArg, a, b, c, d, e); break;
        default: result = fn.call(thisArg, a, b, c, d, e, f); break;
      }
    } catch (e) {
      onUncaught(e);
    }
    if (tickTail !== 0) runTicks();
    return result;
  }

  // ---- uncaught errors --------------------------------------------------------------------------
  function onUncaught(err, origin = 'uncaughtException') {
    if (process._exiting) return;
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, origin);
    } else {
      binding.fatal(err);
    }
  }
  function onUnhandledRejection(reason, promise) {
    if (process.listenerCount('unhandledRejection') > 0) {
      process.emit('unhandledRejection', reason, promise);
      return;
    }
    let err = reason;
    if (!(reason instanceof Error)) {
      err = new Error('This error originated either by throwing inside of an async function without a catch ' +
        'block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
        ' reason "' + inspect(reason) + '".');
      err.code = 'ERR_UNHANDLED_REJECTION';
      err.name = 'UnhandledPromiseRejection';
    }
    onUncaught(err, 'unhandledRejection');
  }
  function inspect(v) {
    try {
      return require('util').inspect(v);
    } catch (e) {
      return require('internal/errors').inspectValue(v);
    }
  }
  Object.defineProperty(g, '__h2jsFormatFatal', {
    value: function (v) {
      if (v instanceof Error) {
        let s;
        try {
          s = require('util').inspect(v);
        } catch (e) {
          s = String(v.stack || v);
        }
        return s;
      }
      return 'Uncaught ' + inspect(v);
    },
  });

  // ---- process ----------------------------------------------------------------------------------
  const EventEmitter = require('events');
  const process = new EventEmitter();
  g.process = process;
  process.title = 'h2js';
  process.argv = binding.argv;
  process.argv0 = 'node';
  process.execArgv = binding.execArgv.slice();
  process.execPath = binding.execPath;
  process.env = binding.env;
  process.pid = binding.pid;
  process.ppid = binding.ppid;
  process.platform = binding.platform;
  process.arch = binding.arch;
  process.version = binding.version;
  // openssl: the OpenSSL release whose numbers require('crypto').constants reports; tests and
  // libraries read it to decide that crypto (and TLS) is available.
  process.versions = { node: binding.version.slice(1), openssl: '3.0.19', h2js: binding.h2jsVersion, go: binding.goVersion };
  process.release = { name: 'node' };
  process.config = {
    target_defaults: { default_configuration: 'Release' },
    variables: { node_shared_openssl: false, openssl_quic: false, v8_enable_i18n_support: 0, node_use_openssl: true },
  };
  process.features = {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: false, tls: true,
    cached_builtins: true,
  };
  process.noDeprecation = binding.execArgv.includes('--no-deprecation');
  process.throwDeprecation = binding.execArgv.includes('--throw-deprecation');
  process.traceDeprecation = binding.execArgv.includes('--trace-deprecation');
  process.noProcessWarnings = binding.execArgv.includes('--no-warnings');
  process.moduleLoadList = [];
  process._exiting = false;
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (!Number.isInteger(value)) throw new ERR_INVALID_ARG_TYPE('code', 'integer', code);
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });
  process.nextTick = nextTick;
  process.cwd = function cwd() { return binding.cwd(); };
  process.chdir = function chdir(dir) {
    if (typeof dir !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', dir);
    binding.chdir(dir);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return binding.umask(-1);
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      mask = parseInt(mask, 8);
    } else if (typeof mask !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('mask', ['number', 'string'], mask);
    } else if (!Number.isInteger(mask) || mask < 0 || mask > 0xffffffff) {
      throw new ERR_OUT_OF_RANGE('mask', '>= 0 && <= 4294967295', mask);
    }
    return binding.umask(mask & 0o777);
  };
  process._rawDebug = function _rawDebug(...args) {
    binding.write(2, require('util').format(...args) + '\n');
  };
  process.uptime = function uptime() { return binding.uptime(); };
  process.hrtime = function hrtime(prev) {
    const t = binding.hrtime();
    if (prev !== undefined) {
      if (!Array.isArray(prev)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
      if (prev.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, prev.length);
      let s = t[0] - prev[0];
      let ns = t[1] - prev[1];
      if (ns < 0) {
        s -= 1;
        ns += 1e9;
      }
      return [s, ns];
    }
    return t;
  };
  process.hrtime.bigint = function bigint() {
    const t = binding.hrtime();
    return BigInt(t[0]) * 1000000000n + BigInt(t[1]);
  };
  process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
  process.memoryUsage.rss = function rss() { return binding.memoryUsage().rss; };
  process.cpuUsage = function cpuUsage() { return { user: 0, system: 0 }; };
  process.resourceUsage = function resourceUsage() { return {}; };
  process.kill = function kill(pid, sig) {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let num = sig === undefined ? 'SIGTERM' : sig;
    if (typeof num === 'string') {
      const n = binding.signals[num];
      if (n === undefined) {
        const e = new TypeError('Unknown signal: ' + num);
        e.code = 'ERR_UNKNOWN_SIGNAL';
        throw e;
      }
      num = n;
    } else if (typeof num !== 'number') {
      const e = new TypeError('Unknown signal: ' + num);
      e.code = 'ERR_UNKNOWN_SIGNAL';
      throw e;
    }
    const err = binding.kill(pid | 0, num);
    if (err) {
      const e = new Error('kill ' + err);
      e.code = err;
      e.errno = binding.errno[err] !== undefined ? -binding.errno[err] : undefined;
      e.syscall = 'kill';
      throw e;
    }
    return true;
  };
  process.abort = function abort() { binding.reallyExit(134); };
  process._emitExit = function (code) {
    if (process._exiting) return;
    process._exiting = true;
    process.emit('exit', code);
  };
  // onExitError handles a throw from an 'exit' listener and returns the final status: as in Node,
  // 'uncaughtException' listeners may take it; otherwise it is printed and the status is
  // process.exitCode if one was set, else 1.
  function onExitError(err) {
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, 'uncaughtException');
      return exitCode === undefined || exitCode === null ? 0 : +exitCode;
    }
    binding.printFatal(err);
    return exitCode === undefined || exitCode === null ? 1 : +exitCode;
  }
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    const c = exitCode === undefined || exitCode === null ? 0 : +exitCode;
    process._emitExit(c);
    binding.reallyExit(exitCode === undefined || exitCode === null ? 0 : +exitCode);
  };
  const warned = new Set();
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type === undefined) type = 'Warning';
    if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    } else if (code !== undefined && typeof code !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
    }
    if (typeof warning === 'string') {
      warning = new Error(warning);
      warning.name = String(type);
      if (code !== undefined) warning.code = code;
      if (detail !== undefined) warning.detail = detail;
    } else if (!(warning instanceof Error)) {
      throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    nextTick(() => {
      // Node's printer is the first 'warning' listener: it writes even when the script listens
      // too, and before the script's listeners run; only --no-warnings silences it.
      if (!process.noProcessWarnings) printWarning(warning);
      process.emit('warning', warning);
    });
  };
  function printWarning(warning) {
    let msg = '(node:' + process.pid + ') ';
    if (warning.code) msg += '[' + warning.code + '] ';
    msg += warning.name + ': ' + warning.message + '\n';
    if (warning.detail) msg += warning.detail + '\n';
    if (!warned.has('trace-hint')) {
      warned.add('trace-hint');
      msg += '(Use `node --trace-warnings ...` to show where the warning was created)\n';
    }
    binding.write(2, msg);
  }
  // A default 'warning' listener exists in Node: the printer above counts it.
  process.on('warning', () => {});

  function makeStdio(fd) {
    const s = new EventEmitter();
    s.fd = fd;
    s.isTTY = false;
    s.writable = true;
    s._isStdio = true;
    s.write = function write(chunk, encoding, cb) {
      if (typeof encoding === 'function') {
        cb = encoding;
        encoding = undefined;
      }
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = Buffer.from(chunk, encoding);
      }
      binding.write(fd, chunk);
      if (typeof cb === 'function') nextTick(cb, null);
      return true;
    };
    s.end = function end(chunk, encoding, cb) {
      if (typeof chunk === 'function') {
        cb = chunk;
        chunk = undefined;
      }
      if (chunk !== undefined && chunk !== null) s.write(chunk, encoding);
      if (typeof cb === 'function') nextTick(cb);
      return s;
    };
    s.cork = s.uncork = function () {};
    s.setDefaultEncoding = function () { return s; };
    s.writableLength = 0;
    s.writableHighWaterMark = 16384;
    s.getColorDepth = function () { return 1; };
    s.hasColors = function () { return false; };
    return s;
  }
  process.stdout = makeStdio(1);
  process.stderr = makeStdio(2);
  process.stdin = new EventEmitter();
  process.stdin.fd = 0;
  process.stdin.isTTY = false;
  process.stdin.setEncoding = function () { return process.stdin; };
  process.stdin.resume = process.stdin.pause = function () { return process.stdin; };

  // ---- timers -----------------------------------------------------------------------------------
  const TIMEOUT_MAX = 2 ** 31 - 1;
  const kRefed = Symbol('refed');
  const kId = Symbol('timerId');
  const kScheduled = Symbol('scheduled');
  const activeTimers = new Map();
  let nextTimerId = 1;

  function coerceDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
          'TimeoutOverflowWarning');
      }
      after = 1;
    }
    return after;
  }

  // ref()/unref() of timers and immediates: an item that is alive and referenced holds the loop
  // (one binding.ref per item); a destroyed one only remembers the flag.
  function holdLoop(item, want) {
    if (item[kRefed] !== want) {
      item[kRefed] = want;
      if (!item._destroyed) {
        if (want) binding.ref();
        else binding.unref();
      }
    }
    return item;
  }

  class Timeout {
    constructor(fn, delay, fnArgs, repeats) {
      const ms = coerceDelay(delay);
      this._idleTimeout = ms;
      this._onTimeout = fn;
      this._timerArgs = fnArgs;
      this._repeat = repeats ? ms : null;
      this._destroyed = false;
      this[kRefed] = true;
      this[kId] = nextTimerId++;
      this[kScheduled] = true;
      activeTimers.set(this[kId], this);
      binding.ref();
      binding.scheduleTimer(this[kId], ms);
    }
    ref() {
      return holdLoop(this, true);
    }
    unref() {
      return holdLoop(this, false);
    }
    hasRef() {
      return this[kRefed] === true;
    }
    refresh() {
      if (!this._destroyed) {
        this[kScheduled] = true;
        binding.scheduleTimer(this[kId], this._idleTimeout);
      }
      return this;
    }
    close() {
      clearTimeout(this);
      return this;
    }
    [Symbol.toPrimitive]() {
      return this[kId];
    }
  }

  function destroyTimer(t) {
    if (t._destroyed) return;
    t._destroyed = true;
    activeTimers.delete(t[kId]);
    binding.cancelTimer(t[kId]);
    if (t[kRefed]) binding.unref();
  }

  function fireTimer(id) {
    const t = activeTimers.get(id);
    if (!t || t._destroyed) return;
    t[kScheduled] = false;
    try {
      const args = t._timerArgs;
      if (args === undefined) t._onTimeout();
      else Reflect.apply(t._onTimeout, t, args);
    } finally {
      if (!t._destroyed) {
        if (t._repeat !== null) {
          t[kScheduled] = true;
          binding.scheduleTimer(id, t._repeat);
        } else if (!t[kScheduled]) {
          destroyTimer(t);
        }
      }
    }
  }

  function timerFrom(timer) {
    if (timer instanceof Timeout) return timer;
    if (typeof timer === 'number' || typeof timer === 'string') return activeTimers.get(+timer);
    return undefined;
  }

  g.setTimeout = function setTimeout(callback, after, ...args) {
    validateFunction(callback, 'callback');
    return new Timeout(callback, after, args.length ? args : undefined, false);
  };
  g.setInterval = function setInterval(callback, repeat, ...args) {
    validateFunction(callback, 'callback');
    return new Timeout(callback, repeat, args.length ? args : undefined, true);
  };
  g.clearTimeout = function clearTimeout(timer) {
    const t = timerFrom(timer);
    if (t) destroyTimer(t);
  };
  g.clearInterval = g.clearTimeout;

  class Immediate {
    constructor(fn, fnArgs) {
      this._onImmediate = fn;
      this._argv = fnArgs;
      this._destroyed = false;
      this[kRefed] = true;
      binding.ref();
      immediateQueue.push(this);
      if (!immediatesScheduled) {
        immediatesScheduled = true;
        binding.scheduleImmediates();
      }
    }
    ref() {
      return holdLoop(this, true);
    }
    unref() {
      return holdLoop(this, false);
    }
    hasRef() {
      return this[kRefed] === true;
    }
  }
  let immediateQueue = [];
  let immediatesScheduled = false;
  function destroyImmediate(im) {
    if (im._destroyed) return;
    im._destroyed = true;
    if (im[kRefed]) binding.unref();
  }
  // takeImmediates starts a check phase: the immediates queued before it run (one Go→JS entry each,
  // so ticks and promise jobs drain between them); ones queued meanwhile wait for the next phase.
  let batch = [];
  function takeImmediates() {
    immediatesScheduled = false;
    batch = immediateQueue;
    immediateQueue = [];
    return batch.length;
  }
  function runImmediate(i) {
    const im = batch[i];
    batch[i] = undefined;
    if (!im || im._destroyed) return;
    destroyImmediate(im);
    if (im._argv === undefined) im._onImmediate();
    else Reflect.apply(im._onImmediate, im, im._argv);
  }
  g.setImmediate = function setImmediate(callback, ...args) {
    validateFunction(callback, 'callback');
    return new Immediate(callback, args.length ? args : undefined);
  };
  g.clearImmediate = function clearImmediate(im) {
    if (im instanceof Immediate) {
      destroyImmediate(im);
    }
  };

  g.queueMicrotask = function queueMicrotask(callback) {
    validateFunction(callback, 'callback');
    Promise.resolve().then(() => {
      try {
        callback();
      } catch (e) {
        onUncaught(e);
      }
    });
  };

  // ---- other globals ----------------------------------------------------------------------------
  g.global = g;
  const lazy = (name, load) => {
    Object.defineProperty(g, name, {
      get() {
        const v = load();
        Object.defineProperty(g, name, { value: v, writable: true, configurable: true, enumerable: false });
        return v;
      },
      set(v) {
        Object.defineProperty(g, name, { value: v, writable: true, configurable: true, enumerable: false });
      },
      configurable: true,
      enumerable: false,
    });
  };
  lazy('console', () => require('internal/console'));
  lazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  lazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  lazy('EventTarget', () => require('internal/event_target').EventTarget);
  lazy('Event', () => require('internal/event_target').Event);
  lazy('AbortController', () => require('internal/abort_controller').AbortController);
  lazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  lazy('structuredClone', () => require('internal/structured_clone'));
  const bufferModule = require('buffer');
  g.atob = bufferModule.atob;
  g.btoa = bufferModule.btoa;
  // globalThis.crypto is the Web Crypto object (getRandomValues, randomUUID), enumerable as in Node.
  Object.defineProperty(g, 'crypto', {
    get() {
      const v = require('crypto').webcrypto;
      Object.defineProperty(g, 'crypto', { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(g, 'crypto', { value: v, writable: true, configurable: true, enumerable: true });
    },
    configurable: true,
    enumerable: true,
  });
  if (binding.execArgv.includes('--expose-gc') || binding.execArgv.includes('--expose_gc')) {
    g.gc = function gc() { binding.gc(); };
  }
  // Node's own enumerable globals are these; everything else a script can see on globalThis
  // (require, Buffer, URL, process, ...) is non-enumerable there, and tests check for leaks
  // with for...in over globalThis.
  const nodeEnumerable = new Set(['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
    'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch',
    'crypto', 'gc']);
  for (const name of Object.keys(g)) {
    if (nodeEnumerable.has(name)) continue;
    const d = Object.getOwnPropertyDescriptor(g, name);
    if (d && d.configurable) {
      d.enumerable = false;
      Object.defineProperty(g, name, d);
    }
  }

  return { onExitError, invoke, invokeArgs, runTicks, hasTicks, tickStateShared: true, fireTimer, takeImmediates, runImmediate, onUnhandledRejection, onUncaught };
};
