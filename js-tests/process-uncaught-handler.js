// 'uncaughtException' listeners receive the error and its origin, and the process goes on.
const assert = require('assert');
const seen = [];
process.on('uncaughtException', (err, origin) => { seen.push([err.message, origin]); });
setTimeout(() => { throw new Error('from timer'); }, 1);
process.nextTick(() => { throw new Error('from tick'); });
Promise.reject(new Error('from promise'));
setTimeout(() => { seen.push(['later timer ran', '']); }, 30);
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(seen, [
    ['from tick', 'uncaughtException'],
    ['from promise', 'unhandledRejection'],
    ['from timer', 'uncaughtException'],
    ['later timer ran', ''],
  ]);
});
