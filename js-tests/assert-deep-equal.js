'use strict';
// assert.deepEqual / notDeepEqual (loose): == for primitives, prototypes ignored, symbols ignored.
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

const equal = [
  ['1 == "1"', 1, '1'],
  ['-0 == 0', -0, 0],
  ['NaN', NaN, NaN],
  ['null == undefined', null, undefined],
  ['nested loose', { a: 1, b: ['2'] }, { a: '1', b: [2] }],
  ['prototype ignored', new Foo(), { a: 1 }],
  ['null proto', Object.create(null), {}],
  ['symbols ignored', { [sym]: 1 }, { [sym]: 2 }],
  ['set loose', new Set([1]), new Set(['1'])],
  ['map loose keys', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['map loose values', new Map([['k', 1]]), new Map([['k', '1']])],
  ['float -0', new Float64Array([0]), new Float64Array([-0])],
  ['buffer vs uint8array', Buffer.from('ab'), new Uint8Array([97, 98])],
  ['dates', new Date(7), new Date(7)],
  ['regexps', /x/m, /x/m],
  ['boxed', new Number(3), new Number(3)],
  ['errors', new RangeError('r'), new RangeError('r')],
  ['arrays order matters', [1, 2], ['1', '2']],
];

const unequal = [
  ['1 vs 2', 1, 2],
  ['object vs array', {}, []],
  ['different values', { a: 1 }, { a: 2 }],
  ['extra key', { a: 1 }, { a: 1, b: 1 }],
  ['array order', [1, 2], [2, 1]],
  ['hole vs undefined', [1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  ['regexp flags', /a/g, /a/i],
  ['dates', new Date(1), new Date(2)],
  ['float NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['boxed vs primitive', new Number(1), 1],
  ['error message', new Error('a'), new Error('b')],
  ['sets', new Set([1, 2]), new Set([1, 3])],
  ['maps', new Map([[1, 2]]), new Map([[1, 3]])],
  ['null vs object', null, {}],
  ['0 vs null', 0, null],
];

for (const [name, a, b] of equal) {
  assert.deepEqual(a, b, name);
  assert.deepEqual(b, a, name);
  const err = caught(() => assert.notDeepEqual(a, b));
  same(err.code, 'ERR_ASSERTION', name + ': notDeepEqual code');
  same(err.operator, 'notDeepEqual', name + ': notDeepEqual operator');
  sameValue(err.actual, a, name + ': actual');
  sameValue(err.expected, b, name + ': expected');
}

for (const [name, a, b] of unequal) {
  assert.notDeepEqual(a, b, name);
  assert.notDeepEqual(b, a, name);
  const err = caught(() => assert.deepEqual(a, b));
  same(err.name, 'AssertionError', name + ': name');
  same(err.code, 'ERR_ASSERTION', name + ': code');
  same(err.operator, 'deepEqual', name + ': operator');
  sameValue(err.actual, a, name + ': actual');
  sameValue(err.expected, b, name + ': expected');
  same(err.generatedMessage, true, name + ': generatedMessage');
}

// Loose deep equality handles cycles too.
{
  const a = { v: '1' };
  a.self = a;
  const b = { v: 1 };
  b.self = b;
  assert.deepEqual(a, b);
}

// Messages.
same(caught(() => assert.deepEqual(1, 2)).message,
  'Expected values to be loosely deep-equal:\n\n1\n\nshould loosely deep-equal\n\n2', 'primitive message');
{
  const m = caught(() => assert.deepEqual({ a: 1 }, { a: 2 })).message;
  same(m.startsWith('Expected values to be loosely deep-equal:\n\n'), true, 'object message: ' + m);
  same(m.includes('\n\nshould loosely deep-equal\n\n'), true, 'object message middle: ' + m);
}
{
  const m = caught(() => assert.notDeepEqual({ a: 1 }, { a: 1 })).message;
  same(m.startsWith('Expected "actual" not to be loosely deep-equal to:\n\n'), true, 'not message: ' + m);
  const m2 = caught(() => assert.notDeepEqual(1, '1')).message;
  same(m2, "Expected values not to be loosely deep-equal:\n\n1\n\nshould not loosely deep-equal\n\n'1'",
    'not message unequal rendering');
}
same(caught(() => assert.deepEqual(1, 2, 'custom')).message, 'custom', 'custom message');
same(caught(() => assert.deepEqual(1)).code, 'ERR_MISSING_ARGS', 'missing args');
