'use strict';
// node:stream — the public face of the stream classes in internal/streams/.
//   legacy.js     Stream (EventEmitter + the old pipe())
//   lifecycle.js  destroy / error reporting / _construct, finished(), addAbortSignal()
//   readable.js   Readable (+ Readable.from, async iteration)
//   writable.js   Writable
//   duplex.js     Duplex, Transform, PassThrough
//   pipeline.js   pipeline() with callback or promise
//   operators.js  map / filter / toArray / ... on Readable.prototype
//   duplexify.js  Duplex.from, compose, duplexPair

const { Stream } = require('internal/streams/legacy');
const life = require('internal/streams/lifecycle');
const { Readable, getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const { Duplex, Transform, PassThrough } = require('internal/streams/duplex');
const { pipeline, pipelinePromise } = require('internal/streams/pipeline');
const operators = require('internal/streams/operators');
const { duplexFrom, compose, duplexPair, wrapStatic } = require('internal/streams/duplexify');

let promises = null;

Duplex.from = duplexFrom;
Readable.wrap = wrapStatic;
Readable.isDisturbed = life.isDisturbed;
for (const group of [operators.streamReturning, operators.promiseReturning]) {
  for (const name of Object.keys(group)) {
    Object.defineProperty(Readable.prototype, name, {
      value: group[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = life.finished;
Stream.addAbortSignal = life.addAbortSignal;
Stream.destroy = life.destroyStream;
Stream.compose = compose;
Stream.duplexPair = duplexPair;
Stream.isDestroyed = life.isDestroyed;
Stream.isDisturbed = life.isDisturbed;
Stream.isErrored = life.isErrored;
Stream.isReadable = life.isReadable;
Stream.isWritable = life.isWritable;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === null) promises = require('stream/promises');
    return promises;
  },
});

// The promise flavours are also reachable as util.promisify(pipeline / finished).
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, kCustomPromisify, { enumerable: true, value: pipelinePromise });
Object.defineProperty(life.finished, kCustomPromisify, { enumerable: true, value: life.finishedPromise });

module.exports = Stream;
