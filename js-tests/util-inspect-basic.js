'use strict';
// util.inspect on primitives, strings, arrays and plain objects (expected strings taken from Node 20).
const assert = require('assert');
const util = require('util');

const table = [
  [1, '1'], [-0, '-0'], [1.5, '1.5'], [NaN, 'NaN'], [-Infinity, '-Infinity'], [10n, '10n'],
  [true, 'true'], [undefined, 'undefined'], [null, 'null'],
  ['abc', "'abc'"], ["it's", '"it\'s"'], ['it\'s "q"', '`it\'s "q"`'], ['a\nb\t\x01\\', "'a\\nb\\t\\x01\\\\'"],
  [Symbol('s'), 'Symbol(s)'], [Symbol(), 'Symbol()'],
  [[], '[]'], [{}, '{}'], [[1, 2, 3], '[ 1, 2, 3 ]'], [{ a: 1, b: 'x' }, "{ a: 1, b: 'x' }"],
  [{ a: { b: { c: { d: 1 } } } }, '{ a: { b: { c: [Object] } } }'],
  [[[[[1]]]], '[ [ [ [Array] ] ] ]'],
  [{ 'a-b': 1, 2: 3, [Symbol('k')]: 4 }, "{ '2': 3, 'a-b': 1, [Symbol(k)]: 4 }"],
  [[1, , 3], '[ 1, <1 empty item>, 3 ]'], [new Array(5), '[ <5 empty items> ]'],
  [[undefined, null], '[ undefined, null ]'],
  [{ und: undefined, nul: null, nan: NaN }, '{ und: undefined, nul: null, nan: NaN }'],
  [[1, 'two', { three: 3 }, [4]], "[ 1, 'two', { three: 3 }, [ 4 ] ]"],
  [{ 'key with space': 1, valid_id: 2, $dollar: 3 }, "{ 'key with space': 1, valid_id: 2, '$dollar': 3 }"],
  [[-0, 0.1, 123456789, -5], '[ -0, 0.1, 123456789, -5 ]'],
  [Object.assign([1, 2], { extra: true }), '[ 1, 2, extra: true ]'],
  [{ a: [1, 2, { b: [3, 4, { c: [5] }] }] }, '{ a: [ 1, 2, { b: [Array] } ] }'],
];
for (const [value, expected] of table) {
  assert.strictEqual(util.inspect(value), expected);
}

// depth option
const nested = { a: { b: { c: { d: { e: 1 } } } } };
assert.strictEqual(util.inspect(nested, { depth: 0 }), '{ a: [Object] }');
// (at most 3 inner levels share a line with their parent)
assert.strictEqual(util.inspect(nested, { depth: null }), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
assert.strictEqual(util.inspect(nested, { depth: Infinity }), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
assert.strictEqual(util.inspect(nested, { depth: 3 }), '{\n  a: { b: { c: { d: [Object] } } }\n}');

// long objects break across lines at 80 columns
assert.strictEqual(util.inspect({ a: 'x'.repeat(60) }), `{ a: '${'x'.repeat(60)}' }`);
assert.strictEqual(util.inspect({ a: 'x'.repeat(63) }), `{\n  a: '${'x'.repeat(63)}'\n}`);
assert.strictEqual(
  util.inspect({ long1: 'a'.repeat(20), long2: 'b'.repeat(25), long3: 'c'.repeat(22) }),
  "{\n  long1: 'aaaaaaaaaaaaaaaaaaaa',\n  long2: 'bbbbbbbbbbbbbbbbbbbbbbbbb',\n  long3: 'cccccccccccccccccccccc'\n}");
assert.strictEqual(util.inspect([{ a: 1, b: 2 }, { a: 3, b: 4 }]), '[ { a: 1, b: 2 }, { a: 3, b: 4 } ]');

// strings longer than the line are split on newlines when nested
assert.strictEqual(util.inspect('x'.repeat(20) + '\n' + 'y'.repeat(70)),
  "'xxxxxxxxxxxxxxxxxxxx\\n' +\n  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'");

// legacy signature inspect(value, showHidden, depth)
assert.strictEqual(util.inspect(nested, false, 0), '{ a: [Object] }');
assert.strictEqual(util.inspect([1, 2], true), '[ 1, 2, [length]: 2 ]');
