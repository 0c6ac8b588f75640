'use strict';
// assert.equal / assert.notEqual: loose (==) comparison, NaN equals NaN.
const assert = require('assert');

function same(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new Error(what + ': got ' + String(actual) + ', want ' + String(expected));
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

const obj = { a: 1 };
const equalPairs = [
  [1, 1], [1, '1'], [0, -0], [0, ''], [null, undefined], [true, 1], [false, '0'], [NaN, NaN],
  ['a', 'a'], [obj, obj], [1n, 1], [[1], '1'],
];
for (const [a, b] of equalPairs) {
  assert.equal(a, b);
  assert.equal(b, a);
  const err = caught(() => assert.notEqual(a, b));
  same(err.code, 'ERR_ASSERTION', 'notEqual code');
  same(err.operator, '!=', 'notEqual operator');
  same(err.actual, a, 'notEqual actual');
  same(err.expected, b, 'notEqual expected');
  same(err.generatedMessage, true, 'notEqual generatedMessage');
}

const unequalPairs = [
  [1, 2], ['a', 'b'], [null, 0], [undefined, 0], [{}, {}], [NaN, 0], [1, '2'], [[1], [1]],
];
for (const [a, b] of unequalPairs) {
  assert.notEqual(a, b);
  const err = caught(() => assert.equal(a, b));
  same(err.name, 'AssertionError', 'equal name');
  same(err.code, 'ERR_ASSERTION', 'equal code');
  same(err.operator, '==', 'equal operator');
  same(err.actual, a, 'equal actual');
  same(err.expected, b, 'equal expected');
}

// Messages for primitives.
const messages = [
  [() => assert.equal(1, 2), '1 == 2'],
  [() => assert.equal('a', 'b'), "'a' == 'b'"],
  [() => assert.equal(null, 0), 'null == 0'],
  [() => assert.notEqual(1, '1'), "1 != '1'"],
  [() => assert.notEqual(NaN, NaN), 'NaN != NaN'],
  [() => assert.notEqual(undefined, null), 'undefined != null'],
  [() => assert.equal(1, 2, 'custom'), 'custom'],
  [() => assert.notEqual(1, 1, 'custom2'), 'custom2'],
];
for (const [fn, msg] of messages) same(caught(fn).message, msg, 'message of ' + fn);
same(caught(() => assert.equal(1, 2, 'c')).generatedMessage, false, 'custom generatedMessage');

// Error instance as message.
const mine = new RangeError('mine');
same(caught(() => assert.equal(1, 2, mine)), mine, 'error message');

// Missing arguments.
for (const fn of [() => assert.equal(), () => assert.equal(1), () => assert.notEqual(1)]) {
  const err = caught(fn);
  same(err.name, 'TypeError', 'missing args name');
  same(err.code, 'ERR_MISSING_ARGS', 'missing args code');
  same(err.message, 'The "actual" and "expected" arguments must be specified', 'missing args message');
}
// Explicit undefined counts as given.
assert.equal(undefined, undefined);
assert.equal(undefined, null);
