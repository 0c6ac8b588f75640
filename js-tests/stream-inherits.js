'use strict';
// Old-style subclasses: util.inherits + Readable.call(this, opts), calling the constructors
// without new, instanceof relations, and the legacy Stream export.
const assert = require('assert');
const util = require('util');
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;

assert.strictEqual(typeof stream, 'function');
assert.strictEqual(stream.Stream, stream);
assert.strictEqual(Stream, stream);
assert.strictEqual(typeof require('node:stream').Readable, 'function');
assert.strictEqual(typeof stream.promises.pipeline, 'function');
assert.strictEqual(stream.promises, require('stream/promises'));

function Counter(opts) {
  Readable.call(this, opts);
  this.n = 0;
}
util.inherits(Counter, Readable);
Counter.prototype._read = function () {
  this.push(this.n < 3 ? String(this.n++) : null);
};

function Sink(opts) {
  if (!(this instanceof Sink)) return new Sink(opts);
  Writable.call(this, opts);
  this.data = '';
}
util.inherits(Sink, Writable);
Sink.prototype._write = function (chunk, enc, cb) {
  this.data += chunk;
  cb();
};

const c = new Counter();
const s = Sink();
assert.ok(c instanceof Readable);
assert.ok(c instanceof Stream);
assert.ok(s instanceof Writable);
assert.ok(!(s instanceof Readable));

// Duplex, Transform and PassThrough are instanceof Writable too, but a Readable is not.
const p = new PassThrough();
assert.ok(p instanceof Transform);
assert.ok(p instanceof Duplex);
assert.ok(p instanceof Readable);
assert.ok(p instanceof Writable);
assert.ok(!(c instanceof Writable));
assert.ok(!(c instanceof Duplex));

// Calling without new still constructs.
assert.ok(Readable() instanceof Readable);
assert.ok(Writable() instanceof Writable);
assert.ok(Duplex() instanceof Duplex);
assert.ok(Transform() instanceof Transform);
assert.ok(PassThrough() instanceof PassThrough);

// The legacy Stream is an EventEmitter with pipe().
const legacy = new Stream();
assert.strictEqual(typeof legacy.pipe, 'function');
assert.strictEqual(typeof legacy.on, 'function');
assert.ok(legacy instanceof require('events'));

let finished = false;
s.on('finish', () => {
  finished = true;
  assert.strictEqual(s.data, '012');
});
c.pipe(s);

// ES class with a private field.
class Lines extends Transform {
  #buf = '';
  constructor() {
    super({ readableObjectMode: true });
  }
  _transform(chunk, enc, cb) {
    const parts = (this.#buf + chunk).split('\n');
    this.#buf = parts.pop();
    for (const line of parts) this.push(line);
    cb();
  }
  _flush(cb) {
    if (this.#buf) this.push(this.#buf);
    cb();
  }
}
const lines = [];
const l = new Lines();
l.on('data', (line) => lines.push(line));
l.write('a\nb');
l.write('c\nd\n');
l.end('e');

process.on('exit', () => {
  assert.strictEqual(finished, true);
  assert.deepStrictEqual(lines, ['a', 'bc', 'd', 'e']);
});
