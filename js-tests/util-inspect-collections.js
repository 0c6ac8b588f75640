'use strict';
// util.inspect on Map, Set, typed arrays, ArrayBuffer, Buffer and long arrays (column grouping).
const assert = require('assert');
const util = require('util');

const table = [
  [new Map([['a', 1], [{ x: 1 }, [2]]]), "Map(2) { 'a' => 1, { x: 1 } => [ 2 ] }"],
  [new Set([1, 'a']), "Set(2) { 1, 'a' }"],
  [new Map(), 'Map(0) {}'], [new Set(), 'Set(0) {}'],
  [new Map([[1, { a: { b: { c: 1 } } }]]), 'Map(1) { 1 => { a: { b: [Object] } } }'],
  [{ m: new Map([[1, 2]]), s: new Set([[1]]) }, '{ m: Map(1) { 1 => 2 }, s: Set(1) { [ 1 ] } }'],
  [{ a: { b: { c: new Map([[1, 2]]), d: [1] } } }, '{ a: { b: { c: [Map], d: [Array] } } }'],
  [new Uint8Array([1, 2, 3]), 'Uint8Array(3) [ 1, 2, 3 ]'],
  [new Float64Array(2), 'Float64Array(2) [ 0, 0 ]'],
  [new ArrayBuffer(3), 'ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }'],
  [Buffer.from('hi'), '<Buffer 68 69>'],
  [Buffer.from([]), '<Buffer >'],
  [new WeakMap(), 'WeakMap { <items unknown> }'], [new WeakSet(), 'WeakSet { <items unknown> }'],
];
for (const [value, expected] of table) {
  assert.strictEqual(util.inspect(value), expected);
}
assert.strictEqual(util.inspect(Buffer.alloc(60)),
  '<Buffer ' + Array(50).fill('00').join(' ') + ' ... 10 more bytes>');

// arrays with more than 6 entries are grouped into aligned columns
assert.strictEqual(util.inspect(Array.from({ length: 30 }, (_, i) => i)),
  '[\n' +
  '   0,  1,  2,  3,  4,  5,  6,  7,  8,\n' +
  '   9, 10, 11, 12, 13, 14, 15, 16, 17,\n' +
  '  18, 19, 20, 21, 22, 23, 24, 25, 26,\n' +
  '  27, 28, 29\n' +
  ']');
assert.strictEqual(util.inspect(Array.from({ length: 10 }, (_, i) => 'item' + i)),
  "[\n  'item0', 'item1',\n  'item2', 'item3',\n  'item4', 'item5',\n  'item6', 'item7',\n  'item8', 'item9'\n]");
assert.strictEqual(util.inspect(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg', 'h']),
  "[\n  'a',       'bb',\n  'ccc',     'dddd',\n  'eeeee',   'ffffff',\n  'ggggggg', 'h'\n]");
const big = util.inspect(Array.from({ length: 120 }, (_, i) => i * 3));
assert.ok(big.endsWith(' 297,\n  ... 20 more items\n]'), big);
assert.strictEqual(big.split('\n')[1], '    0,   3,   6,   9,  12,  15,  18,  21,  24,  27,  30,  33,');

// maxArrayLength
assert.strictEqual(util.inspect([1, 2, 3], { maxArrayLength: 2 }), '[ 1, 2, ... 1 more item ]');
assert.strictEqual(util.inspect(new Set([1, 2]), { maxArrayLength: 0 }), 'Set(2) { ... 2 more items }');
assert.strictEqual(util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }), 'Map(2) { 1 => 2, ... 1 more item }');
assert.strictEqual(util.inspect('abcdef', { maxStringLength: 2 }), "'ab'... 4 more characters");
