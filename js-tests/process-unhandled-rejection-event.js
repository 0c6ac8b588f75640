// 'unhandledRejection' listeners get the reason and the promise, and the process exits 0.
const assert = require('assert');
const reasons = [];
process.on('unhandledRejection', (reason, promise) => {
  assert.ok(promise instanceof Promise);
  reasons.push(reason instanceof Error ? reason.message : reason);
});
Promise.reject(new Error('one'));
Promise.reject('two');
(async () => { throw new Error('three'); })();
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(reasons, ['one', 'two', 'three']);
});
