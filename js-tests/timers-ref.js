// unref() lets the process exit while a timer is pending; ref() keeps it; refresh() restarts it;
// clearTimeout accepts the numeric id from Symbol.toPrimitive.
const assert = require('assert');
let fired = 0;
const keepAlive = setInterval(() => { throw new Error('unref interval must not keep the loop'); }, 1000);
assert.strictEqual(keepAlive.hasRef(), true);
keepAlive.unref();
assert.strictEqual(keepAlive.hasRef(), false);
const t = setTimeout(() => { fired++; }, 30);
t.unref().ref();
assert.strictEqual(t.hasRef(), true);
const byId = setTimeout(() => { throw new Error('cleared by id'); }, 5);
clearTimeout(+byId);
const start = Date.now();
const r = setTimeout(() => {
  fired++;
  assert.ok(Date.now() - start >= 70, 'refresh restarted the timer');
}, 60);
// 50 ms apart, so a pause between creating the two timers on a loaded machine cannot reorder them.
setTimeout(() => r.refresh(), 10);
const im = setImmediate(() => { throw new Error('cleared immediate'); });
clearImmediate(im);
setImmediate((a) => { fired += a; }, 10).unref().ref();
assert.strictEqual(typeof setTimeout(() => {}, 1)[Symbol.toPrimitive](), 'number');
assert.throws(() => setTimeout('code'), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => assert.strictEqual(fired, 12));
