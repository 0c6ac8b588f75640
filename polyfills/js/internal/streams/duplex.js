'use strict';
// stream.Duplex: a Readable that is also a Writable (Writable's methods are mixed in and
// `instanceof Writable` holds through Writable[Symbol.hasInstance]).

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Stream.call(this, options);
  Readable._initReadable(this, options, true);
  Writable._initWritable(this, options, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (options.signal) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  destroyImpl.construct(this, () => {
    Readable._readableConstructed(this);
    Writable._writableConstructed(this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
// destroy must also fail the queued writes, as Writable's does.
Duplex.prototype.destroy = Writable.prototype.destroy;

function copyDescriptor(name) {
  const d = Object.getOwnPropertyDescriptor(Writable.prototype, name);
  Object.defineProperty(Duplex.prototype, name, d);
}
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain',
  'writableAborted']) {
  copyDescriptor(name);
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  configurable: true,
});

// Duplex.from: the simple cases (an existing stream, an iterable, a promise-returning or
// iterable-returning function is not supported here).
Duplex.from = function (body) {
  if (body instanceof Duplex) return body;
  const { isReadableNodeStream, isWritableNodeStream, isIterable } = require('internal/streams/utils');
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  if (isReadableNodeStream(body) && !isWritableNodeStream(body)) {
    const d = new Duplex({ objectMode: true, writable: false, read() { body.resume(); } });
    body.on('data', (chunk) => { if (!d.push(chunk)) body.pause(); });
    body.on('end', () => d.push(null));
    body.on('error', (err) => d.destroy(err));
    return d;
  }
  if (isIterable(body)) {
    const r = Readable.from(body);
    const d = new Duplex({ objectMode: true, writable: false, read() { r.resume(); } });
    r.on('data', (chunk) => { if (!d.push(chunk)) r.pause(); });
    r.on('end', () => d.push(null));
    r.on('error', (err) => d.destroy(err));
    return d;
  }
  throw new ERR_INVALID_ARG_TYPE('body', ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
    'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
};

module.exports = Duplex;
