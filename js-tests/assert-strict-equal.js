'use strict';
// assert.strictEqual / assert.notStrictEqual: Object.is comparison and Node's messages.
const assert = require('assert');

function same(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new Error(what + ': got ' + JSON.stringify(String(actual)) + ', want ' + JSON.stringify(String(expected)));
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

const obj = {};
const sym = Symbol('s');
for (const [a, b] of [[1, 1], ['x', 'x'], [NaN, NaN], [null, null], [undefined, undefined], [obj, obj],
  [sym, sym], [10n, 10n], [-0, -0], [true, true]]) {
  assert.strictEqual(a, b);
  const err = caught(() => assert.notStrictEqual(a, b));
  same(err.code, 'ERR_ASSERTION', 'notStrictEqual code');
  same(err.operator, 'notStrictEqual', 'notStrictEqual operator');
  same(err.actual, a, 'notStrictEqual actual');
  same(err.expected, b, 'notStrictEqual expected');
}

for (const [a, b] of [[1, '1'], [0, -0], [null, undefined], [{}, {}], [[], []], [1n, 1], ['a', 'b'], [NaN, 0]]) {
  assert.notStrictEqual(a, b);
  const err = caught(() => assert.strictEqual(a, b));
  same(err.name, 'AssertionError', 'strictEqual name');
  same(err.code, 'ERR_ASSERTION', 'strictEqual code');
  same(err.operator, 'strictEqual', 'strictEqual operator');
  same(err.actual, a, 'strictEqual actual');
  same(err.expected, b, 'strictEqual expected');
  same(err.generatedMessage, true, 'strictEqual generatedMessage');
}

// Exact messages for short primitives.
const messages = [
  [() => assert.strictEqual(1, 2), 'Expected values to be strictly equal:\n\n1 !== 2\n'],
  [() => assert.strictEqual('a', 'b'), "Expected values to be strictly equal:\n\n'a' !== 'b'\n"],
  [() => assert.strictEqual(1, '1'), "Expected values to be strictly equal:\n\n1 !== '1'\n"],
  [() => assert.strictEqual(1n, 1), 'Expected values to be strictly equal:\n\n1n !== 1\n'],
  [() => assert.strictEqual(true, false), 'Expected values to be strictly equal:\n\ntrue !== false\n'],
  [() => assert.notStrictEqual(1, 1), 'Expected "actual" to be strictly unequal to: 1'],
  [() => assert.notStrictEqual('abcdef', 'abcdef'), "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'"],
  [() => assert.strictEqual(1, 2, 'custom'), 'custom\n\n1 !== 2\n'],
  [() => assert.notStrictEqual(1, 1, 'custom'), 'custom'],
];
for (const [fn, msg] of messages) same(caught(fn).message, msg, 'message of ' + fn);

// Longer values get a +/- diff.
{
  const err = caught(() => assert.strictEqual(null, undefined));
  same(err.message.startsWith('Expected values to be strictly equal:\n+ actual - expected\n\n'), true, 'diff header');
  same(err.message.includes('+ null'), true, 'diff actual line');
  same(err.message.includes('- undefined'), true, 'diff expected line');
}
{
  const err = caught(() => assert.strictEqual('a'.repeat(30), 'b'.repeat(30)));
  same(err.message,
    "Expected values to be strictly equal:\n+ actual - expected\n\n+ '" + 'a'.repeat(30) + "'\n- '" + 'b'.repeat(30) + "'",
    'long string diff');
}

// Objects: identity, not structure.
{
  const err = caught(() => assert.strictEqual({ a: 1 }, { a: 1 }));
  same(err.message.startsWith('Values have same structure but are not reference-equal:\n\n'), true,
    'same structure message: ' + err.message);
  same(err.operator, 'strictEqual', 'same structure operator');
  const err2 = caught(() => assert.strictEqual({ a: 1 }, { a: 2 }));
  same(err2.message.startsWith('Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n'), true,
    'reference-equal message: ' + err2.message);
  const err3 = caught(() => assert.notStrictEqual(obj, obj));
  same(err3.message.startsWith('Expected "actual" not to be reference-equal to "expected":'), true,
    'not reference-equal message: ' + err3.message);
}

// Error instance as message; missing args.
const mine = new Error('mine');
same(caught(() => assert.strictEqual(1, 2, mine)), mine, 'error as message');
same(caught(() => assert.notStrictEqual(1, 1, mine)), mine, 'error as message (not)');
for (const fn of [() => assert.strictEqual(), () => assert.strictEqual(1), () => assert.notStrictEqual(1)]) {
  const err = caught(fn);
  same(err.code, 'ERR_MISSING_ARGS', 'missing args code');
  same(err.name, 'TypeError', 'missing args name');
}
