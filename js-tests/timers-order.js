// Timers fire in deadline order, equal deadlines in creation order; immediates run after I/O-less
// timers queued from inside a timer callback; promise jobs run between timer callbacks.
const assert = require('assert');
const log = [];
setTimeout(() => log.push('t20'), 60); // far from 10 ms: a pause while creating timers on a loaded machine cannot reorder them
setTimeout(() => log.push('t10a'), 10);
setTimeout(() => {
  log.push('t10b');
  Promise.resolve().then(() => log.push('t10b promise'));
}, 10);
setTimeout(() => log.push('t10c'), 10);
setTimeout(() => {
  setTimeout(() => log.push('inner timeout'), 0);
  setImmediate(() => log.push('inner immediate'));
}, 120);
const iv = setInterval(() => {
  log.push('interval');
  if (log.filter((x) => x === 'interval').length === 3) clearInterval(iv);
}, 5);
process.on('exit', () => {
  const main = log.filter((x) => x !== 'interval');
  assert.deepStrictEqual(main, ['t10a', 't10b', 't10b promise', 't10c', 't20', 'inner immediate', 'inner timeout']);
  assert.strictEqual(log.filter((x) => x === 'interval').length, 3);
});
