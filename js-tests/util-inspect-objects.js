'use strict';
// util.inspect on class instances, null prototypes, functions, classes, dates, regexps, boxed
// primitives, getters, circular references, custom inspectors and options.
const assert = require('assert');
const util = require('util');

class Foo { constructor() { this.a = 1; } }
class Bar extends Foo {}
const circ = { name: 'c' };
circ.self = circ;
circ.arr = [circ];

const table = [
  [new Foo(), 'Foo { a: 1 }'], [new Bar(), 'Bar { a: 1 }'], [new (class Empty {})(), 'Empty {}'],
  [Object.create(null), '[Object: null prototype] {}'],
  [Object.assign(Object.create(null), { x: 1 }), '[Object: null prototype] { x: 1 }'],
  [Object.assign(new Foo(), { b: { c: { d: {} } } }), 'Foo { a: 1, b: { c: { d: {} } } }'],
  [{ a: { b: { c: new Foo() } } }, '{ a: { b: { c: [Foo] } } }'],
  [new Date(0), '1970-01-01T00:00:00.000Z'], [new Date(NaN), 'Invalid Date'],
  [/ab+c/gi, '/ab+c/gi'],
  [function foo() {}, '[Function: foo]'], [() => {}, '[Function (anonymous)]'],
  [async function af() {}, '[AsyncFunction: af]'], [function* gen() {}, '[GeneratorFunction: gen]'],
  [class A {}, '[class A]'], [class B extends Foo {}, '[class B extends Foo]'],
  [Object.assign(function f() {}, { x: 1 }), '[Function: f] { x: 1 }'],
  [{ fn: function named() {} }, '{ fn: [Function: named] }'],
  [new Number(3), '[Number: 3]'], [new String('ab'), "[String: 'ab']"], [new Boolean(false), '[Boolean: false]'],
  [Object(Symbol('x')), '[Symbol: Symbol(x)]'], [Object(5n), '[BigInt: 5n]'],
  [{ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} },
    '{ g: [Getter], s: [Setter], gs: [Getter/Setter] }'],
  [circ, "<ref *1> { name: 'c', self: [Circular *1], arr: [ [Circular *1] ] }"],
  [{ date: new Date(86400000), re: /x/ }, '{ date: 1970-01-02T00:00:00.000Z, re: /x/ }'],
  [Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), '{}'],
  [{ __proto__: { inherited: 1 }, own: 2 }, '{ own: 2 }'],
  [{ [Symbol.toStringTag]: 'Tagged', a: 1 }, "{ a: 1, [Symbol(Symbol.toStringTag)]: 'Tagged' }"],
  [new (class Tagged { get [Symbol.toStringTag]() { return 'T'; } })(), 'Tagged [T] {}'],
];
for (const [value, expected] of table) {
  assert.strictEqual(util.inspect(value), expected);
}

// two distinct cycles are numbered in order of discovery
const x = { n: 'x' };
const y = { n: 'y', x };
x.y = y;
y.self = y;
assert.strictEqual(util.inspect({ x }), "{\n  x: <ref *1> {\n    n: 'x',\n    y: <ref *2> { n: 'y', x: [Circular *1], self: [Circular *2] }\n  }\n}");

// util.inspect.custom
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.strictEqual(util.inspect({ [util.inspect.custom]() { return 'CUSTOM'; } }), 'CUSTOM');
assert.strictEqual(util.inspect({ [util.inspect.custom]() { return { x: 1 }; } }), '{ x: 1 }');
const seenArgs = [];
const custom = {
  [util.inspect.custom](depth, options, inspect) {
    seenArgs.push([depth, options.depth, typeof options.stylize, inspect === util.inspect]);
    return 'depth=' + depth;
  },
};
assert.strictEqual(util.inspect({ nested: custom }), '{ nested: depth=1 }');
assert.deepStrictEqual(seenArgs, [[1, 2, 'function', true]]);
assert.strictEqual(util.inspect({ nested: custom }, { customInspect: false, breakLength: Infinity }),
  '{ nested: { [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]] } }');

// options
assert.strictEqual(util.inspect({ a: 1, b: [1, 2] }, { compact: false }), '{\n  a: 1,\n  b: [\n    1,\n    2\n  ]\n}');
assert.strictEqual(util.inspect({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true }), '{ a: 1, b: 2, c: { y: 2, z: 1 } }');
assert.strictEqual(util.inspect({ a: 'x'.repeat(30), b: 1 }, { breakLength: 40 }), "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 1\n}");
assert.strictEqual(util.inspect({ a: 1, s: 'x', n: null, u: undefined }, { colors: true }),
  "{ a: \u001b[33m1\u001b[39m, s: \u001b[32m'x'\u001b[39m, n: \u001b[1mnull\u001b[22m, u: \u001b[90mundefined\u001b[39m }");
assert.strictEqual(util.inspect(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), { showHidden: true }),
  '{ [hidden]: 1 }');
assert.strictEqual(util.inspect({ get g() { return { v: 1 }; } }, { getters: true }), '{ g: [Getter] { v: 1 } }');
assert.strictEqual(util.inspect(1234567.891, { numericSeparator: true }), '1_234_567.891');
assert.strictEqual(util.inspect({ a: [{ b: 1 }] }, { compact: true }), '{ a: [ { b: 1 } ] }');
assert.strictEqual(typeof util.inspect.defaultOptions, 'object');
assert.strictEqual(util.inspect.defaultOptions.depth, 2);
assert.strictEqual(util.inspect.defaultOptions.breakLength, 80);
