'use strict';
// util.inherits, isDeepStrictEqual, isArray, TextEncoder/TextDecoder, deprecated is* helpers,
// stripVTControlCharacters, toUSVString.
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

function Base() { this.base = true; }
Base.prototype.hello = function () { return 'hello ' + this.name; };
function Child(name) { Base.call(this); this.name = name; }
util.inherits(Child, Base);
const c = new Child('c');
assert.strictEqual(c.hello(), 'hello c');
assert.ok(c instanceof Base);
assert.strictEqual(Child.super_, Base);
assert.strictEqual(Object.getPrototypeOf(Child.prototype), Base.prototype);
assert.strictEqual(util.inspect(c), "Child { base: true, name: 'c' }");
assert.throws(() => util.inherits(Child, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(null, Base), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Child, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});

// inherits from EventEmitter
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
let got = 0;
s.on('x', (v) => { got += v; });
s.emit('x', 5);
assert.strictEqual(got, 5);

// isDeepStrictEqual
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
assert.strictEqual(util.isDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])), true);
assert.strictEqual(util.isDeepStrictEqual([1, 2], [1, 2, 3]), false);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);

// misc exports
assert.strictEqual(util.isArray, Array.isArray);
assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);
assert.deepStrictEqual(Array.from(new util.TextEncoder().encode('hé')), [104, 195, 169]);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isNullOrUndefined(null), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.strictEqual(util.isFunction(() => {}), true);
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(util.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(typeof util.inspect, 'function');
assert.strictEqual(typeof util.format, 'function');
