'use strict';
// Life-cycle machinery shared by Readable, Writable and Duplex: destroy(), the "report this error"
// path, the optional asynchronous _construct() step, the predicates that classify an arbitrary
// object as a node stream, plus finished() and addAbortSignal(), which only need those pieces.
//
// A Duplex carries two state objects (_readableState and _writableState); every flag that
// describes the stream as a whole (destroyed, errored, closed, ...) is kept on both, so each half
// can answer questions about itself without looking at the other.

const {
  codes: { ERR_STREAM_PREMATURE_CLOSE, ERR_MULTIPLE_CALLBACK, ERR_INVALID_ARG_TYPE },
  AbortError,
  validateFunction,
  validateObject,
  validateAbortSignal,
} = require('internal/errors');
const ticks = require('internal/ticks'); // nextTick without an argument array, for our own callbacks

function noop() {}

// Set on Duplex.prototype: the Readable and Writable constructors then read the duplex-only
// options (readableObjectMode, writableHighWaterMark, ...).
const kDuplex = Symbol('isDuplex');
// Set on the prototype of a Duplex subclass whose states are made on first use (duplex.js).
const kLazyStates = Symbol('lazyStates');

// ---- classification -------------------------------------------------------------------------

function looksLikeEmitter(x) {
  return x !== null && typeof x === 'object' && typeof x.on === 'function';
}

// A node readable: has pipe() and on(), and if it is a Duplex its readable half was not disabled.
function isNodeReadable(x) {
  if (!looksLikeEmitter(x) || typeof x.pipe !== 'function') return false;
  const w = x._writableState;
  if (!w) return true;
  const r = x._readableState;
  return !!r && r.readable !== false;
}

function isNodeWritable(x) {
  if (!looksLikeEmitter(x) || typeof x.write !== 'function') return false;
  if (!x._readableState) return true;
  const w = x._writableState;
  return !w || w.writable !== false;
}

function isNodeStream(x) {
  return looksLikeEmitter(x) && (x._readableState !== undefined || x._writableState !== undefined ||
    (typeof x.write === 'function') || (typeof x.pipe === 'function'));
}

function isIterable(x, asyncOnly) {
  if (x == null) return false;
  if (typeof x[Symbol.asyncIterator] === 'function') return true;
  return !asyncOnly && typeof x[Symbol.iterator] === 'function';
}

function isDestroyed(x) {
  if (!isNodeStream(x)) return null;
  const s = x._writableState || x._readableState;
  return !!(x.destroyed || (s && s.destroyed));
}

// True once the readable side delivered 'end' (strict) or has nothing left to deliver.
function readableDone(x, strict) {
  const r = x._readableState;
  if (!r) return x.readableEnded === true;
  if (r.errored) return false;
  return r.endEmitted || (!strict && r.ended && r.length === 0);
}

function writableDone(x, strict) {
  if (x.writableFinished === true) return true;
  const w = x._writableState;
  if (!w) return false;
  if (w.errored) return false;
  return w.finished || (!strict && w.ended && w.length === 0);
}

// Nothing more will happen on either side: destroyed, or neither side can still be used.
function isFinished(x) {
  if (!isNodeStream(x)) return null;
  if (isDestroyed(x)) return true;
  return !isReadable(x) && !isWritable(x);
}

function isReadable(x) {
  if (!isNodeReadable(x)) return null;
  if (isDestroyed(x)) return false;
  return !!x.readable && !readableDone(x, true);
}

function isWritable(x) {
  if (!isNodeWritable(x)) return null;
  if (isDestroyed(x)) return false;
  return !!x.writable && !(x._writableState && x._writableState.ending);
}

// Node answers from 'error' having been emitted, not from destroy(err) having been called.
function isErrored(x) {
  if (!x) return false;
  const w = x._writableState, r = x._readableState;
  return !!((r && r.errorEmitted) || (w && w.errorEmitted));
}

function isDisturbed(x) {
  const r = x && x._readableState;
  return !!(x && (x.readableDidRead || x.readableAborted || (r && (r.dataEmitted || r.destroyed))));
}

// ---- errors and destruction -----------------------------------------------------------------

