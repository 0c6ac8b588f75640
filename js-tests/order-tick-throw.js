// compare-stdout
// A nextTick callback that throws, with an 'uncaughtException' listener: the listener runs at once,
// the rest of the tick queue (and ticks the listener queued) still runs before promise jobs, in
// the main script's drain and in a callback's drain.
const log = [];
process.on('uncaughtException', (e) => {
  log.push('uncaught ' + e.message);
  process.nextTick(() => log.push('tick from handler'));
});
process.nextTick(() => log.push('t1'));
process.nextTick(() => {
  throw new Error('t2');
});
process.nextTick(() => log.push('t3'));
Promise.resolve().then(() => log.push('promise'));
setImmediate(() => {
  process.nextTick(() => {
    throw new Error('t4');
  });
  process.nextTick(() => log.push('t5'));
  Promise.resolve().then(() => log.push('promise2'));
});
setTimeout(() => console.log(log.join('\n')), 20);
