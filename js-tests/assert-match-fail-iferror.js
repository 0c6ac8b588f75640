'use strict';
// assert.match / doesNotMatch, assert.fail and assert.ifError.
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

// match / doesNotMatch
assert.match('abc', /b/);
assert.match('abc', /^a.c$/);
assert.doesNotMatch('abc', /x/);
{
  const re = /x/;
  const err = caught(() => assert.match('abc', re));
  same(err.name, 'AssertionError', 'match name');
  same(err.code, 'ERR_ASSERTION', 'match code');
  same(err.operator, 'match', 'match operator');
  same(err.actual, 'abc', 'match actual');
  same(err.expected, re, 'match expected');
  same(err.generatedMessage, true, 'match generatedMessage');
  same(err.message, "The input did not match the regular expression /x/. Input:\n\n'abc'\n", 'match message');
}
{
  const err = caught(() => assert.doesNotMatch('abc', /b/));
  same(err.operator, 'doesNotMatch', 'doesNotMatch operator');
  same(err.message, "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n",
    'doesNotMatch message');
}
{
  const err = caught(() => assert.match(1, /x/));
  same(err.code, 'ERR_ASSERTION', 'non-string input is an assertion failure');
  same(err.message, 'The "string" argument must be of type string. Received type number (1)', 'non-string message');
  same(caught(() => assert.doesNotMatch(null, /x/)).code, 'ERR_ASSERTION', 'doesNotMatch non-string');
}
same(caught(() => assert.match('abc', /x/, 'custom')).message, 'custom', 'match custom message');
same(caught(() => assert.match('abc', /x/, 'custom')).generatedMessage, false, 'match custom generatedMessage');
{
  const mine = new Error('mine');
  same(caught(() => assert.match('abc', /x/, mine)), mine, 'match error message');
}
for (const bad of ['x', undefined, {}]) {
  const err = caught(() => assert.match('abc', bad));
  same(err.name, 'TypeError', 'match bad regexp name');
  same(err.code, 'ERR_INVALID_ARG_TYPE', 'match bad regexp code');
}
same(caught(() => assert.match('abc', 'b')).message,
  'The "regexp" argument must be an instance of RegExp. Received type string (\'b\')', 'match bad regexp message');
// A global regexp's lastIndex does not make a later match fail in a surprising way for match.
{
  const g = /a/g;
  assert.match('a', g);
}

// fail
{
  const err = caught(() => assert.fail());
  same(err.name, 'AssertionError', 'fail name');
  same(err.code, 'ERR_ASSERTION', 'fail code');
  same(err.message, 'Failed', 'fail default message');
  same(err.operator, 'fail', 'fail operator');
  same(err.generatedMessage, true, 'fail generatedMessage');
  same(err.actual, undefined, 'fail actual');
  same(err.expected, undefined, 'fail expected');
}
{
  const err = caught(() => assert.fail('boom'));
  same(err.message, 'boom', 'fail message');
  same(err.generatedMessage, false, 'fail message generatedMessage');
  same(err.operator, 'fail', 'fail message operator');
}
{
  const mine = new TypeError('mine');
  same(caught(() => assert.fail(mine)), mine, 'fail with an Error throws it');
}

// ifError
assert.ifError(null);
assert.ifError(undefined);
{
  const e = new Error('bad thing');
  const err = caught(() => assert.ifError(e));
  same(err.name, 'AssertionError', 'ifError name');
  same(err.code, 'ERR_ASSERTION', 'ifError code');
  same(err.operator, 'ifError', 'ifError operator');
  same(err.actual, e, 'ifError actual');
  same(err.expected, null, 'ifError expected');
  same(err.generatedMessage, false, 'ifError generatedMessage');
  same(err.message, 'ifError got unwanted exception: bad thing', 'ifError message');
}
const ifErrorMessages = [
  ['x', "ifError got unwanted exception: 'x'"],
  [0, 'ifError got unwanted exception: 0'],
  [false, 'ifError got unwanted exception: false'],
  [new TypeError(''), 'ifError got unwanted exception: TypeError'],
  [{ message: 'from object' }, 'ifError got unwanted exception: from object'],
];
for (const [value, msg] of ifErrorMessages) {
  same(caught(() => assert.ifError(value)).message, msg, 'ifError message for ' + String(value));
}