function markErrored(stream, err) {
  const r = stream._readableState, w = stream._writableState;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function emitErrorOnce(stream, err) {
  const r = stream._readableState, w = stream._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

function emitCloseOnce(stream) {
  const r = stream._readableState, w = stream._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

function emitErrorAndClose(stream, err) {
  emitErrorOnce(stream, err);
  emitCloseOnce(stream);
}

// The body of destroy() once construction (if any) is over: run the user's _destroy and, when it
// calls back, mark the stream closed and schedule 'error' (if any) then 'close'.
function runDestroy(stream, err, cb) {
  let settled = false;
  const done = (err2) => {
    if (settled) return;
    settled = true;
    const r = stream._readableState, w = stream._writableState;
    if (err2) markErrored(stream, err2);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err2);
    if (err2) ticks.queue(emitErrorAndClose, stream, err2);
    else ticks.queue(emitCloseOnce, stream);
  };
  try {
    stream._destroy(err || null, done);
  } catch (e) {
    done(e);
  }
}

// destroy() for every stream class (Readable.prototype.destroy and Writable.prototype.destroy).
function destroy(err, cb) {
  const r = this._readableState, w = this._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  if (err) markErrored(this, err);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  const s = w || r;
  if (s.constructed === false) {
    // _construct has not called back yet: destroy right after it does.
    s.destroyAfterConstruct = (cerr) => runDestroy(this, cerr || err, cb);
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

// Internal errors (a failed _write, push after EOF, ...) go through here: with autoDestroy the
// stream is destroyed, otherwise the error is recorded and emitted once.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState, w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    markErrored(stream, err);
    if (sync) ticks.queue(emitErrorOnce, stream, err);
    else emitErrorOnce(stream, err);
  }
}

// _undestroy(): back to a fresh state, as net.Socket does before reconnecting.
function undestroy() {
  const r = this._readableState, w = this._writableState;
  const fresh = (st) => {
    st.constructed = true;
    st.closed = st.closeEmitted = st.destroyed = st.errorEmitted = false;
    st.errored = null;
  };
  if (r) {
    fresh(r);
    const off = r.readable === false; // a disabled side stays finished
    r.ended = r.endEmitted = off;
  }
  if (w) {
    fresh(w);
    const off = w.writable === false;
    w.ended = w.ending = w.finished = off;
    w.finalCalled = w.prefinished = false;
  }
}

// Destroys any stream-like thing, preferring the gentlest call it supports. Used by pipeline and
// the async iterator when they give up on a stream.
function destroyStream(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick((s, e) => s.emit('error', e), stream, err);
  else process.nextTick((s) => s.emit('close'), stream);
}

// ---- _construct -----------------------------------------------------------------------------

// If the subclass defines _construct, both halves stay "unconstructed" (buffering writes, not
// reading) until its callback; `ready` runs one tick after a successful construction. A Duplex
// calls this twice (Readable and Writable constructors); the hooks are collected and the user's
// _construct runs once.
const kReadyHooks = Symbol('constructHooks');

function construct(stream, ready) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState, w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  if (stream[kReadyHooks]) {
    stream[kReadyHooks].push(ready);
    return;
  }
  stream[kReadyHooks] = [ready];
  process.nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let calls = 0;
  const settle = (err) => {
    if (++calls > 1) {
      errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK());
      return;
    }
    const r = stream._readableState, w = stream._writableState;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    const s = w || r;
    const pending = s.destroyAfterConstruct;
    s.destroyAfterConstruct = null;
    if (s.destroyed) {
      if (pending) pending(err);
      return;
    }
    if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(runReadyHooks, stream);
  };
  try {
    stream._construct((err) => process.nextTick(settle, err));
  } catch (err) {
    process.nextTick(settle, err);
  }
}

function runReadyHooks(stream) {
  const hooks = stream[kReadyHooks];
  stream[kReadyHooks] = null;
  for (let i = 0; i < hooks.length; i++) hooks[i]();
}

// ---- finished() -----------------------------------------------------------------------------

// 'close' will still come, so finished() should wait for it rather than report on end/finish.
function closeIsComing(stream) {
  const s = stream._writableState || stream._readableState;
  return !!s && s.autoDestroy && s.emitClose && s.closed === false;
}

function stateClosed(stream) {
  const w = stream._writableState, r = stream._readableState;
  return !!((w && w.closed) || (r && r.closed));
}

