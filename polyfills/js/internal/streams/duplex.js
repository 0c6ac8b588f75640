'use strict';
// Duplex (a Readable that is also a Writable), Transform (a Duplex whose readable side is
// computed from what is written) and PassThrough (the identity Transform).

const { Readable, ReadableState } = require('internal/streams/readable');
const { Writable, WritableState } = require('internal/streams/writable');
const life = require('internal/streams/lifecycle');
const { Stream } = require('internal/streams/legacy');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  if (this[life.kLazyStates] === true) {
    // A subclass that opted in with lazyStates(): the two states come on first use.
    Stream.call(this, options);
    this.allowHalfOpen = !options || options.allowHalfOpen !== false;
    return;
  }
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
Duplex.prototype[life.kDuplex] = true;

// Borrow the writable half's methods; Readable's win where both define one, except destroy,
// whose Writable version also fails queued writes.
for (const key of Object.getOwnPropertyNames(Writable.prototype)) {
  if (key === 'constructor' || Object.prototype.hasOwnProperty.call(Duplex.prototype, key)) continue;
  if (Object.prototype.hasOwnProperty.call(Readable.prototype, key) && key !== 'destroy') continue;
  const desc = Object.getOwnPropertyDescriptor(Writable.prototype, key);
  if (desc.get || desc.set) continue; // getters are redefined below
  Duplex.prototype[key] = desc.value;
}

function copyGetter(name) {
  const desc = Object.getOwnPropertyDescriptor(Writable.prototype, name);
  Object.defineProperty(Duplex.prototype, name, desc);
}
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain', 'writableAborted']) {
  copyGetter(name);
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    const r = this._readableState, w = this._writableState;
    if (r === undefined || w === undefined) return false;
    return r.destroyed && w.destroyed;
  },
  set(v) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = v;
      this._writableState.destroyed = v;
    }
  },
  enumerable: false,
  configurable: true,
});

// ---- lazy states ----------------------------------------------------------------------------
// A server makes one Duplex per request, and most of them are answered and closed without anyone
// touching their stream machinery (the owner runs that common life itself, with its own flags).
// lazyStates(proto, make) lets such a subclass skip building _readableState and _writableState in
// the constructor: the first read of either runs make(stream), which must call makeStates (and
// then bring the new states up to date with what the owner did meanwhile). Everything that uses
// the states (read, write, pipe, most getters, 'data'/'readable' listeners) gets there through
// these two properties, so it all keeps working on the generic path. Only Duplex's own options
// (allowHalfOpen and the state options) are honoured for such subclasses: no read/write/destroy/
// construct/signal functions in the options, no readable: false / writable: false.

function ownValue(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

function lazyStates(proto, make) {
  proto[life.kLazyStates] = true;
  for (const key of ['_readableState', '_writableState']) {
    Object.defineProperty(proto, key, {
      get() {
        make(this);
        return Object.prototype.hasOwnProperty.call(this, key) ? this[key] : undefined;
      },
      set(v) { ownValue(this, key, v); },
      enumerable: false,
      configurable: true,
    });
  }
}

function makeStates(stream, options) {
  ownValue(stream, '_readableState', new ReadableState(options, stream, true));
  ownValue(stream, '_writableState', new WritableState(options, stream, true));
}

// ---- Transform ------------------------------------------------------------------------------

const kPendingWriteCb = Symbol('pendingWriteCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  // The readable side is fed from _write callbacks, never from inside read(), so a push may
  // emit 'data' at once.
  this._readableState.sync = false;
  this[kPendingWriteCb] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  // A subclass that overrides _final still gets its readable side ended at 'prefinish'.
  this.on('prefinish', transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function flushAndEnd(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((err, data) => {
      if (err) {
        if (cb) cb(err);
        else this.destroy(err);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function transformPrefinish() {
  if (this._final !== flushAndEnd) flushAndEnd.call(this);
}

Transform.prototype._final = flushAndEnd;

Transform.prototype._transform = function _transform(chunk, encoding, cb) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const rs = this._readableState;
  const ws = this._writableState;
  const before = rs.length;
  this._transform(chunk, encoding, (err, out) => {
    if (err) {
      callback(err);
      return;
    }
    if (out != null) this.push(out);
    // Take the next chunk unless the readable side is full and nobody is reading: then wait for
    // _read to release the writer (backpressure through the transform).
    if (ws.ended || before === rs.length || rs.length < rs.highWaterMark) callback();
    else this[kPendingWriteCb] = callback;
  });
};

Transform.prototype._read = function _read() {
  const cb = this[kPendingWriteCb];
  if (cb !== null) {
    this[kPendingWriteCb] = null;
    cb();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};

module.exports = { Duplex, Transform, PassThrough, lazyStates, makeStates };
