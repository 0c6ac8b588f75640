'use strict';
// assert.throws with function, RegExp, class, validation-function and object matchers.
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

class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
    this.code = 'E_MINE';
  }
}

// Passing cases.
let validatorCalls = 0;
const passing = [
  [thrower(new Error('boom'))],
  [thrower(new Error('boom')), Error],
  [thrower(new TypeError('boom')), Error],
  [thrower(new TypeError('boom')), TypeError],
  [thrower(new MyError('boom')), MyError],
  [thrower(new Error('boom')), /boom/],
  [thrower(new Error('boom')), /^Error: boom$/],
  [thrower('plain string'), /plain/],
  [thrower(new Error('boom')), (e) => { validatorCalls++; return e instanceof Error && e.message === 'boom'; }],
  [thrower(new Error('boom')), { message: 'boom' }],
  [thrower(new Error('boom')), { message: /bo+m/, name: 'Error' }],
  [thrower(new MyError('boom')), { code: 'E_MINE', name: /My/ }],
  [thrower(Object.assign(new Error('x'), { info: { a: [1] } })), { info: { a: [1] } }],
  [thrower(new Error('boom')), new Error('boom')],
  [thrower({ a: 1, b: 2 }), { a: 1 }],
  [thrower(new Error('boom')), Error, 'with message'],
  [thrower(new Error('boom')), 'just a message'],
];
for (const args of passing) {
  const ret = assert.throws(...args);
  same(ret, undefined, 'throws returns undefined');
}
same(validatorCalls, 1, 'validation function calls');

// Missing exception.
const missing = [
  [[() => {}], 'Missing expected exception.'],
  [[() => {}, 'msg'], 'Missing expected exception: msg'],
  [[() => {}, Error], 'Missing expected exception (Error).'],
  [[() => {}, TypeError, 'nope'], 'Missing expected exception (TypeError): nope'],
  [[() => {}, /x/], 'Missing expected exception.'],
  [[() => {}, { message: 'x' }], 'Missing expected exception.'],
];
for (const [args, msg] of missing) {
  const err = caught(() => assert.throws(...args));
  same(err.name, 'AssertionError', 'missing name');
  same(err.code, 'ERR_ASSERTION', 'missing code');
  same(err.operator, 'throws', 'missing operator');
  same(err.message, msg, 'missing message');
  same(err.actual, undefined, 'missing actual');
  same(err.generatedMessage, false, 'missing generatedMessage');
}

// Wrong class: AssertionError naming both classes.
{
  const thrown = new Error('a');
  const err = caught(() => assert.throws(thrower(thrown), TypeError));
  same(err.code, 'ERR_ASSERTION', 'class code');
  same(err.operator, 'throws', 'class operator');
  same(err.actual, thrown, 'class actual');
  same(err.expected, TypeError, 'class expected');
  same(err.generatedMessage, true, 'class generatedMessage');
  same(err.message, 'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\na',
    'class message');
  const err2 = caught(() => assert.throws(thrower(5), TypeError));
  same(err2.message, 'The error is expected to be an instance of "TypeError". Received "5"', 'class message (5)');
  const err3 = caught(() => assert.throws(thrower(new Error('a')), TypeError, 'custom'));
  same(err3.message, 'custom', 'class custom message');
  same(err3.generatedMessage, false, 'class custom generatedMessage');
}

// RegExp that does not match.
{
  const err = caught(() => assert.throws(thrower(new Error('a')), /b/));
  same(err.message, "The input did not match the regular expression /b/. Input:\n\n'Error: a'\n", 'regexp message');
  same(err.operator, 'throws', 'regexp operator');
  same(err.generatedMessage, true, 'regexp generatedMessage');
}

// Validation function returning something other than true.
{
  const err = caught(() => assert.throws(thrower(new Error('a')), () => false));
  same(err.message, 'The validation function is expected to return "true". Received false\n\nCaught error:\n\nError: a',
    'validator message');
  const check = () => 1;
  const err2 = caught(() => assert.throws(thrower(new Error('a')), check));
  same(err2.message.startsWith('The "check" validation function is expected to return "true". Received 1'), true,
    'named validator message: ' + err2.message);
}