function finished(stream, options, callback) {
  if (callback === undefined) [callback, options] = [options, {}];
  else if (options == null) options = {};
  else validateObject(options, 'options');
  validateFunction(callback, 'callback');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const naturalR = isNodeReadable(stream), naturalW = isNodeWritable(stream);
  const wantR = options.readable != null ? !!options.readable : naturalR;
  const wantW = options.writable != null ? !!options.writable : naturalW;
  const rs = stream._readableState, ws = stream._writableState;
  let waitForClose = closeIsComing(stream) && naturalR === wantR && naturalW === wantW;
  let rDone = readableDone(stream, false);
  let wDone = writableDone(stream, false);

  let reported = false;
  let unlistenSignal = null;
  const report = (err) => {
    if (reported) return;
    reported = true;
    detach();
    if (err === undefined) callback.call(stream);
    else callback.call(stream, err);
  };

  const sideDone = () => {
    if (stream.destroyed) waitForClose = false;
    if (waitForClose) return;
    if ((!wantR || rDone) && (!wantW || wDone)) report();
  };
  const onEnd = () => { rDone = true; sideDone(); };
  const onFinish = () => { wDone = true; sideDone(); };
  const onLegacyFinish = () => { if (!stream.writable) onFinish(); };
  const onError = (err) => report(err);
  const onClose = () => {
    const errored = (ws && ws.errored) || (rs && rs.errored);
    if (errored && typeof errored !== 'boolean') return report(errored);
    // Only a real readable (one that can pause and resume) closing before 'end' is premature.
    if (wantR && !rDone && naturalR && typeof stream.pause === 'function' && typeof stream.resume === 'function' &&
        !readableDone(stream, false)) {
      return report(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (wantW && !wDone && !writableDone(stream, false)) return report(new ERR_STREAM_PREMATURE_CLOSE());
    report();
  };

  stream.on('end', onEnd);
  stream.on('finish', onFinish);
  if (options.error !== false) stream.on('error', onError);
  stream.on('close', onClose);
  const legacyWritable = wantW && !ws;
  if (legacyWritable) {
    stream.on('end', onLegacyFinish);
    stream.on('close', onLegacyFinish);
  }
  const watchAborted = !waitForClose && typeof stream.aborted === 'boolean';
  if (watchAborted) stream.on('aborted', onClose);

  function detach() {
    stream.removeListener('end', onEnd);
    stream.removeListener('finish', onFinish);
    stream.removeListener('error', onError);
    stream.removeListener('close', onClose);
    if (legacyWritable) {
      stream.removeListener('end', onLegacyFinish);
      stream.removeListener('close', onLegacyFinish);
    }
    if (watchAborted) stream.removeListener('aborted', onClose);
    if (unlistenSignal) unlistenSignal();
  }

  // Already over? Then answer on the next tick, as if the last event had just happened.
  const closedNow = stateClosed(stream);
  if (closedNow) {
    process.nextTick(onClose);
  } else if ((ws && ws.errorEmitted) || (rs && rs.errorEmitted)) {
    if (!waitForClose) process.nextTick(onClose);
  } else if (!wantR && (!waitForClose || stream.readable) && (wDone || stream.writable === false)) {
    process.nextTick(onClose);
  } else if (!wantW && (!waitForClose || stream.writable) && (rDone || stream.readable === false)) {
    process.nextTick(onClose);
  } else if (rs && stream.req && stream.aborted) {
    process.nextTick(onClose);
  }

  // An abort signal cuts the wait short with an AbortError.
  if (signal && !closedNow) {
    const aborted = () => report(new AbortError(undefined, { cause: signal.reason }));
    if (!signal.aborted) {
      signal.addEventListener('abort', aborted, { once: true });
      unlistenSignal = () => signal.removeEventListener('abort', aborted);
    } else process.nextTick(aborted);
  }

  return () => {
    reported = true;
    detach();
  };
}

function finishedPromise(stream, options) {
  let opts = options;
  if (opts != null && typeof opts === 'object' && opts.cleanup !== undefined) {
    if (typeof opts.cleanup !== 'boolean') {
      const { validateBoolean } = require('internal/errors');
      validateBoolean(opts.cleanup, 'cleanup');
    }
  }
  return new Promise((resolve, reject) => {
    const stop = finished(stream, opts, (err) => {
      if (opts && opts.cleanup) stop();
      if (err) reject(err);
      else resolve();
    });
  });
}

// ---- addAbortSignal() -----------------------------------------------------------------------

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!signal) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return attachSignal(signal, stream);
}

function attachSignal(signal, stream) {
  const kill = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (!signal.aborted) {
    signal.addEventListener('abort', kill, { once: true });
    // Forget the stream once it is over, so a long-lived signal does not keep it alive.
    finished(stream, () => signal.removeEventListener('abort', kill));
  } else kill();
  return stream;
}

module.exports = {
  noop, kDuplex, kLazyStates,
  markErrored, emitCloseOnce, emitErrorAndClose,
  isNodeReadable, isNodeWritable, isNodeStream, isIterable,
  isDestroyed, isFinished, isReadable, isWritable, isErrored, isDisturbed,
  readableDone, writableDone,
  destroy, undestroy, errorOrDestroy, destroyStream, construct,
  finished, finishedPromise, addAbortSignal, attachSignal,
};
