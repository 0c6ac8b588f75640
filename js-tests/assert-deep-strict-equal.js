'use strict';
// assert.deepStrictEqual / notDeepStrictEqual: prototypes, symbols, -0, NaN, boxed primitives,
// typed arrays and Buffers, Dates, RegExps, Errors, Maps, Sets and cycles.
const assert = require('assert');

function same(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new Error(what + ': got ' + String(actual) + ', want ' + String(expected));
  }
}
// Node stores detached copies of Error values in a deep comparison's AssertionError.
function sameValue(actual, expected, what) {
  if (expected instanceof Error && actual !== expected) {
    same(Object.getPrototypeOf(actual), Object.getPrototypeOf(expected), what + ' (error copy prototype)');
    same(actual.message, expected.message, what + ' (error copy message)');
  } else {
    same(actual, expected, what);
  }
}
function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw from ' + fn);
}

const sym = Symbol('k');
class Foo { constructor() { this.a = 1; } }
function cyc() { const o = { n: 1 }; o.self = o; return o; }
function cycArr() { const a = [1]; a.push(a); return a; }
const sharedErr = new Error('x');

// [name, a, b] that are deep-strict-equal
const equal = [
  ['numbers', 1, 1],
  ['NaN', NaN, NaN],
  ['strings', 'ab', 'ab'],
  ['objects', { a: 1, b: [1, 2, { c: 3 }] }, { b: [1, 2, { c: 3 }], a: 1 }],
  ['arrays', [1, [2, [3]]], [1, [2, [3]]]],
  ['empty', {}, {}],
  ['symbol keys', { [sym]: 1 }, { [sym]: 1 }],
  ['non-enumerable ignored', Object.defineProperty({}, 'x', { value: 1 }), {}],
  ['dates', new Date(5), new Date(5)],
  ['regexps', /a/gi, /a/gi],
  ['errors', new Error('x'), new Error('x')],
  ['boxed number', new Number(1), new Number(1)],
  ['boxed string', new String('s'), new String('s')],
  ['boxed NaN', new Number(NaN), new Number(NaN)],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['float NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['buffers', Buffer.from('abc'), Buffer.from('abc')],
  ['array buffers', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer],
  ['maps', new Map([[1, 'a'], [2, { x: 1 }]]), new Map([[2, { x: 1 }], [1, 'a']])],
  ['map object keys', new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  ['sets', new Set([1, 'a', { o: 1 }]), new Set([{ o: 1 }, 'a', 1])],
  ['nested sets', new Set([new Set([1])]), new Set([new Set([1])])],
  ['class instances', new Foo(), new Foo()],
  ['null proto', Object.create(null), Object.create(null)],
  ['cycles', cyc(), cyc()],
  ['array cycles', cycArr(), cycArr()],
  ['same error object', sharedErr, sharedErr],
  ['array extra props', Object.assign([1], { p: 2 }), Object.assign([1], { p: 2 })],
];

// [name, a, b] that are NOT deep-strict-equal
const unequal = [
  ['1 vs "1"', 1, '1'],
  ['-0 vs 0', -0, 0],
  ['object -0', { a: -0 }, { a: 0 }],
  ['different values', { a: 1 }, { a: 2 }],
  ['extra key', { a: 1 }, { a: 1, b: 2 }],
  ['undefined vs missing', { a: undefined }, {}],
  ['prototype', new Foo(), { a: 1 }],
  ['null proto vs object', Object.create(null), {}],
  ['array vs object', [], {}],
  ['array length', [1, 2], [1, 2, 3]],
  ['hole vs undefined', [1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  ['symbol values', { [sym]: 1 }, { [sym]: 2 }],
  ['symbol missing', { [sym]: 1 }, {}],
  ['dates', new Date(1), new Date(2)],
  ['regexp flags', /a/g, /a/i],
  ['regexp source', /a/, /b/],
  ['error message', new Error('a'), new Error('b')],
  ['error class', new Error('a'), new TypeError('a')],
  ['boxed values', new Number(1), new Number(2)],
  ['boxed vs primitive', new Number(1), 1],
  ['boxed kind', new String('1'), new Number(1)],
  ['typed content', new Uint8Array([1]), new Uint8Array([2])],
  ['typed kind', new Uint8Array([1]), new Int8Array([1])],
  ['float -0', new Float64Array([0]), new Float64Array([-0])],
  ['buffer vs uint8array', Buffer.from('ab'), new Uint8Array([97, 98])],
  ['maps value', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['maps key type', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['map object key value', new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'b']])],
  ['sets', new Set([1, 2]), new Set([1, 3])],
  ['set loose', new Set([1]), new Set(['1'])],
  ['set size', new Set([1]), new Set([1, 2])],
  ['set objects', new Set([{ a: 1 }]), new Set([{ a: 2 }])],
  ['map vs set', new Map(), new Set()],
  ['functions', () => {}, () => {}],
  ['cycle shapes', cyc(), { n: 1, self: { n: 1, self: {} } }],
  ['null vs undefined', null, undefined],
  ['null vs object', null, {}],
  ['date vs object', new Date(0), {}],
];

for (const [name, a, b] of equal) {
  assert.deepStrictEqual(a, b, name);
  assert.deepStrictEqual(b, a, name);
  const err = caught(() => assert.notDeepStrictEqual(a, b));
  same(err.code, 'ERR_ASSERTION', name + ': notDeepStrictEqual code');
  same(err.operator, 'notDeepStrictEqual', name + ': notDeepStrictEqual operator');
  sameValue(err.actual, a, name + ': actual');
  sameValue(err.expected, b, name + ': expected');
}

for (const [name, a, b] of unequal) {
  assert.notDeepStrictEqual(a, b, name);
  assert.notDeepStrictEqual(b, a, name);
  const err = caught(() => assert.deepStrictEqual(a, b));
  same(err.name, 'AssertionError', name + ': name');
  same(err.code, 'ERR_ASSERTION', name + ': code');
  same(err.operator, 'deepStrictEqual', name + ': operator');
  sameValue(err.actual, a, name + ': actual');
  sameValue(err.expected, b, name + ': expected');
  same(err.generatedMessage, true, name + ': generatedMessage');
  same(typeof err.message, 'string', name + ': message');
}

// Messages.
same(caught(() => assert.deepStrictEqual(1, 2)).message, 'Expected values to be strictly deep-equal:\n\n1 !== 2\n',
  'primitive message');
{
  const m = caught(() => assert.deepStrictEqual({ a: 1 }, { a: 2 })).message;
  same(m.startsWith('Expected values to be strictly deep-equal:\n+ actual - expected\n\n'), true, 'diff header: ' + m);
  same(/\+ .*a: 1/.test(m) && /- .*a: 2/.test(m), true, 'diff lines: ' + m);
}
{
  const m = caught(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })).message;
  same(m.startsWith('Expected "actual" not to be strictly deep-equal to:'), true, 'not message: ' + m);
}
{
  const e = caught(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
  same(e.message.startsWith('custom'), true, 'custom message: ' + e.message);
  same(e.generatedMessage, false, 'custom generatedMessage');
  same(caught(() => assert.notDeepStrictEqual(1, 1, 'custom')).message, 'custom', 'not custom');
}
const mine = new Error('mine');
same(caught(() => assert.deepStrictEqual(1, 2, mine)), mine, 'error as message');
same(caught(() => assert.deepStrictEqual(1)).code, 'ERR_MISSING_ARGS', 'missing args');
same(caught(() => assert.notDeepStrictEqual()).code, 'ERR_MISSING_ARGS', 'missing args (not)');
