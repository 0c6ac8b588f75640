'use strict';
// Readable: a queue of chunks filled by push() (from the subclass's _read) and drained either by
// read() calls ('readable' mode) or automatically into 'data' events (flowing mode). The queue is
// an array with a moving head index so push and read are O(1) without per-chunk objects.

const { Stream, prepend } = require('internal/streams/legacy');
const life = require('internal/streams/lifecycle');
const ticks = require('internal/ticks'); // nextTick without an argument array, for our own callbacks
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_PUSH_AFTER_EOF, ERR_STREAM_UNSHIFT_AFTER_END_EVENT, ERR_STREAM_NULL_VALUES,
  },
} = require('internal/errors');

let defaultHwmBytes = 16 * 1024;
let defaultHwmObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHwmObjects : defaultHwmBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE('value', value);
  }
  if (objectMode) defaultHwmObjects = value;
  else defaultHwmBytes = value;
}

// Reads highWaterMark (or the side-specific duplex option) from options, validating it.
function pickHighWaterMark(options, sideKey, isDuplex, objectMode) {
  let v = options ? options.highWaterMark : undefined;
  let name = 'highWaterMark';
  if (v == null && isDuplex && options) {
    v = options[sideKey];
    name = sideKey;
  }
  if (v == null) return getDefaultHighWaterMark(objectMode);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new ERR_INVALID_ARG_VALUE('options.' + name, v);
  }
  return v;
}

let StringDecoder = null;
function newDecoder(enc) {
  if (StringDecoder === null) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(enc);
}

// Shared stand-in for an empty chunk queue / pipe list: frozen so that a stray push fails loudly
// instead of leaking into every stream; the owner swaps in a real array before the first chunk.
const kNone = Object.freeze([]);

// Only what depends on the options (or must be per-instance) is set here; everything else starts
// as a prototype default below. Each own property costs an insertion per stream, and a server
// creates one Readable per request.
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = !!(stream && stream[life.kDuplex]);
  if (options) {
    const objectMode = !!(options.objectMode || (isDuplex && options.readableObjectMode));
    if (objectMode) this.objectMode = true;
    this.highWaterMark = pickHighWaterMark(options, 'readableHighWaterMark', isDuplex, objectMode);
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
    if (options.encoding) {
      this.decoder = newDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  } else {
    this.highWaterMark = defaultHwmBytes;
  }
}

Object.assign(ReadableState.prototype, {
  objectMode: false,
  // Queued chunks live in buffer[bufferIndex..]; length counts bytes (or objects) in them.
  length: 0,
  buffer: kNone,
  bufferIndex: 0,
  pipes: kNone, // destinations of pipe()
  flowing: null,
  paused: null, // last explicit pause()/resume(): true, false, or null if neither
  ended: false,
  endEmitted: false,
  reading: false,
  constructed: true,
  // True while _read runs synchronously inside read(); pushes then never emit 'data' directly.
  sync: true,
  needReadable: false,
  emittedReadable: false,
  readableListening: false,
  resumeScheduled: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  destroyed: false,
  errored: null,
  closed: false,
  closeEmitted: false,
  defaultEncoding: 'utf8',
  drainWaiters: null, // Set of piped destinations we paused for
  readingMore: false,
  dataEmitted: false,
  decoder: null,
  encoding: null,
  destroyAfterConstruct: null,
  endQueued: false, // an emitEnd tick is pending
});

// Appends to the chunk queue, giving the state its own array on first use.
function queueChunk(st, chunk) {
  if (st.buffer === kNone) st.buffer = [chunk];
  else st.buffer.push(chunk);
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this[life.kDuplex] === true;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) life.attachSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') {
    life.construct(this, () => {
      const st = this._readableState;
      if (st.needReadable) scheduleReadMore(this, st);
    });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = life.destroy;
Readable.prototype._undestroy = life.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[Symbol.for('nodejs.rejection')] = function (err) {
  this.destroy(err);
};

// ---- filling the queue ----------------------------------------------------------------------

Readable.prototype.push = function push(chunk, encoding) {
  return addChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunk(this, chunk, encoding, true);
};

