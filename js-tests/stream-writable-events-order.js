'use strict';
// The order of events and callbacks around end(): _final, 'prefinish', end callback, 'finish',
// 'close' — compared with Node's exact sequence, with and without _final, sync and async.
const assert = require('assert');
const { Writable, Duplex } = require('stream');

const results = {};

function track(name, w, log) {
  for (const ev of ['prefinish', 'finish', 'close', 'drain', 'error']) {
    w.on(ev, () => log.push(ev));
  }
  results[name] = log;
}

{
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) { log.push('write:' + chunk); cb(); },
  });
  track('sync', w, log);
  w.write('a', () => log.push('write-cb'));
  w.end('b', () => log.push('end-cb'));
  log.push('end-returned');
  process.nextTick(() => log.push('tick'));
}

{
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) { log.push('write:' + chunk); setImmediate(cb); },
    final(cb) { log.push('final'); setImmediate(cb); },
  });
  track('async-final', w, log);
  w.write('a', () => log.push('write-cb'));
  w.end(() => log.push('end-cb'));
  log.push('end-returned');
}

{
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  track('sync-final', w, log);
  w.end(() => log.push('end-cb'));
  log.push('end-returned');
  process.nextTick(() => log.push('tick'));
}

{
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  track('final-error', w, log);
  w.end((err) => log.push('end-cb:' + (err && err.message)));
}

{
  const log = [];
  const w = new Writable({ write(chunk, enc, cb) { cb(); }, autoDestroy: false });
  track('no-autodestroy', w, log);
  w.end();
}

// Duplex: 'close' only after both sides are done.
{
  const log = [];
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { cb(); },
  });
  track('duplex', d, log);
  d.on('end', () => log.push('end'));
  d.end('x');
  setImmediate(() => {
    log.push('push-null');
    d.push(null);
    d.resume();
  });
}

// Checked at exit, when every chain of setImmediate above has run: a timer could fire between
// those immediates on a loaded machine (the timers phase comes first in each loop turn).
process.on('exit', () => {
  assert.deepStrictEqual(results, {
    sync: ['write:a', 'write:b', 'prefinish', 'end-returned', 'write-cb', 'tick', 'end-cb', 'finish', 'close'],
    'async-final': ['write:a', 'end-returned', 'write-cb', 'final', 'prefinish', 'end-cb', 'finish', 'close'],
    'sync-final': ['final', 'prefinish', 'end-returned', 'end-cb', 'finish', 'tick', 'close'],
    'final-error': ['error', 'close', 'end-cb:final failed'],
    'no-autodestroy': ['prefinish', 'finish'],
    duplex: ['prefinish', 'finish', 'push-null', 'end', 'close'],
  });
});

let checked2 = false;
// A write that completes synchronously does not count against highWaterMark (Node 20), and a
// write without callback whose completion needs no 'drain' lets 'finish' come on the next tick.
{
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { cb(); } });
  assert.strictEqual(w.write('abc'), true);
  assert.strictEqual(w.writableNeedDrain, false);
  const log = [];
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.on('finish', () => log.push('finish'));
  w2.write('a');
  w2.end(() => log.push('end-cb'));
  process.nextTick(() => log.push('tick'));
  setTimeout(() => {
    assert.deepStrictEqual(log, ['end-cb', 'finish', 'tick']);
    checked2 = true;
  }, 5);
}
process.on("exit", () => assert.strictEqual(checked2, true));
