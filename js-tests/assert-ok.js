'use strict';
// assert() and assert.ok(): truthy values pass, falsy values throw AssertionError with operator '=='.
const assert = require('assert');

// Independent checkers (do not rely on the module under test to report its own failures).
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

const truthy = [true, 1, -1, 'x', ' ', {}, [], () => {}, Symbol('s'), 1n, new Boolean(false), Infinity];
for (const v of truthy) {
  assert(v);
  assert.ok(v);
  assert.ok(v, 'unused message');
}

const falsy = [false, 0, -0, '', null, undefined, NaN, 0n];
for (const v of falsy) {
  for (const fn of [assert, assert.ok]) {
    const err = caught(() => fn(v));
    same(err instanceof assert.AssertionError, true, 'instanceof AssertionError');
    same(err instanceof Error, true, 'instanceof Error');
    same(err.name, 'AssertionError', 'name');
    same(err.code, 'ERR_ASSERTION', 'code');
    same(err.operator, '==', 'operator');
    same(err.actual, v, 'actual');
    same(err.expected, true, 'expected');
    same(err.generatedMessage, true, 'generatedMessage');
    same(typeof err.message, 'string', 'message type');
    same(err.message.length > 0, true, 'message non-empty');
  }
}

// No argument at all.
{
  const err = caught(() => assert.ok());
  same(err.message, 'No value argument passed to `assert.ok()`', 'no-arg message');
  same(err.actual, undefined, 'no-arg actual');
  same(err.generatedMessage, true, 'no-arg generatedMessage');
  const err2 = caught(() => assert());
  same(err2.message, 'No value argument passed to `assert.ok()`', 'assert() message');
}

// Custom message string.
{
  const err = caught(() => assert.ok(0, 'my message'));
  same(err.message, 'my message', 'custom message');
  same(err.generatedMessage, false, 'custom generatedMessage');
  same(err.operator, '==', 'custom operator');
  const err2 = caught(() => assert(null, 'other'));
  same(err2.message, 'other', 'assert custom message');
}

// An Error instance as message is thrown as is.
{
  const mine = new TypeError('mine');
  same(caught(() => assert.ok(false, mine)), mine, 'error message thrown as is');
  same(caught(() => assert('', mine)), mine, 'assert error message thrown as is');
}

// toString and stack header.
{
  const err = caught(() => assert.ok(false, 'boom'));
  same(String(err), 'AssertionError [ERR_ASSERTION]: boom', 'toString');
  same(err.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: boom', 'stack first line');
  same(Object.keys(err).join(','), 'generatedMessage,code,actual,expected,operator', 'enumerable keys');
}

// Without a message, the failing call's source text is quoted.
{
  const err = caught(() => assert.ok(typeof 1 === 'string'));
  same(err.message, "The expression evaluated to a falsy value:\n\n  assert.ok(typeof 1 === 'string')\n", 'source message');
  const err2 = caught(() => {
    assert(
      null,
      undefined
    );
  });
  same(err2.message, 'The expression evaluated to a falsy value:\n\n  assert(\n    null,\n    undefined\n  )\n',
    'multi-line source message');
}
