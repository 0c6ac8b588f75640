// 'beforeExit' fires when the loop drains and may schedule more work; 'exit' comes last.
const assert = require('assert');
const log = [];
let rounds = 0;
process.on('beforeExit', (code) => {
  log.push('beforeExit ' + code);
  if (rounds++ === 0) setTimeout(() => log.push('scheduled by beforeExit'), 1);
});
process.on('exit', (code) => {
  log.push('exit ' + code);
  assert.deepStrictEqual(log, ['beforeExit 0', 'scheduled by beforeExit', 'beforeExit 0', 'exit 0']);
});
