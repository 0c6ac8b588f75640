'use strict';
// stream.Readable: buffering up to highWaterMark, paused/flowing modes, 'readable'/'data'/'end',
// setEncoding, pipe/unpipe with backpressure, and hand-written async iteration (goja has no
// async generators). Timing of events and callbacks follows Node 20 (process.nextTick where
// Node defers).

const { Buffer } = require('buffer');
const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { StringDecoder, toBuffer, sliceBuffer, bufferFrom, bufferToString } = require('internal/streams/encoding');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
  validateObject,
  validateFunction,
  validateAbortSignal,
  AbortError,
} = require('internal/errors');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');
const nop = () => {};

let Duplex; // loaded lazily: duplex.js requires this file
function isDuplexInstance(obj) {
  if (!Duplex) Duplex = require('internal/streams/duplex');
  return obj instanceof Duplex;
}
let eos;
function getEos() {
  if (!eos) eos = require('internal/streams/end_of_stream');
  return eos;
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);

  // Only what differs from the defaults on ReadableState.prototype (below) is set here: adding
  // properties to a fresh object is what makes construction expensive in goja.
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) this.objectMode = true;
    this.highWaterMark = getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex);
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
  } else {
    this.highWaterMark = getDefaultHighWaterMark(false);
  }

  this.buffer = [];
  this.pipes = [];
  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = this.decoder.encoding;
  }
}

Object.assign(ReadableState.prototype, {
  objectMode: false,
  highWaterMark: 0,
  bufferIndex: 0, // buffer[bufferIndex..] holds the chunks still unread
  length: 0,
  flowing: null,
  ended: false,
  endEmitted: false,
  reading: false,
  constructed: true,
  sync: true, // true while inside _read(), so 'readable' is deferred
  needReadable: false,
  emittedReadable: false,
  readableListening: false,
  resumeScheduled: false,
  [kPaused]: null,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  destroyed: false,
  errored: null,
  closed: false,
  closeEmitted: false,
  defaultEncoding: 'utf8',
  awaitDrainWriters: null,
  multiAwaitDrain: false,
  readingMore: false,
  dataEmitted: false,
  decoder: null,
  encoding: null,
});

Object.defineProperty(ReadableState.prototype, 'paused', {
  get() { return this[kPaused] !== false; },
  set(v) { this[kPaused] = !!v; },
  configurable: true,
});

// Buffer list helpers (an array plus a start index, compacted now and then).
function bufCount(state) {
  return state.buffer.length - state.bufferIndex;
}
function bufFirst(state) {
  return state.buffer[state.bufferIndex];
}
function bufShift(state) {
  const v = state.buffer[state.bufferIndex];
  state.buffer[state.bufferIndex++] = undefined;
  if (state.bufferIndex === state.buffer.length) {
    state.buffer = [];
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024 && state.bufferIndex * 2 > state.buffer.length) {
    state.buffer = state.buffer.slice(state.bufferIndex);
    state.bufferIndex = 0;
  }
  return v;
}
function bufUnshift(state, v) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = v;
  else state.buffer.unshift(v);
}
function bufClear(state) {
  state.buffer = [];
  state.bufferIndex = 0;
}
function bufItems(state) {
  return state.bufferIndex === 0 ? state.buffer.slice() : state.buffer.slice(state.bufferIndex);
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  Stream.call(this, options);
  initReadable(this, options, isDuplexInstance(this));
  destroyImpl.construct(this, () => readableConstructed(this));
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function initReadable(stream, options, isDuplex) {
  stream._readableState = new ReadableState(options, stream, isDuplex);
  if (options) {
    if (typeof options.read === 'function') stream._read = options.read;
    if (typeof options.destroy === 'function') stream._destroy = options.destroy;
    if (typeof options.construct === 'function') stream._construct = options.construct;
    if (options.signal && !isDuplex) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, stream);
  }
}

function readableConstructed(stream) {
  const state = stream._readableState;
  if (state.needReadable) maybeReadMore(stream, state);
}

Readable.ReadableState = ReadableState;
Readable._initReadable = initReadable;
Readable._readableConstructed = readableConstructed;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};

