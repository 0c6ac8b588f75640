'use strict';
// assert.rejects / assert.doesNotReject: promise and promise-returning function forms.
const assert = require('assert');

function same(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new Error(what + ': got ' + JSON.stringify(String(actual)) + ', want ' + JSON.stringify(String(expected)));
  }
}

let done = 0;
const EXPECTED_DONE = 16;
process.on('exit', () => {
  same(done, EXPECTED_DONE, 'completed checks');
});

// The functions return promises.
same(assert.rejects(Promise.reject(new Error('x'))) instanceof Promise, true, 'rejects returns a promise');
same(assert.doesNotReject(Promise.resolve(1)) instanceof Promise, true, 'doesNotReject returns a promise');

// Expect the promise to reject with an error satisfying check(err).
function expectRejection(p, check, what) {
  p.then(() => {
    throw new Error(what + ': expected a rejection');
  }, (err) => {
    check(err);
    done++;
  }).catch((e) => {
    process.exitCode = 1;
    console.error(e);
  });
}
function expectFulfilled(p, what) {
  p.then((v) => {
    same(v, undefined, what + ' value');
    done++;
  }, (e) => {
    process.exitCode = 1;
    console.error(what, e);
  });
}

(async () => {
  // Passing cases, awaited in sequence.
  await assert.rejects(Promise.reject(new Error('boom')));
  await assert.rejects(() => Promise.reject(new TypeError('boom')), TypeError);
  await assert.rejects(async () => { throw new Error('boom'); }, /boom/);
  await assert.rejects(Promise.reject(new Error('boom')), { message: 'boom', name: 'Error' });
  await assert.doesNotReject(Promise.resolve('v'));
  await assert.doesNotReject(async () => 42);
  done++;
})().catch((e) => {
  process.exitCode = 1;
  console.error(e);
});

expectFulfilled(assert.rejects(Promise.reject(new Error('x')), Error), 'rejects fulfills with undefined');
expectFulfilled(assert.doesNotReject(() => Promise.resolve(1)), 'doesNotReject fulfills with undefined');

expectRejection(assert.rejects(Promise.resolve(1)), (err) => {
  same(err.name, 'AssertionError', 'missing rejection name');
  same(err.code, 'ERR_ASSERTION', 'missing rejection code');
  same(err.operator, 'rejects', 'missing rejection operator');
  same(err.message, 'Missing expected rejection.', 'missing rejection message');
  same(err.generatedMessage, false, 'missing rejection generatedMessage');
}, 'missing rejection');

expectRejection(assert.rejects(async () => 1, Error, 'm'), (err) => {
  same(err.message, 'Missing expected rejection (Error): m', 'missing rejection with class and message');
}, 'missing rejection 2');

expectRejection(assert.rejects(Promise.reject(new Error('q')), { message: 'r' }), (err) => {
  same(err.operator, 'rejects', 'object matcher operator');
  same(err.message.startsWith('Expected values to be strictly deep-equal:'), true, 'object matcher message');
}, 'object matcher');

expectRejection(assert.rejects(Promise.reject(new Error('q')), TypeError), (err) => {
  same(err.operator, 'rejects', 'class matcher operator');
  same(err.message, 'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nq',
    'class matcher message');
}, 'class matcher');

expectRejection(assert.rejects(() => 1), (err) => {
  same(err.name, 'TypeError', 'non-promise return name');
  same(err.code, 'ERR_INVALID_RETURN_VALUE', 'non-promise return code');
}, 'non-promise return');

expectRejection(assert.rejects(1), (err) => {
  same(err.code, 'ERR_INVALID_ARG_TYPE', 'bad arg code');
  same(err.message, 'The "promiseFn" argument must be of type function or an instance of Promise. Received type number (1)',
    'bad arg message');
}, 'bad arg');

const rejection = new Error('z');
expectRejection(assert.doesNotReject(Promise.reject(rejection)), (err) => {
  same(err.name, 'AssertionError', 'unwanted rejection name');
  same(err.operator, 'doesNotReject', 'unwanted rejection operator');
  same(err.actual, rejection, 'unwanted rejection actual');
  same(err.message, 'Got unwanted rejection.\nActual message: "z"', 'unwanted rejection message');
}, 'unwanted rejection');

expectRejection(assert.doesNotReject(() => Promise.reject(new Error('z')), 'mm'), (err) => {
  same(err.message, 'Got unwanted rejection: mm\nActual message: "z"', 'unwanted rejection with message');
}, 'unwanted rejection 2');

const other = new RangeError('other');
expectRejection(assert.doesNotReject(Promise.reject(other), TypeError), (err) => {
  same(err, other, 'non-matching rejection passed through');
}, 'non-matching');

expectRejection(assert.doesNotReject(() => 1), (err) => {
  same(err.code, 'ERR_INVALID_RETURN_VALUE', 'doesNotReject non-promise code');
}, 'doesNotReject non-promise');

// Thenables with then and catch count as promises.
const thenable = {
  then(onOk, onErr) { return Promise.reject(new Error('thenable')).then(onOk, onErr); },
  catch(onErr) { return this.then(undefined, onErr); },
};
expectFulfilled(assert.rejects(thenable, /thenable/), 'thenable');
expectRejection(assert.rejects({ then() {} }), (err) => {
  same(err.code, 'ERR_INVALID_ARG_TYPE', 'then-only object is not a promise');
}, 'then-only');

// A synchronous throw from promiseFn is not a rejection to match: it rejects the returned promise as is.
const syncErr = new Error('sync throw inside promiseFn');
expectRejection(assert.rejects(() => { throw syncErr; }, /sync throw/), (err) => {
  same(err, syncErr, 'sync throw passed through');
}, 'sync throw');
