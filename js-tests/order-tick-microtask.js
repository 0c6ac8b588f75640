// compare-stdout
// Node's order: synchronous code, the nextTick queue, then promise jobs (and ticks queued by them),
// after the main script and after every callback.
const assert = require('assert');
const log = [];
Promise.resolve().then(() => {
  log.push('promise 1');
  process.nextTick(() => log.push('tick from promise'));
  Promise.resolve().then(() => log.push('promise from promise'));
});
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => {
  log.push('tick 1');
  process.nextTick(() => log.push('tick from tick'));
  Promise.resolve().then(() => log.push('promise from tick'));
});
process.nextTick((a, b) => log.push('tick args ' + a + b), 'x', 'y');
log.push('sync');
setTimeout(() => {
  const inner = [];
  Promise.resolve().then(() => inner.push('p'));
  process.nextTick(() => inner.push('t'));
  setImmediate(() => {
    inner.push('immediate');
    assert.deepStrictEqual(inner, ['t', 'p', 'immediate']);
    console.log(log.join('\n'));
  });
}, 5);
process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'sync', 'tick 1', 'tick args xy', 'tick from tick',
    'promise 1', 'microtask', 'promise from tick', 'promise from promise', 'tick from promise',
  ]);
});
