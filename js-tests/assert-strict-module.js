'use strict';
// assert.strict, require('assert/strict') and node: names; the AssertionError class itself.
const assert = require('assert');
const strict = require('assert/strict');
const nodeStrict = require('node:assert/strict');
const nodeAssert = require('node:assert');

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

same(strict, assert.strict, 'assert/strict is assert.strict');
// The node: names give the same modules (checked by behaviour: the dev shim cannot redirect node: names).
nodeAssert.equal(1, '1');
same(caught(() => nodeAssert.strictEqual(1, '1')).code, 'ERR_ASSERTION', 'node:assert strictEqual');
same(caught(() => nodeStrict.equal(1, '1')).operator, 'strictEqual', 'node:assert/strict equal is strict');
same(nodeStrict.strict, nodeStrict, 'node:assert/strict .strict');
same(strict.strict, strict, 'strict.strict');
same(typeof strict, 'function', 'strict is callable');
same(strict.AssertionError, assert.AssertionError, 'same AssertionError');

// Strict variants are the defaults.
same(strict.equal, assert.strictEqual, 'equal');
same(strict.notEqual, assert.notStrictEqual, 'notEqual');
same(strict.deepEqual, assert.deepStrictEqual, 'deepEqual');
same(strict.notDeepEqual, assert.notDeepStrictEqual, 'notDeepEqual');
for (const name of ['ok', 'strictEqual', 'deepStrictEqual', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject',
  'ifError', 'match', 'doesNotMatch', 'fail']) {
  same(strict[name], assert[name], name + ' shared');
}

{
  const err = caught(() => strict.equal(1, '1'));
  same(err.operator, 'strictEqual', 'strict.equal operator');
  same(err.message, "Expected values to be strictly equal:\n\n1 !== '1'\n", 'strict.equal message');
  same(caught(() => strict.notEqual(1, 1)).operator, 'notStrictEqual', 'strict.notEqual operator');
  same(caught(() => strict.deepEqual({ a: 1 }, { a: '1' })).operator, 'deepStrictEqual', 'strict.deepEqual operator');
  strict.notDeepEqual({ a: 1 }, { a: '1' });
  assert.equal(1, '1');
}
{
  strict(true);
  const err = caught(() => strict(false));
  same(err.operator, '==', 'strict() operator');
  same(err.actual, false, 'strict() actual');
  same(caught(() => strict()).message, 'No value argument passed to `assert.ok()`', 'strict() no args');
}

// AssertionError constructor.
{
  const { AssertionError } = assert;
  const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  same(e instanceof Error, true, 'instanceof Error');
  same(e.name, 'AssertionError', 'name');
  same(e.code, 'ERR_ASSERTION', 'code');
  same(e.actual, 1, 'actual');
  same(e.expected, 2, 'expected');
  same(e.operator, 'strictEqual', 'operator');
  same(e.generatedMessage, true, 'generatedMessage');
  same(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n', 'message');
  same(Object.keys(e).join(','), 'generatedMessage,code,actual,expected,operator', 'keys');
  same(Object.prototype.propertyIsEnumerable.call(e, 'name'), false, 'name not enumerable');

  const e2 = new AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'foo' });
  same(e2.message, 'hi', 'custom message');
  same(e2.generatedMessage, false, 'custom generatedMessage');
  same(String(e2), 'AssertionError [ERR_ASSERTION]: hi', 'toString');

  same(new AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message, '1 foo 2', 'generic operator');
  same(new AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'strictEqual' }).message,
    'hi\n\n1 !== 2\n', 'custom message keeps comparison');

  for (const bad of [1, 'x', null, undefined]) {
    const err = caught(() => new AssertionError(bad));
    same(err.code, 'ERR_INVALID_ARG_TYPE', 'constructor arg code');
    same(err.name, 'TypeError', 'constructor arg name');
  }
}

// assert.fail with several arguments (deprecated form) still works.
{
  const err = caught(() => assert.fail(1, 2));
  same(err.message, '1 != 2', 'fail(a, b) message');
  same(err.operator, '!=', 'fail(a, b) operator');
  same(err.actual, 1, 'fail(a, b) actual');
  same(err.expected, 2, 'fail(a, b) expected');
  const err2 = caught(() => assert.fail(1, 2, undefined, '>'));
  same(err2.message, '1 > 2', 'fail operator message');
  same(err2.operator, '>', 'fail operator');
  same(caught(() => assert.fail(1, 2, 'msg')).message, 'msg', 'fail custom message');
}
