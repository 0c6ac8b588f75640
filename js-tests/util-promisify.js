'use strict';
// util.promisify (with util.promisify.custom), util.callbackify, util.deprecate.
const assert = require('assert');
const util = require('util');

let checks = 0;
process.on('exit', () => assert.strictEqual(checks, 7));

function addLater(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function failLater(cb) { setTimeout(() => cb(new Error('nope')), 1); }
const obj = { base: 10, read(cb) { cb(null, this.base); } };

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
const custom = () => Promise.resolve('custom');
function withCustom() {}
withCustom[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(withCustom), custom);
const p1 = util.promisify(addLater);
assert.strictEqual(util.promisify(p1), p1, 'promisify of a promisified function is itself');
assert.throws(() => util.promisify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});

(async () => {
  assert.strictEqual(await p1(2, 3), 5);
  checks++;
  await assert.rejects(util.promisify(failLater)(), { message: 'nope' });
  checks++;
  obj.readAsync = util.promisify(obj.read);
  assert.strictEqual(await obj.readAsync(), 10, 'this is preserved');
  checks++;

  // callbackify: resolve -> (null, value), reject -> (err), falsy rejection is wrapped
  const cbOk = util.callbackify(async (x) => x * 2);
  assert.strictEqual(cbOk.name, 'Callbackified');
  await new Promise((resolve) => cbOk(21, (err, v) => {
    assert.strictEqual(err, null);
    assert.strictEqual(v, 42);
    checks++;
    resolve();
  }));
  async function fails() { throw new Error('bad'); }
  const cbErr = util.callbackify(fails);
  assert.strictEqual(cbErr.name, 'failsCallbackified');
  assert.strictEqual(cbErr.length, 1);
  await new Promise((resolve) => cbErr((err) => {
    assert.strictEqual(err.message, 'bad');
    checks++;
    resolve();
  }));
  const cbFalsy = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => cbFalsy((err) => {
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.strictEqual(err.reason, null);
    checks++;
    resolve();
  }));
  assert.throws(() => cbOk(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The last argument must be of type function. Received type number (1)',
  });

  // deprecate: warns once via process.emitWarning with type DeprecationWarning
  const warnings = [];
  const original = process.emitWarning;
  process.emitWarning = (...args) => warnings.push(args);
  try {
    const old = util.deprecate((a) => a + 1, 'old() is deprecated', 'DEP_TEST_1');
    assert.strictEqual(old(1), 2);
    assert.strictEqual(old(2), 3);
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0][0], 'old() is deprecated');
    assert.strictEqual(warnings[0][1], 'DeprecationWarning');
    assert.strictEqual(warnings[0][2], 'DEP_TEST_1');
    const again = util.deprecate(() => 0, 'same code', 'DEP_TEST_1');
    again();
    assert.strictEqual(warnings.length, 1, 'a code warns only once per process');
    const noCode = util.deprecate(() => 0, 'no code');
    noCode();
    noCode();
    assert.strictEqual(warnings.length, 2);
    assert.strictEqual(warnings[1][0], 'no code');
    assert.strictEqual(warnings[1][1], 'DeprecationWarning');
    class Old { constructor(v) { this.v = v; } }
    const D = util.deprecate(Old, 'class deprecated');
    assert.strictEqual(new D(5).v, 5);
    assert.ok(new D(1) instanceof Old);
    checks++;
  } finally {
    process.emitWarning = original;
  }
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});
