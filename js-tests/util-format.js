'use strict';
// util.format / util.formatWithOptions: every placeholder, extra arguments, %% and odd cases.
// Expected strings come from Node 20.
const assert = require('assert');
const util = require('util');

class T { toString() { return 'T!'; } }
const circular = {};
circular.c = circular;

const table = [
  [['%s', 'a'], 'a'],
  [['%s', 1], '1'],
  [['%s', -0], '-0'],
  [['%s', 5n], '5n'],
  [['%s', null], 'null'],
  [['%s', undefined], 'undefined'],
  [['%s', { a: 1 }], '{ a: 1 }'],
  [['%s', [1, [2, [3]]]], '[ 1, [Array] ]'],
  [['%s', new T()], 'T!'],
  [['%s', Symbol('x')], 'Symbol(x)'],
  [['%s', new Date(0)], '1970-01-01T00:00:00.000Z'],
  [['%s %s', 'a'], 'a %s'],
  [['%d', '42'], '42'],
  [['%d', 1.5], '1.5'],
  [['%d', 5n], '5n'],
  [['%d', {}], 'NaN'],
  [['%i', '42.9'], '42'],
  [['%i', 5n], '5n'],
  [['%f', '1.5x'], '1.5'],
  [['%j', { a: [1] }], '{"a":[1]}'],
  [['%j', circular], '[Circular]'],
  [['%o', { a: 1 }], '{ a: 1 }'],
  [['%o', [1]], '[ 1, [length]: 1 ]'],
  [['%O', { a: { b: { c: { d: 1 } } } }], '{ a: { b: { c: [Object] } } }'],
  [['%c red', 'color: red'], ' red'],
  [['100%%', 1], '100% 1'],
  [['%% %s'], '%% %s'],
  [['%x', 1], '%x 1'],
  [['a', 'b', 3, { c: 1 }], 'a b 3 { c: 1 }'],
  [[1, 2, 'x'], '1 2 x'],
  [['%s:%s', 'a', 'b', 'c'], 'a:b c'],
  [[], ''],
  [['%d%%', 50], '50%'],
  [['%', 1], '% 1'],
  [['%s', 'x', '%s'], 'x %s'],
  [[{ a: 'b' }, 'str'], "{ a: 'b' } str"],
  [['%s', new Map([[1, 2]])], 'Map(1) { 1 => 2 }'],
  [['%s', { toString() { return 'own'; } }], 'own'],
  [['%s', Object.create(null)], '[Object: null prototype] {}'],
  [['%s', new (class Q {})()], 'Q {}'],
  [['no placeholders'], 'no placeholders'],
  [['%s', 'multi\nline'], 'multi\nline'],
  [[null, undefined, 'str', 's'], 'null undefined str s'],
];
for (const [args, expected] of table) {
  assert.strictEqual(util.format(...args), expected, `case ${table.findIndex((row) => row[0] === args)}`);
}

assert.strictEqual(util.formatWithOptions({ colors: true }, '%O', { a: 1 }), '{ a: \u001b[33m1\u001b[39m }');
assert.strictEqual(util.formatWithOptions({ compact: false }, 'x', { a: 1 }), 'x {\n  a: 1\n}');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }), '{ a: [Object] }');
assert.throws(() => util.formatWithOptions(null, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "inspectOptions" argument must be of type object. Received null',
});
