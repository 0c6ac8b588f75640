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
// A 100 ms timer refreshed at 60 ms fires 100 ms after the refresh; had refresh() not restarted it,
// 40 ms after. Measured from the refresh itself (a loop's cached clock may lag Date.now() by a few
// ms on a loaded machine, which made a check from the script's start fail under node too), with
// 20 ms of slack either way; 60 ms apart, so a pause between creating the two timers cannot
// reorder them.
let refreshedAt;
const r = setTimeout(() => {
  fired++;
  assert.ok(refreshedAt !== undefined && Date.now() - refreshedAt >= 80, 'refresh restarted the timer');
}, 100);
setTimeout(() => {
  refreshedAt = Date.now();
  r.refresh();
}, 60);
const im = setImmediate(() => { throw new Error('cleared immediate'); });
clearImmediate(im);
setImmediate((a) => { fired += a; }, 10).unref().ref();
assert.strictEqual(typeof setTimeout(() => {}, 1)[Symbol.toPrimitive](), 'number');
assert.throws(() => setTimeout('code'), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => assert.strictEqual(fired, 12));
