// expect-exit: 3
// process.exitCode is the status once the loop drains; 'exit' listeners see it.
const assert = require('assert');
process.exitCode = 3;
process.on('exit', (code) => {
  assert.strictEqual(code, 3);
  assert.strictEqual(process.exitCode, 3);
});
assert.throws(() => { process.exitCode = 'abc'; }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
