'use strict';
// Writable: write() hands one chunk at a time to the subclass's _write; chunks that arrive while
// a write is in flight (or while corked, or before _construct finished) wait in `queue`. When the
// queue holds several chunks and the subclass has _writev they go out in one call. end() waits
// for the queue to empty, runs _final, then emits 'finish' (and, with autoDestroy, 'close').

const { Stream } = require('internal/streams/legacy');
const life = require('internal/streams/lifecycle');
const ticks = require('internal/ticks'); // nextTick without an argument array, for our own callbacks
const { pickHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/readable');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK, ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const noop = life.noop;

// Shared stand-in for an empty write queue / callback list (frozen: a stray push fails loudly);
// the state gets its own array when the first entry arrives.
const kNone = Object.freeze([]);

// Only option-dependent and per-instance fields are set here; the rest are prototype defaults
// below (one property insertion per field per stream is a visible cost on a busy server).
function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = !!(stream && stream[life.kDuplex]);
  if (options) {
    if (options.defaultEncoding) {
      if (!Buffer.isEncoding(options.defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(options.defaultEncoding);
      this.defaultEncoding = options.defaultEncoding;
    }
    const objectMode = !!(options.objectMode || (isDuplex && options.writableObjectMode));
    if (objectMode) this.objectMode = true;
    this.highWaterMark = pickHighWaterMark(options, 'writableHighWaterMark', isDuplex, objectMode);
    if (options.decodeStrings === false) this.decodeStrings = false;
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
  } else {
    this.highWaterMark = getDefaultHighWaterMark(false);
  }
  // The callback handed to _write/_writev; a closure is cheaper to create on goja than a bind.
  this.onwrite = (err) => afterOneWrite(stream, err);
}

Object.assign(WritableState.prototype, {
  objectMode: false,
  finalCalled: false,
  needDrain: false,
  ending: false, // end() was called
  ended: false, // end() returned
  finished: false, // 'finish' is being / was emitted
  destroyed: false,
  decodeStrings: true,
  defaultEncoding: 'utf8',
  length: 0, // bytes (or objects) written but not yet acknowledged
  writing: false,
  corked: 0,
  sync: true, // true while _write runs synchronously inside write()
  bufferProcessing: false,
  writecb: null,
  writelen: 0,
  pendingTick: null, // batches callbacks of synchronous writes into one nextTick
  queue: kNone,
  queueHead: 0,
  queueAllBuffers: true,
  queueAllNoop: true,
  pendingcb: 0,
  constructed: true,
  prefinished: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  errored: null,
  closed: false,
  closeEmitted: false,
  finishCallbacks: kNone,
  destroyAfterConstruct: null,
});

WritableState.prototype.getBuffer = function getBuffer() {
  return this.queue.slice(this.queueHead);
};

// Read-only views under the names Node's own state uses (our http2 core checks them).
Object.defineProperties(WritableState.prototype, {
  bufferedRequestCount: { get() { return this.queue.length - this.queueHead; }, configurable: true },
  buffered: { get() { return this.queue === kNone ? [] : this.queue; }, configurable: true },
  bufferedIndex: { get() { return this.queueHead; }, configurable: true },
});

function Writable(options) {
  const isDuplex = this != null && this[life.kDuplex] === true;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) life.attachSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') {
    life.construct(this, () => {
      const st = this._writableState;
      if (!st.writing) flushQueue(this, st);
      maybeFinish(this, st);
    });
  }
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

// A Duplex is a Writable too, although its prototype chain goes through Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (obj) {
    if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
    if (this !== Writable) return false;
    if (obj != null && obj[life.kLazyStates] === true) return true; // a lazy Duplex
    return !!obj && obj._writableState instanceof WritableState;
  },
});

Writable.prototype.pipe = function pipe() {
  life.errorOrDestroy(this, new (require('internal/errors').codes.ERR_STREAM_CANNOT_PIPE)());
};

