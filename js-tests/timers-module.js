'use strict';
// timers: the module's functions are the runtime's timers (ordering, clear*, interval count).
const assert = require('assert');
const timers = require('timers');

for (const n of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  assert.strictEqual(typeof timers[n], 'function', n);
}
const order = [];
timers.setTimeout((a, b) => order.push('timeout:' + a + b), 1, 'x', 'y');
timers.setImmediate((a) => order.push('immediate:' + a), 'i');
const cancelled = timers.setTimeout(() => order.push('cancelled timeout'), 1);
timers.clearTimeout(cancelled);
const cancelledImm = timers.setImmediate(() => order.push('cancelled immediate'));
timers.clearImmediate(cancelledImm);
let n = 0;
const iv = timers.setInterval(() => {
  n++;
  if (n === 3) timers.clearInterval(iv);
}, 2);
process.nextTick(() => order.push('tick'));

process.on('exit', () => {
  assert.strictEqual(n, 3);
  assert.strictEqual(order[0], 'tick');
  assert.ok(order.includes('timeout:xy'));
  assert.ok(order.includes('immediate:i'));
  assert.strictEqual(order.length, 3);
});