Readable.prototype.push = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = bufferToString(bufferFrom(chunk, encoding), state.encoding);
        } else {
          chunk = bufferFrom(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = toBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }

  // More may be pushed while below highWaterMark (an empty buffer always accepts more).
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Flowing with nothing buffered: hand the chunk straight to 'data' listeners.
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) bufUnshift(state, chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function (enc) {
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Re-decode whatever is already buffered.
  let content = '';
  for (const data of bufItems(state)) content += decoder.write(data);
  bufClear(state);
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // Flowing: one chunk at a time; otherwise everything buffered.
    if (state.flowing && state.length) return bufFirst(state).length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function (n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at EOF) only triggers 'readable' / 'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read when the buffer would drop below highWaterMark.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push may have changed how much can be returned.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// fromList takes n bytes/characters (or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  if (state.objectMode) return bufShift(state);
  const count = bufCount(state);
  let ret;
  if (!n || n >= state.length) {
    if (state.decoder) ret = bufItems(state).join('');
    else if (count === 1) ret = bufFirst(state);
    else ret = Buffer.concat(bufItems(state), state.length);
    bufClear(state);
    return ret;
  }
  const first = bufFirst(state);
  if (n < first.length) {
    state.buffer[state.bufferIndex] = state.decoder ? first.slice(n) : sliceBuffer(first, n, first.length);
    return state.decoder ? first.slice(0, n) : sliceBuffer(first, 0, n);
  }
  if (n === first.length) return bufShift(state);
  if (state.decoder) {
    ret = '';
    while (n > 0) {
      const s = bufFirst(state);
      if (s.length <= n) {
        ret += s;
        n -= s.length;
        bufShift(state);
      } else {
        ret += s.slice(0, n);
        state.buffer[state.bufferIndex] = s.slice(n);
        n = 0;
      }
    }
    return ret;
  }
  ret = Buffer.alloc(n);
  let off = 0;
  while (off < n) {
    const b = bufFirst(state);
    const take = Math.min(b.length, n - off);
    ret.set(take === b.length ? b : b.subarray(0, take), off);
    off += take;
    if (take === b.length) bufShift(state);
    else state.buffer[state.bufferIndex] = sliceBuffer(b, take, b.length);
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Pushed null from inside _read(): announce 'readable' on the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  // Fill the buffer up to highWaterMark while _read keeps pushing synchronously-ish.
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function (n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function (dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting on this dest, stop waiting: it will never drain for us now.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function (dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function (ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    // Attaching 'data' starts the flow unless pause() was called explicitly.
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function () {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener the stream stays in paused mode.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// wrap adopts an old-style stream (only 'data'/'end' events and pause/resume).
Readable.prototype.wrap = function (stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function () {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function (options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

// streamToAsyncIterator implements what Node writes as an async generator: each next() reads
// one chunk (waiting for 'readable' or the end), errors reject, and return() (a `break` in a
// for-await loop) destroys the stream unless destroyOnReturn is false.
function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const destroyOnReturn = !options || options.destroyOnReturn !== false;

  let callback = nop;
  function next() {
    const cb = callback;
    callback = nop;
    cb();
  }
  let error; // undefined: running; null: ended cleanly; Error: failed
  let done = false;
  let chain = Promise.resolve();

  stream.on('readable', next);
  const cleanup = getEos()(stream, { writable: false }, (err) => {
    error = err ? destroyImpl.aggregateTwoErrors(error, err) : null;
    next();
  });

  function finish() {
    if (done) return;
    done = true;
    if ((error || destroyOnReturn) && (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }

  async function pull() {
    if (done) return { value: undefined, done: true };
    for (;;) {
      let chunk;
      try {
        chunk = stream.destroyed ? null : stream.read();
      } catch (err) {
        error = destroyImpl.aggregateTwoErrors(error, err);
        finish();
        throw error;
      }
      if (chunk !== null) return { value: chunk, done: false };
      if (error) {
        finish();
        throw error;
      }
      if (error === null) {
        finish();
        return { value: undefined, done: true };
      }
      await new Promise((resolve) => { callback = resolve; });
    }
  }

  function enqueue(fn) {
    const p = chain.then(fn);
    chain = p.then(nop, nop);
    return p;
  }

  const iterator = {
    next() {
      return enqueue(pull);
    },
    return(value) {
      return enqueue(async () => {
        finish();
        return { value, done: true };
      });
    },
    throw(err) {
      return enqueue(async () => {
        if (!done) {
          error = destroyImpl.aggregateTwoErrors(error, err);
          finish();
        }
        throw err;
      });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

// toArray / forEach: the two simplest of Node's experimental iterator helpers.
Readable.prototype.toArray = function toArray(options) {
  if (options != null) validateObject(options, 'options');
  const signal = options && options.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const result = [];
  return this.forEach((chunk) => { result.push(chunk); }, options).then(() => result);
};

Readable.prototype.forEach = function forEach(fn, options) {
  validateFunction(fn, 'fn');
  if (options != null) validateObject(options, 'options');
  const signal = options && options.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const it = streamToAsyncIterator(this);
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) {
      reject(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    function step() {
      if (signal && signal.aborted) {
        it.return().then(() => reject(new AbortError(undefined, { cause: signal.reason })), reject);
        return;
      }
      it.next().then(({ value, done }) => {
        if (done) {
          resolve();
          return;
        }
        let r;
        try {
          r = fn(value, { signal });
        } catch (err) {
          it.return().then(() => reject(err), () => reject(err));
          return;
        }
        Promise.resolve(r).then(step, (err) => {
          it.return().then(() => reject(err), () => reject(err));
        });
      }, reject);
    }
    step();
  });
};

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // Destroy once the writable side (if any) is done as well.
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
    configurable: true,
  },
  readableDidRead: {
    get() { return this._readableState.dataEmitted; },
    enumerable: false,
    configurable: true,
  },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
    enumerable: false,
    configurable: true,
  },
  readableHighWaterMark: {
    get() { return this._readableState.highWaterMark; },
    enumerable: false,
    configurable: true,
  },
  readableBuffer: {
    get() { return this._readableState && bufItems(this._readableState); },
    enumerable: false,
    configurable: true,
  },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
    enumerable: false,
    configurable: true,
  },
  readableLength: {
    get() { return this._readableState.length; },
    enumerable: false,
    configurable: true,
  },
  readableObjectMode: {
    get() { return this._readableState ? this._readableState.objectMode : false; },
    enumerable: false,
    configurable: true,
  },
  readableEncoding: {
    get() { return this._readableState ? this._readableState.encoding : null; },
    enumerable: false,
    configurable: true,
  },
  errored: {
    get() { return this._readableState ? this._readableState.errored : null; },
    enumerable: false,
    configurable: true,
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
    enumerable: false,
    configurable: true,
  },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
    enumerable: false,
    configurable: true,
  },
  readableEnded: {
    get() { return this._readableState ? this._readableState.endEmitted : false; },
    enumerable: false,
    configurable: true,
  },
});

Readable.from = function (iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.wrap = function (src, options) {
  return new Readable({
    objectMode: src.readableObjectMode != null ? src.readableObjectMode : (src.objectMode != null ? src.objectMode : true),
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;