// Object matcher mismatch: diff of the compared keys.
{
  const thrown = new Error('x');
  const expected = { message: 'y' };
  const err = caught(() => assert.throws(thrower(thrown), expected));
  same(err.code, 'ERR_ASSERTION', 'object code');
  same(err.operator, 'throws', 'object operator');
  same(err.actual, thrown, 'object actual');
  same(err.expected, expected, 'object expected');
  same(err.message.startsWith('Expected values to be strictly deep-equal:\n+ actual - expected\n\n'), true,
    'object message: ' + err.message);
  same(err.message.includes("'x'") && err.message.includes("'y'"), true, 'object message values: ' + err.message);
  const err2 = caught(() => assert.throws(thrower(new Error('x')), { name: 'TypeError', message: 'x' }));
  same(err2.message.includes("'TypeError'"), true, 'object name: ' + err2.message);
  const err3 = caught(() => assert.throws(thrower(new Error('x')), { foo: 1 }));
  same(err3.operator, 'throws', 'missing key operator');
  const err4 = caught(() => assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom'));
  same(err4.message, 'custom', 'object custom message');
  const err5 = caught(() => assert.throws(thrower(null), { a: 1 }));
  same(err5.operator, 'throws', 'null thrown operator');
  same(err5.actual, null, 'null thrown actual');
  const err6 = caught(() => assert.throws(thrower(new Error('x')), new Error('y')));
  same(err6.operator, 'throws', 'error instance matcher operator');
}

// Argument validation.
const argErrors = [
  [() => assert.throws('x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "fn" argument must be of type function. Received type string (\'x\')'],
  [() => assert.throws(), 'TypeError', 'ERR_INVALID_ARG_TYPE', null],
  [() => assert.throws(thrower(new Error('x')), 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "error" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)'],
  [() => assert.throws(thrower(new Error('x')), 'a', 'b'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "error" argument must be of type function or an instance of Error, RegExp, or Object. Received type string (\'a\')'],
  [() => assert.throws(thrower(new Error('x')), 'a', undefined), 'TypeError', 'ERR_INVALID_ARG_TYPE', null],
  [() => assert.throws(thrower(new Error('x')), {}), 'TypeError', 'ERR_INVALID_ARG_VALUE',
    "The argument 'error' may not be an empty object. Received {}"],
  [() => assert.throws(thrower('x'), 'x'), 'TypeError', 'ERR_AMBIGUOUS_ARGUMENT',
    'The "error/message" argument is ambiguous. The error "x" is identical to the message.'],
  [() => assert.throws(thrower(new Error('x')), 'x'), 'TypeError', 'ERR_AMBIGUOUS_ARGUMENT',
    'The "error/message" argument is ambiguous. The error message "x" is identical to the message.'],
];
for (const [fn, name, code, msg] of argErrors) {
  const err = caught(fn);
  same(err.name, name, 'arg error name for ' + fn);
  same(err.code, code, 'arg error code for ' + fn);
  if (msg !== null) same(err.message, msg, 'arg error message for ' + fn);
}

// Calling a class that is not an Error subclass as validator: its TypeError propagates.
{
  class NotAnError {}
  const err = caught(() => assert.throws(thrower(new Error('x')), NotAnError));
  same(err instanceof TypeError, true, 'class call TypeError');
  assert.throws(thrower(new NotAnError()), NotAnError);
}

// An Error instance as message argument: thrown as is by the object matcher, stringified by others.
{
  const mine = new RangeError('mine');
  same(caught(() => assert.throws(thrower(new Error('a')), { message: 'b' }, mine)), mine, 'object matcher');
  const err = caught(() => assert.throws(thrower(new Error('a')), /b/, mine));
  same(err.code, 'ERR_ASSERTION', 'regexp + error message code');
  same(err.message, 'RangeError: mine', 'regexp + error message text');
  same(err.generatedMessage, false, 'regexp + error message generatedMessage');
  same(caught(() => assert.throws(() => {}, Error, mine)).message, 'Missing expected exception (Error): RangeError: mine',
    'missing + error message');
}
// A string error plus a message is ambiguous only with exactly those two extra arguments.
assert.throws(thrower(new Error('x')), 'a', undefined, 5);