function addChunk(stream, chunk, encoding, front) {
  const st = stream._readableState;
  if (chunk === null) {
    st.reading = false;
    endOfInput(stream, st);
    return false;
  }
  if (!st.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || st.defaultEncoding;
      if (st.encoding !== encoding) {
        if (front && st.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(st.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk !== undefined) {
      life.errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }

  if (front) {
    if (st.endEmitted) {
      life.errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      return false;
    }
    if (st.destroyed || st.errored) return false;
    if (st.objectMode || (chunk && chunk.length > 0)) enqueue(stream, st, chunk, true);
  } else {
    if (st.ended) {
      life.errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
      return false;
    }
    if (st.destroyed || st.errored) return false;
    st.reading = false;
    if (st.decoder !== null && !encoding && chunk !== undefined && !st.objectMode) {
      chunk = st.decoder.write(chunk);
    }
    if (st.objectMode || (chunk && chunk.length > 0)) enqueue(stream, st, chunk, false);
    else scheduleReadMore(stream, st);
  }
  return !st.ended && (st.length < st.highWaterMark || st.length === 0);
}

function enqueue(stream, st, chunk, front) {
  if (st.flowing && st.length === 0 && !st.sync && stream.listenerCount('data') > 0) {
    // Nothing queued and a consumer is attached: hand the chunk over without queueing it.
    if (st.drainWaiters !== null) st.drainWaiters.clear();
    st.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    st.length += st.objectMode ? 1 : chunk.length;
    if (front) {
      if (st.bufferIndex > 0) st.buffer[--st.bufferIndex] = chunk;
      else if (st.buffer === kNone) st.buffer = [chunk];
      else st.buffer.unshift(chunk);
    } else {
      queueChunk(st, chunk);
    }
    if (st.needReadable) announceReadable(stream);
  }
  scheduleReadMore(stream, st);
}

function endOfInput(stream, st) {
  if (st.ended) return;
  if (st.decoder !== null) {
    const rest = st.decoder.end();
    if (rest && rest.length) {
      queueChunk(st, rest);
      st.length += st.objectMode ? 1 : rest.length;
    }
  }
  st.ended = true;
  if (st.sync) {
    // push(null) from inside _read: let the caller of read() finish first.
    announceReadable(stream);
  } else {
    st.needReadable = false;
    st.emittedReadable = true;
    emitReadableNow(stream);
  }
}

// ---- draining the queue ---------------------------------------------------------------------

const MAX_HWM = 0x40000000;

function growHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // Round up to the next power of two so repeated large reads do not regrow every time.
  let v = 1;
  while (v < n) v *= 2;
  return v;
}

// How much of the queue a read(n) may take right now.
function readAmount(n, st) {
  if (n <= 0 || (st.length === 0 && st.ended)) return 0;
  if (st.objectMode) return 1;
  if (n !== n) { // NaN: read() without a size
    if (st.flowing && st.length > 0) return st.buffer[st.bufferIndex].length;
    return st.length;
  }
  if (n <= st.length) return n;
  return st.ended ? st.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!Number.isInteger(n)) {
    n = Number.parseInt(n, 10);
  }
  const st = this._readableState;
  const asked = n;
  if (n > st.highWaterMark) st.highWaterMark = growHighWaterMark(n);
  if (n !== 0) st.emittedReadable = false;

  // read(0) is a poke: announce what is there instead of taking it.
  if (n === 0 && st.needReadable &&
      ((st.highWaterMark !== 0 ? st.length >= st.highWaterMark : st.length > 0) || st.ended)) {
    if (st.length === 0 && st.ended) finishReading(this);
    else announceReadable(this);
    return null;
  }

  n = readAmount(n, st);
  if (n === 0 && st.ended) {
    if (st.length === 0) finishReading(this);
    return null;
  }

  // Ask the implementation for more if the queue would fall below the mark.
  let callRead = st.needReadable || st.length === 0 || st.length - n < st.highWaterMark;
  if (st.ended || st.reading || st.destroyed || st.errored || !st.constructed) callRead = false;
  if (callRead) {
    st.reading = true;
    st.sync = true;
    if (st.length === 0) st.needReadable = true;
    try {
      this._read(st.highWaterMark);
    } catch (err) {
      life.errorOrDestroy(this, err);
    }
    st.sync = false;
    // A synchronous push may have changed what we can hand out.
    if (!st.reading) n = readAmount(asked, st);
  }

  let out = n > 0 ? takeFromQueue(n, st) : null;
  if (out === null) {
    st.needReadable = st.length <= st.highWaterMark;
    n = 0;
  } else {
    st.length -= n;
    if (st.drainWaiters !== null) st.drainWaiters.clear();
  }

  if (st.length === 0) {
    if (!st.ended) st.needReadable = true;
    if (asked !== n && st.ended) finishReading(this);
  }

  if (out !== null && !st.errorEmitted && !st.closeEmitted) {
    st.dataEmitted = true;
    this.emit('data', out);
  }
  return out;
};

function resetQueue(st) {
  st.buffer = kNone;
  st.bufferIndex = 0;
}

// Removes n units (bytes, characters, or one object) from the head of the queue.
function takeFromQueue(n, st) {
  if (st.length === 0) return null;
  const q = st.buffer;
  let i = st.bufferIndex;
  if (st.objectMode) {
    const v = q[i];
    q[i++] = undefined;
    if (i === q.length) resetQueue(st);
    else if (i > 1024) { q.splice(0, i); st.bufferIndex = 0; } else st.bufferIndex = i;
    return v;
  }
  const first = q[i];
  if (first.length === n) {
    // The common case: exactly one chunk.
    q[i++] = undefined;
    if (i === q.length) resetQueue(st);
    else if (i > 1024) { q.splice(0, i); st.bufferIndex = 0; } else st.bufferIndex = i;
    return first;
  }
  if (first.length > n) {
    q[i] = first.slice(n);
    return first.slice(0, n);
  }
  if (n >= st.length && i === 0 && q.length === 1) {
    resetQueue(st);
    return first;
  }
  // Gather from several chunks.
  const asString = typeof first === 'string';
  let out = asString ? '' : Buffer.allocUnsafe(n);
  let got = 0;
  while (got < n) {
    const c = q[i];
    const want = n - got;
    if (c.length <= want) {
      if (asString) out += c; else out.set(c, got);
      got += c.length;
      q[i++] = undefined;
    } else {
      if (asString) out += c.slice(0, want); else out.set(c.subarray(0, want), got);
      q[i] = c.slice(want);
      got = n;
    }
  }
  if (i === q.length) resetQueue(st);
  else st.bufferIndex = i;
  return out;
}

Readable.prototype._read = function _read(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// Schedules a 'readable' event (once per tick at most).
function announceReadable(stream) {
  const st = stream._readableState;
  st.needReadable = false;
  if (!st.emittedReadable) {
    st.emittedReadable = true;
    ticks.queue(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const st = stream._readableState;
  if (!st.destroyed && !st.errored && (st.length > 0 || st.ended)) {
    stream.emit('readable');
    st.emittedReadable = false;
  }
  st.needReadable = !st.flowing && !st.ended && st.length <= st.highWaterMark;
  pump(stream);
}

// After a push, keep calling _read (through read(0)) until the queue reaches the high-water mark,
// so data is ready before the consumer asks.
function scheduleReadMore(stream, st) {
  if (!st.readingMore && st.constructed) {
    st.readingMore = true;
    ticks.queue(readMore, stream, st);
  }
}

function readMore(stream, st) {
  while (!st.reading && !st.ended &&
         (st.length < st.highWaterMark || (st.flowing && st.length === 0))) {
    const before = st.length;
    stream.read(0);
    if (before === st.length) break; // _read did not push synchronously; it will call back
  }
  st.readingMore = false;
}

function finishReading(stream) {
  const st = stream._readableState;
  if (!st.endEmitted) {
    st.ended = true;
    // A flowing stream reaches this several times in one pass (resume's read(0), the pump, the
    // final read(0)); one queued check is enough, the others would find nothing left to do.
    if (!st.endQueued) {
      st.endQueued = true;
      ticks.queue(emitEnd, st, stream);
    }
  }
}

function emitEnd(st, stream) {
  st.endQueued = false;
  if (st.errored || st.closeEmitted || st.endEmitted || st.length !== 0) return;
  st.endEmitted = true;
  stream.emit('end');
  const ws = stream._writableState;
  if (ws !== undefined && stream.writable && stream.allowHalfOpen === false) {
    // A Duplex that may not stay half-open ends its writable side with the readable one.
    ticks.queue(endWritable, stream);
  } else if (st.autoDestroy) {
    if (!ws || (ws.autoDestroy && (ws.finished || ws.writable === false))) stream.destroy();
  }
}

function endWritable(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// ---- flowing mode ---------------------------------------------------------------------------

function pump(stream) {
  const st = stream._readableState;
  if (st.flowing && st.ended && st.length === 0 && stream.read === Readable.prototype.read) {
    // The end reached a flowing stream with nothing queued (a response's last DATA frame was
    // just handed out): read() would take nothing and only queue the 'end' step.
    st.emittedReadable = false;
    finishReading(stream);
    return;
  }
  while (st.flowing && stream.read() !== null);
}

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  // The state is only looked at for the two events that change how the stream is read (a lazy
  // Duplex keeps its states unmade for listeners of the others).
  if (ev === 'data') {
    const st = this._readableState;
    st.readableListening = this.listenerCount('readable') > 0;
    if (st.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    const st = this._readableState;
    if (!st.endEmitted && !st.readableListening) {
      st.readableListening = st.needReadable = true;
      st.flowing = false;
      st.emittedReadable = false;
      if (st.length) announceReadable(this);
      else if (!st.reading) ticks.queue(pokeRead, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

function pokeRead(stream) {
  stream.read(0);
}

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') ticks.queue(recheckReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) ticks.queue(recheckReadableListening, this);
  return res;
};

function recheckReadableListening(stream) {
  const st = stream._readableState;
  st.readableListening = stream.listenerCount('readable') > 0;
  if (st.resumeScheduled && st.paused === false) st.flowing = true;
  else if (stream.listenerCount('data') > 0) stream.resume();
  else if (!st.readableListening) st.flowing = null;
}

Readable.prototype.resume = function resume() {
  const st = this._readableState;
  if (!st.flowing) {
    // With a 'readable' listener the stream stays in paused mode; resume() only records intent.
    st.flowing = !st.readableListening;
    if (!st.resumeScheduled) {
      st.resumeScheduled = true;
      ticks.queue(resumeNow, this, st);
    }
  }
  st.paused = false;
  return this;
};

function resumeNow(stream, st) {
  if (!st.reading) stream.read(0);
  st.resumeScheduled = false;
  stream.emit('resume');
  pump(stream);
  if (st.flowing && !st.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const st = this._readableState;
  if (st.flowing !== false) {
    st.flowing = false;
    this.emit('pause');
  }
  st.paused = true;
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  const st = this._readableState;
  return st.paused === true || st.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const st = this._readableState;
  const dec = newDecoder(enc);
  st.decoder = dec;
  st.encoding = dec.encoding;
  // Re-decode what is already queued so the consumer sees one consistent type.
  let text = '';
  for (let i = st.bufferIndex; i < st.buffer.length; i++) text += dec.write(st.buffer[i]);
  resetQueue(st);
  if (text !== '') queueChunk(st, text);
  st.length = text.length;
  return this;
};

// ---- pipe -----------------------------------------------------------------------------------

Readable.prototype.pipe = function pipe(dest, options) {
  const src = this;
  const st = this._readableState;
  if (st.pipes === kNone) st.pipes = [dest];
  else st.pipes.push(dest);

  const endDest = (!options || options.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  let attached = true;
  let drainFn = null;

  const onData = (chunk) => {
    if (dest.write(chunk) === false) holdFor();
  };
  // Pause the source until dest drains.
  const holdFor = () => {
    if (attached) {
      if (st.pipes.includes(dest)) {
        if (st.drainWaiters === null) st.drainWaiters = new Set();
        st.drainWaiters.add(dest);
      }
      src.pause();
    }
    if (drainFn === null) {
      drainFn = () => {
        if (st.drainWaiters !== null) st.drainWaiters.delete(dest);
        if ((st.drainWaiters === null || st.drainWaiters.size === 0) && src.listenerCount('data') > 0) {
          src.resume();
        }
      };
      dest.on('drain', drainFn);
    }
  };
  const endIt = () => dest.end();
  const unpipeIt = () => src.unpipe(dest);
  const onEnd = endDest ? endIt : unpipeIt;
  const onUnpipe = (readable, info) => {
    if (readable === src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      detach();
    }
  };
  const onError = (err) => {
    unpipeIt();
    dest.removeListener('error', onError);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) life.errorOrDestroy(dest, err);
      else dest.emit('error', err);
    }
  };
  const onClose = () => {
    dest.removeListener('finish', onFinish);
    unpipeIt();
  };
  const onFinish = () => {
    dest.removeListener('close', onClose);
    unpipeIt();
  };
  function detach() {
    dest.removeListener('close', onClose);
    dest.removeListener('finish', onFinish);
    if (drainFn !== null) dest.removeListener('drain', drainFn);
    dest.removeListener('error', onError);
    dest.removeListener('unpipe', onUnpipe);
    src.removeListener('end', endIt);
    src.removeListener('end', unpipeIt);
    src.removeListener('data', onData);
    attached = false;
    // If we were the reason the source paused, let it go on for the remaining pipes.
    if (drainFn !== null && st.drainWaiters !== null && st.drainWaiters.has(dest) &&
        (!dest._writableState || dest._writableState.needDrain)) {
      drainFn();
    }
  }

  if (st.endEmitted) process.nextTick(onEnd);
  else src.once('end', onEnd);
  dest.on('unpipe', onUnpipe);
  src.on('data', onData);
  prepend(dest, 'error', onError);
  dest.once('close', onClose);
  dest.once('finish', onFinish);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) holdFor();
  else if (!st.flowing) src.resume();
  return dest;
};

Readable.prototype.unpipe = function unpipe(dest) {
  const st = this._readableState;
  if (st.pipes.length === 0) return this;
  if (!dest) {
    const all = st.pipes;
    st.pipes = [];
    this.pause();
    for (let i = 0; i < all.length; i++) all[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const at = st.pipes.indexOf(dest);
  if (at === -1) return this;
  st.pipes.splice(at, 1);
  if (st.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---- wrap(): adopt an old-style stream --------------------------------------------------------

Readable.prototype.wrap = function wrap(old) {
  let paused = false;
  old.on('data', (chunk) => {
    if (!this.push(chunk) && typeof old.pause === 'function') {
      paused = true;
      old.pause();
    }
  });
  old.on('end', () => this.push(null));
  old.on('error', (err) => life.errorOrDestroy(this, err));
  old.on('close', () => this.destroy());
  old.on('destroy', () => this.destroy());
  this._read = () => {
    if (paused && typeof old.resume === 'function') {
      paused = false;
      old.resume();
    }
  };
  for (const key of Object.keys(old)) {
    if (this[key] === undefined && typeof old[key] === 'function') this[key] = old[key].bind(old);
  }
  return this;
};

// ---- async iteration ------------------------------------------------------------------------

Readable.prototype[Symbol.asyncIterator] = function () {
  return readableIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) require('internal/errors').validateObject(options, 'options');
  return readableIterator(this, options);
};

function readableIterator(stream, options) {
  const destroyOnReturn = !options || options.destroyOnReturn !== false;
  let wake = null; // resolves the pending wait for more data
  let failure; // undefined: still running; null: ended cleanly; else the error
  const onReadable = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  stream.on('readable', onReadable);
  const stopWatching = life.finished(stream, { writable: false }, (err) => {
    failure = err ? (failure ? failure : err) : null;
    onReadable();
  });

  let done = false;
  let chain = Promise.resolve();

  // Leaving the loop early (break, throw) destroys the stream unless destroyOnReturn is false;
  // an unfinished stream then errors with AbortError, as in Node.
  const finish = () => {
    if (done) return;
    done = true;
    const st = stream._readableState;
    if ((failure || destroyOnReturn) && (failure === undefined || st.autoDestroy)) {
      life.destroyStream(stream, null);
    } else {
      stream.removeListener('readable', onReadable);
      stopWatching();
    }
  };

  const step = () => new Promise((resolve, reject) => {
    const attempt = () => {
      if (done) return resolve({ value: undefined, done: true });
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) return resolve({ value: chunk, done: false });
      if (failure) {
        const err = failure;
        finish();
        return reject(err);
      }
      if (failure === null) {
        finish();
        return resolve({ value: undefined, done: true });
      }
      wake = attempt;
    };
    attempt();
  });

  const iter = {
    next() {
      const p = chain.then(step);
      chain = p.then(life.noop, life.noop);
      return p;
    },
    return(value) {
      const p = chain.then(() => {
        finish();
        return { value, done: true };
      });
      chain = p.then(life.noop, life.noop);
      return p;
    },
    throw(err) {
      const p = chain.then(() => {
        finish();
        throw err;
      });
      chain = p.then(life.noop, life.noop);
      return p;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iter;
}

// ---- Readable.from --------------------------------------------------------------------------

// A Buffer or string is one chunk, not an iterable of bytes / characters.
function from(iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    const whole = new Readable(Object.assign({ objectMode: true }, opts));
    whole._read = function () {
      this.push(iterable);
      this.push(null);
    };
    return whole;
  }
  let iterator = null;
  let isAsync = false;
  if (false) {  } else if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const out = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
  let pulling = false;

  out._read = function () {
    if (pulling) return;
    pulling = true;
    pullLoop();
  };
  out._destroy = function (error, cb) {
    shutIterator(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  // On destroy, let the iterator clean up: throw() the error into it (a generator may catch it
  // and finish), else return().
  async function shutIterator(error) {
    if (error != null && typeof iterator.throw === 'function') {
      const res = await iterator.throw(error);
      await res.value;
      if (res.done) return;
    }
    if (typeof iterator.return !== 'function') return;
    const res = await iterator.return();
    await res.value;
  }

  // Pushes values until push() asks us to stop; _read restarts us.
  async function pullLoop() {
    try {
      for (;;) {
        const step = isAsync ? await iterator.next() : iterator.next();
        if (step.done) {
          out.push(null);
          return;
        }
        const v = step.value && typeof step.value.then === 'function' ? await step.value : step.value;
        if (v === null) {
          pulling = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (!out.push(v)) {
          pulling = false;
          return;
        }
      }
    } catch (err) {
      out.destroy(err);
    }
  }
  return out;
}
Readable.from = from;

// ---- public getters -------------------------------------------------------------------------

function stateGetter(fn) {
  return { get: fn, enumerable: false, configurable: true };
}

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(v) {
      if (this._readableState) this._readableState.readable = !!v;
    },
    enumerable: false,
    configurable: true,
  },
  readableDidRead: stateGetter(function () { return this._readableState.dataEmitted; }),
  readableAborted: stateGetter(function () {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  }),
  readableHighWaterMark: stateGetter(function () { return this._readableState.highWaterMark; }),
  readableBuffer: stateGetter(function () {
    const r = this._readableState;
    return r && r.buffer.slice(r.bufferIndex);
  }),
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
    enumerable: false,
    configurable: true,
  },
  readableLength: stateGetter(function () { return this._readableState.length; }),
  readableObjectMode: stateGetter(function () {
    return this._readableState ? this._readableState.objectMode : false;
  }),
  readableEncoding: stateGetter(function () {
    return this._readableState ? this._readableState.encoding : null;
  }),
  errored: stateGetter(function () {
    return this._readableState ? this._readableState.errored : null;
  }),
  closed: stateGetter(function () { return this._readableState.closed; }),
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
    enumerable: false,
    configurable: true,
  },
  readableEnded: stateGetter(function () {
    return this._readableState ? this._readableState.endEmitted : false;
  }),
});

module.exports = {
  Readable,
  ReadableState,
  // The steps an owner of lazy states (duplex.js lazyStates) queues itself while they are unmade
  // and hands over to once they exist.
  emitReadableNow, resumeNow, emitEnd,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
  pickHighWaterMark,
};
