'use strict';
// assert.doesNotThrow: passes when nothing is thrown, reports matching errors, rethrows others.
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
function thrower(err) {
  return () => {
    throw err;
  };
}

let calls = 0;
same(assert.doesNotThrow(() => { calls++; }), undefined, 'returns undefined');
assert.doesNotThrow(() => { calls++; }, 'message');
assert.doesNotThrow(() => { calls++; }, TypeError);
assert.doesNotThrow(() => { calls++; }, /x/, 'message');
same(calls, 4, 'function called once per assertion');

// Any error, no matcher: AssertionError.
{
  const thrown = new Error('a');
  const err = caught(() => assert.doesNotThrow(thrower(thrown)));
  same(err.name, 'AssertionError', 'name');
  same(err.code, 'ERR_ASSERTION', 'code');
  same(err.operator, 'doesNotThrow', 'operator');
  same(err.actual, thrown, 'actual');
  same(err.expected, undefined, 'expected');
  same(err.generatedMessage, false, 'generatedMessage');
  same(err.message, 'Got unwanted exception.\nActual message: "a"', 'message');
}
same(caught(() => assert.doesNotThrow(thrower(new Error('a')), 'msg')).message,
  'Got unwanted exception: msg\nActual message: "a"', 'message with text');

// Matching class / RegExp / function: AssertionError; non-matching: the original error is rethrown.
const cases = [
  [new TypeError('t'), TypeError, true],
  [new TypeError('t'), Error, true],
  [new TypeError('t'), RangeError, false],
  [new Error('hello'), /hell/, true],
  [new Error('hello'), /bye/, false],
  [new Error('x'), () => true, true],
  [new Error('x'), () => false, false],
];
for (const [thrown, matcher, reported] of cases) {
  const err = caught(() => assert.doesNotThrow(thrower(thrown), matcher));
  if (reported) {
    same(err.code, 'ERR_ASSERTION', 'reported code for ' + matcher);
    same(err.operator, 'doesNotThrow', 'reported operator');
    same(err.actual, thrown, 'reported actual');
    same(err.expected, matcher, 'reported expected');
  } else {
    same(err, thrown, 'rethrown for ' + matcher);
  }
}
same(caught(() => assert.doesNotThrow(thrower(new TypeError('a')), TypeError, 'm')).message,
  'Got unwanted exception: m\nActual message: "a"', 'class + message');

// Non-error thrown values.
{
  const err = caught(() => assert.doesNotThrow(thrower('str')));
  same(err.message, 'Got unwanted exception.\nActual message: "undefined"', 'string thrown');
  same(err.actual, 'str', 'string actual');
}

// Argument validation.
{
  const err = caught(() => assert.doesNotThrow('x'));
  same(err.code, 'ERR_INVALID_ARG_TYPE', 'fn type code');
  same(err.message, 'The "fn" argument must be of type function. Received type string (\'x\')', 'fn type message');
  const err2 = caught(() => assert.doesNotThrow(thrower(new Error('x')), 5));
  same(err2.code, 'ERR_INVALID_ARG_TYPE', 'matcher type code');
  same(err2.message.startsWith('The "expected" argument must be of type function or an instance of RegExp'), true,
    'matcher type message: ' + err2.message);
}
