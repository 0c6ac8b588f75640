'use strict';
// Private keys of EventEmitter instances that other internal modules need too.
//   kCapture      an emitter's captureRejections setting; EventEmitter.prototype holds the
//                 process-wide default.
//   kCaptureFixed set on a class prototype that also holds its own kCapture (false): instances
//                 made while the default is false need no own kCapture then, the prototype's
//                 answers and, unlike EventEmitter.prototype's, never changes. Streams made once
//                 per request use it (in goja every symbol-keyed own property is a hash-map entry).
module.exports = { kCapture: Symbol('kCapture'), kCaptureFixed: Symbol('kCaptureFixed') };
