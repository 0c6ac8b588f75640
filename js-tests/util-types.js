'use strict';
// util.types brand checks: true for the real thing, false for look-alikes.
const assert = require('assert');
const util = require('util');
const types = util.types;
assert.strictEqual(require('util/types'), types);

const fakeDate = { [Symbol.toStringTag]: 'Date', getTime() { return 0; } };
const fakeMap = Object.create(Map.prototype);
const checks = [
  ['isDate', [new Date()], [fakeDate, Date.now(), '2020-01-01']],
  ['isRegExp', [/x/, new RegExp('y')], [{ source: 'x', flags: '' }, Object.create(RegExp.prototype)]],
  ['isMap', [new Map()], [fakeMap, new WeakMap(), {}]],
  ['isSet', [new Set()], [new WeakSet(), []]],
  ['isWeakMap', [new WeakMap()], [new Map()]],
  ['isWeakSet', [new WeakSet()], [new Set()]],
  ['isPromise', [Promise.resolve(), new Promise(() => {})], [{ then() {} }]],
  ['isNativeError', [new Error(), new TypeError(), new (class E extends Error {})()], [{ message: 'x', name: 'Error' }, Object.create(Error.prototype)]],
  ['isUint8Array', [new Uint8Array(1), Buffer.alloc(1)], [new Uint16Array(1), [1], new ArrayBuffer(1)]],
  ['isTypedArray', [new Int8Array(1), new Float64Array(1), new BigInt64Array(1)], [new DataView(new ArrayBuffer(1)), []]],
  ['isArrayBuffer', [new ArrayBuffer(1)], [new Uint8Array(1), {}]],
  ['isAnyArrayBuffer', [new ArrayBuffer(1)], [new Uint8Array(1)]],
  ['isArrayBufferView', [new Uint8Array(1), new DataView(new ArrayBuffer(1))], [new ArrayBuffer(1), []]],
  ['isDataView', [new DataView(new ArrayBuffer(1))], [new Uint8Array(1)]],
  ['isAsyncFunction', [async function () {}, async () => {}], [function () {}, () => Promise.resolve()]],
  ['isGeneratorFunction', [function* () {}], [function () {}]],
  ['isGeneratorObject', [(function* () {})()], [{ next() {} }]],
  ['isMapIterator', [new Map().keys(), new Map().entries()], [new Set().values(), [][Symbol.iterator]()]],
  ['isSetIterator', [new Set().values()], [new Map().keys()]],
  ['isArgumentsObject', [(function () { return arguments; })()], [[], { length: 0 }]],
  ['isBoxedPrimitive', [new Number(1), new String(''), new Boolean(false), Object(Symbol()), Object(1n)], [1, '', false, {}]],
  ['isNumberObject', [new Number(1)], [1, new String('1')]],
  ['isStringObject', [new String('')], ['', new Number(0)]],
  ['isBooleanObject', [new Boolean(true)], [true]],
  ['isSymbolObject', [Object(Symbol())], [Symbol()]],
  ['isBigIntObject', [Object(1n)], [1n]],
];
for (const [name, yes, no] of checks) {
  assert.strictEqual(typeof types[name], 'function', name);
  for (const v of yes) assert.strictEqual(types[name](v), true, name + ' should accept');
  for (const v of no) assert.strictEqual(types[name](v), false, name + ' should reject');
}
for (const name of ['isDate', 'isMap', 'isPromise', 'isTypedArray', 'isNativeError', 'isBoxedPrimitive']) {
  for (const v of [undefined, null, 0, 'str', true]) assert.strictEqual(types[name](v), false, name);
}

// isProxy sees proxies (revoked ones too) without running their traps
{
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const trapless = new Proxy({}, { getPrototypeOf() { throw new Error('trap ran'); } });
  assert.strictEqual(types.isProxy(new Proxy({}, {})), true);
  assert.strictEqual(types.isProxy(trapless), true);
  assert.strictEqual(types.isProxy(revocable.proxy), true);
  assert.strictEqual(types.isProxy({}), false);
  assert.strictEqual(types.isProxy(1), false);
}