Writable.prototype.destroy = function destroy(err, cb) {
  const st = this._writableState;
  // Fail queued writes now unless a write is in flight (its callback will do it).
  if (!st.destroyed && (st.queueHead < st.queue.length || st.finishCallbacks.length)) {
    ticks.queue(failQueue, st);
  }
  life.destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = life.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Writable.prototype[Symbol.for('nodejs.rejection')] = function (err) {
  this.destroy(err);
};

// ---- write ----------------------------------------------------------------------------------

// Validates and queues one chunk; returns true (accepted and below the mark), false, or the
// error that made it fail (end() needs to know).
function writeChunk(stream, chunk, encoding, cb) {
  const st = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  } else if (typeof cb !== 'function') {
    cb = noop;
  }
  // Object mode passes the encoding argument through untouched (null when a callback took its
  // place); byte mode defaults and validates it.
  if (!st.objectMode) {
    if (!encoding) encoding = st.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  }

  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (!st.objectMode) {
    if (typeof chunk === 'string') {
      if (st.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err = null;
  if (st.ending) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (st.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err !== null) {
    process.nextTick(cb, err);
    life.errorOrDestroy(stream, err, true);
    return err;
  }

  st.pendingcb++;
  st.length += st.objectMode ? 1 : chunk.length;
  if (st.writing || st.corked || st.errored || !st.constructed) {
    const entry = { chunk, encoding, callback: cb };
    if (st.queue === kNone) st.queue = [entry];
    else st.queue.push(entry);
    if (encoding !== 'buffer') st.queueAllBuffers = false;
    if (cb !== noop) st.queueAllNoop = false;
  } else {
    st.writelen = st.objectMode ? 1 : chunk.length;
    st.writecb = cb;
    st.writing = true;
    st.sync = true;
    stream._write(chunk, encoding, st.onwrite);
    st.sync = false;
  }
  // Measured after a synchronous _write, so a sink that completes at once never asks for 'drain'.
  const below = st.length < st.highWaterMark;
  if (!below) st.needDrain = true;
  return below && !st.errored && !st.destroyed;
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

// Hands one chunk (or, for _writev, an array of {chunk, encoding}) to the implementation.
function startWrite(stream, st, asVector, len, chunk, encoding, cb) {
  st.writelen = len;
  st.writecb = cb;
  st.writing = true;
  st.sync = true;
  if (st.destroyed) st.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (asVector) stream._writev(chunk, st.onwrite);
  else stream._write(chunk, encoding, st.onwrite);
  st.sync = false;
}

// The callback passed to _write/_writev (bound to the stream once, in the state).
function afterOneWrite(stream, err) {
  const st = stream._writableState;
  const cb = st.writecb;
  if (typeof cb !== 'function') {
    life.errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  const sync = st.sync;
  st.writing = false;
  st.writecb = null;
  st.length -= st.writelen;
  st.writelen = 0;

  if (err) {
    if (!st.errored) st.errored = err;
    const r = stream._readableState;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(failedWrite, stream, st, err, cb);
    else failedWrite(stream, st, err, cb);
    return;
  }

  if (st.queueHead < st.queue.length) flushQueue(stream, st);
  if (sync) {
    // A synchronous completion nobody listens to needs no tick of its own, unless 'drain' is owed.
    if (cb === noop && !(st.needDrain && st.length === 0) && !st.destroyed &&
        (st.pendingTick === null || st.pendingTick.cb !== noop)) {
      st.pendingcb--;
      if (st.ending) maybeFinish(stream, st, true);
      return;
    }
    // Many synchronous writes in a row share one tick for their callbacks.
    const t = st.pendingTick;
    if (t !== null && t.cb === cb) {
      t.count++;
    } else {
      const tick = { stream, st, cb, count: 1 };
      st.pendingTick = tick;
      ticks.queue(runPendingTick, tick);
    }
  } else {
    completeWrites(stream, st, 1, cb);
  }
}

function runPendingTick(tick) {
  tick.st.pendingTick = null;
  completeWrites(tick.stream, tick.st, tick.count, tick.cb);
}

function completeWrites(stream, st, count, cb) {
  if (!st.ending && !stream.destroyed && st.length === 0 && st.needDrain) {
    st.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    st.pendingcb--;
    cb(null);
  }
  if (st.destroyed) failQueue(st);
  // 'finish' comes at the earliest one tick after the last write callback.
  maybeFinish(stream, st, true);
}

function failedWrite(stream, st, err, cb) {
  --st.pendingcb;
  cb(err);
  failQueue(st);
  life.errorOrDestroy(stream, err);
}

// After an error or destroy: every queued write and end() callback learns it will not happen.
function failQueue(st) {
  if (st.writing) return;
  for (let i = st.queueHead; i < st.queue.length; i++) {
    const entry = st.queue[i];
    st.length -= st.objectMode ? 1 : entry.chunk.length;
    entry.callback(st.errored || new ERR_STREAM_DESTROYED('write'));
  }
  const fins = st.finishCallbacks;
  st.finishCallbacks = kNone;
  for (let i = 0; i < fins.length; i++) fins[i](st.errored || new ERR_STREAM_DESTROYED('end'));
  clearQueue(st);
}

function clearQueue(st) {
  st.queue = kNone;
  st.queueHead = 0;
  st.queueAllBuffers = true;
  st.queueAllNoop = true;
}

function flushQueue(stream, st) {
  if (st.corked || st.bufferProcessing || st.destroyed || !st.constructed) return;
  const q = st.queue;
  let i = st.queueHead;
  const n = q.length - i;
  if (n === 0) return;
  st.bufferProcessing = true;
  if (n > 1 && stream._writev) {
    st.pendingcb -= n - 1;
    const batch = i === 0 ? q : q.slice(i);
    const allNoop = st.queueAllNoop;
    const cb = allNoop ? noop : (err) => {
      for (let k = 0; k < batch.length; k++) batch[k].callback(err);
    };
    batch.allBuffers = st.queueAllBuffers;
    clearQueue(st);
    startWrite(stream, st, true, st.length, batch, '', cb);
  } else {
    do {
      const entry = q[i];
      q[i++] = null;
      startWrite(stream, st, false, st.objectMode ? 1 : entry.chunk.length, entry.chunk, entry.encoding, entry.callback);
    } while (i < q.length && !st.writing);
    if (i === q.length) {
      clearQueue(st);
    } else if (i > 256) {
      q.splice(0, i);
      st.queueHead = 0;
    } else {
      st.queueHead = i;
    }
  }
  st.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const st = this._writableState;
  if (st.corked) {
    st.corked--;
    if (!st.writing) flushQueue(this, st);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// ---- end / finish ---------------------------------------------------------------------------

Writable.prototype.end = function end(chunk, encoding, cb) {
  const st = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err = null;
  if (chunk !== null && chunk !== undefined) {
    const r = writeChunk(this, chunk, encoding);
    if (r instanceof Error) err = r;
  }
  // end() implies uncorking completely.
  if (st.corked) {
    st.corked = 1;
    this.uncork();
  }

  if (err !== null) {
    // already reported by the write
  } else if (!st.errored && !st.ending) {
    st.ending = true;
    maybeFinish(this, st, true);
    st.ended = true;
  } else if (st.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (st.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err !== null || st.finished) process.nextTick(cb, err);
    else if (st.errored) process.nextTick(cb, st.errored); // failed before or while ending
    else if (st.finishCallbacks === kNone) st.finishCallbacks = [cb];
    else st.finishCallbacks.push(cb);
  }
  return this;
};

function readyToFinish(st) {
  return st.ending && !st.destroyed && st.constructed && st.length === 0 && !st.errored &&
    st.queue.length === st.queueHead && !st.finished && !st.writing && !st.errorEmitted &&
    !st.closeEmitted;
}

function runFinal(stream, st) {
  let calls = 0;
  const done = (err) => {
    if (++calls > 1) {
      life.errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK());
      return;
    }
    finalDone(stream, st, err);
  };
  st.sync = true;
  st.pendingcb++;
  try {
    stream._final(done);
  } catch (err) {
    done(err);
  }
  st.sync = false;
}

// _final called back (once).
function finalDone(stream, st, err) {
  st.pendingcb--;
  if (err) {
    const fins = st.finishCallbacks;
    st.finishCallbacks = kNone;
    for (let i = 0; i < fins.length; i++) fins[i](err);
    life.errorOrDestroy(stream, err, st.sync);
  } else if (readyToFinish(st)) {
    st.prefinished = true;
    stream.emit('prefinish');
    st.pendingcb++;
    ticks.queue(emitFinish, stream, st);
  }
}

function prefinish(stream, st) {
  if (st.prefinished || st.finalCalled) return;
  if (typeof stream._final === 'function' && !st.destroyed) {
    st.finalCalled = true;
    runFinal(stream, st);
  } else {
    st.prefinished = true;
    stream.emit('prefinish');
  }
}

function maybeFinish(stream, st, sync) {
  if (!readyToFinish(st)) return;
  prefinish(stream, st);
  if (st.pendingcb !== 0) return;
  if (sync) {
    st.pendingcb++;
    ticks.queue(finishLater, stream, st);
  } else if (readyToFinish(st)) {
    st.pendingcb++;
    emitFinish(stream, st);
  }
}

function finishLater(stream, st) {
  if (readyToFinish(st)) emitFinish(stream, st);
  else st.pendingcb--;
}

function emitFinish(stream, st) {
  st.pendingcb--;
  st.finished = true;
  const fins = st.finishCallbacks;
  st.finishCallbacks = kNone;
  for (let i = 0; i < fins.length; i++) fins[i](null);
  stream.emit('finish');
  if (st.autoDestroy) {
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

// ---- public getters -------------------------------------------------------------------------

function getter(fn) {
  return { get: fn, enumerable: false, configurable: true };
}

Object.defineProperties(Writable.prototype, {
  closed: getter(function () {
    return this._writableState ? this._writableState.closed : false;
  }),
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
    enumerable: false,
    configurable: true,
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(v) {
      if (this._writableState) this._writableState.writable = !!v;
    },
    enumerable: false,
    configurable: true,
  },
  writableFinished: getter(function () {
    return this._writableState ? this._writableState.finished : false;
  }),
  writableObjectMode: getter(function () {
    return this._writableState ? this._writableState.objectMode : false;
  }),
  writableBuffer: getter(function () {
    return this._writableState && this._writableState.getBuffer();
  }),
  writableEnded: getter(function () {
    return this._writableState ? this._writableState.ending : false;
  }),
  writableNeedDrain: getter(function () {
    const w = this._writableState;
    return !!w && !w.destroyed && !w.ending && w.needDrain;
  }),
  writableHighWaterMark: getter(function () {
    return this._writableState && this._writableState.highWaterMark;
  }),
  writableCorked: getter(function () {
    return this._writableState ? this._writableState.corked : 0;
  }),
  writableLength: getter(function () {
    return this._writableState && this._writableState.length;
  }),
  errored: getter(function () {
    return this._writableState ? this._writableState.errored : null;
  }),
  writableAborted: getter(function () {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  }),
});

// emitFinish and finalDone: for owners of lazy states (see readable.js's exports) and for
// http2 requests that end with their headers.
module.exports = { Writable, WritableState, emitFinish, finalDone };
