'use strict';
// Writable: ordering of write callbacks, 'prefinish', end() callbacks, 'finish', 'close' and the caller's ticks; end()/write() after errors, end and destroy.
// Expected logs were recorded from Node 20 (DUMP_LOG=1 node stream-writable-callback-ticks.js prints them).
const { L, trace, scenario, runAll } = require('./lib/scenario-log');
const { Writable } = require('stream');

// Synchronous sinks: when write callbacks, 'prefinish', the end() callback and 'finish' run
// relative to the caller's own nextTick. Callbacks of synchronous writes come one tick later
// (writes without a callback need no tick), and 'finish' waits one more tick after the last
// write callback.
function syncRun(name, fn) {
  scenario(() => {
    const w = new Writable({ write(c, e, cb) { L(name, 'w:' + c); cb(); } });
    trace(name, w, ['prefinish', 'finish', 'close', 'drain']);
    fn(w);
    L(name, 'ret');
    process.nextTick(() => L(name, 'tick'));
  });
}
syncRun('A', (w) => { w.write('a', () => L('A cbA')); w.write('b'); w.end(() => L('A endcb')); });
syncRun('B', (w) => { w.write('a'); w.end(() => L('B endcb')); });
syncRun('C', (w) => { w.write('a', () => { L('C cbA'); process.nextTick(() => L('C inner')); }); w.end(() => L('C endcb')); });
syncRun('D', (w) => { w.write('a'); w.write('b'); w.end(() => L('D endcb')); });
syncRun('E', (w) => { w.write('a', () => L('E cbA')); w.write('b', () => L('E cbB')); w.end(() => L('E endcb')); });
syncRun('F', (w) => { w.end('a', (...args) => L('F endcb', args.length, args[0])); });
syncRun('H', (w) => { w.write('a'); w.write('b', () => L('H cbB')); w.end(() => L('H endcb')); });
syncRun('I', (w) => { w.write('a'); process.nextTick(() => L('I t0')); w.write('b'); w.end(() => L('I endcb')); });
syncRun('L', (w) => { w.write('a', () => L('L cb1')); process.nextTick(() => L('L pre')); w.write('b', () => L('L cb2')); });

// Asynchronous sinks.
function asyncRun(name, fn) {
  scenario(() => {
    const w = new Writable({
      write(c, e, cb) {
        L(name, 'w:' + c);
        setImmediate(() => { process.nextTick(() => L(name, 'inner')); cb(); });
      },
    });
    trace(name, w, ['prefinish', 'finish', 'close', 'drain']);
    fn(w);
    L(name, 'ret');
  });
}
asyncRun('N', (w) => { w.write('a'); w.end(() => L('N endcb')); });
asyncRun('O', (w) => { w.write('a', () => L('O cbA')); w.end(() => L('O endcb')); });
asyncRun('M', (w) => { w.write('a'); w.write('b', () => L('M cbB')); w.write('c'); w.end(() => L('M endcb')); });

// end() callbacks when _final or a write fails, with and without autoDestroy.
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { L('final'); cb(new Error('ff')); } });
  trace('f1', w, ['prefinish', 'finish', 'close', 'error']);
  w.end((e) => L('f1 endcb', e));
  L('f1 ret', w.destroyed, w.errored);
  process.nextTick(() => L('f1 tick'));
});
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ff')); }, autoDestroy: false });
  trace('f2', w, ['prefinish', 'finish', 'close', 'error']);
  w.end((e) => L('f2 endcb', e));
  L('f2 ret', w.destroyed);
});
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('f3', w, ['prefinish', 'finish', 'close', 'error']);
  w.write('x', (e) => L('f3 wcb', e));
  w.end((e) => L('f3 endcb', e));
  w.destroy(new Error('D'));
});
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('we')); }, autoDestroy: false });
  trace('f4', w, ['prefinish', 'finish', 'close', 'error']);
  w.write('a');
  setTimeout(() => { w.end((e) => L('f4 endcb', e)); L('f4 ret'); }, 5);
});
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('we')); } });
  trace('f5', w, ['prefinish', 'finish', 'close', 'error']);
  L('f5 write', w.write('a', (e) => L('f5 wcb', e)), w.errored, w.destroyed);
  L('f5 write2', w.write('b', (e) => L('f5 wcb2', e)));
  w.end((e) => L('f5 endcb', e));
  L('f5 ret');
});
// Writes after end and after finish; end() twice.
scenario(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('g', w, ['finish', 'close', 'error']);
  w.end();
  L('g write', w.write('z', (e) => L('g wcb', e)));
  setTimeout(() => {
    L('g write2', w.write('z', (e) => L('g wcb2', e)));
    w.end((e) => L('g end2', e));
  }, 5);
});
// destroy() with writes in flight and queued.
scenario(() => {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 2); } });
  trace('h', w, ['finish', 'close', 'error']);
  w.write('a', (e) => L('h cb a', e));
  w.write('b', (e) => L('h cb b', e));
  w.end((e) => L('h end cb', e));
  w.destroy();
  L('h after', w.destroyed, w.writableLength, w.closed);
  w.write('c', (e) => L('h cb c', e));
});

const expected = [
 "-- 0",
 "A w:a",
 "A w:b",
 "A prefinish ",
 "A ret",
 "A cbA",
 "A tick",
 "A endcb",
 "A finish ",
 "A close ",
 "-- 1",
 "B w:a",
 "B prefinish ",
 "B ret",
 "B endcb",
 "B finish ",
 "B tick",
 "B close ",
 "-- 2",
 "C w:a",
 "C prefinish ",
 "C ret",
 "C cbA",
 "C tick",
 "C inner",
 "C endcb",
 "C finish ",
 "C close ",
 "-- 3",
 "D w:a",
 "D w:b",
 "D prefinish ",
 "D ret",
 "D endcb",
 "D finish ",
 "D tick",
 "D close ",
 "-- 4",
 "E w:a",
 "E w:b",
 "E prefinish ",
 "E ret",
 "E cbA",
 "E cbB",
 "E tick",
 "E endcb",
 "E finish ",
 "E close ",
 "-- 5",
 "F w:a",
 "F prefinish ",
 "F ret",
 "F endcb 1 null",
 "F finish ",
 "F tick",
 "F close ",
 "-- 6",
 "H w:a",
 "H w:b",
 "H prefinish ",
 "H ret",
 "H cbB",
 "H tick",
 "H endcb",
 "H finish ",
 "H close ",
 "-- 7",
 "I w:a",
 "I w:b",
 "I prefinish ",
 "I ret",
 "I t0",
 "I endcb",
 "I finish ",
 "I tick",
 "I close ",
 "-- 8",
 "L w:a",
 "L w:b",
 "L ret",
 "L cb1",
 "L pre",
 "L cb2",
 "L tick",
 "-- 9",
 "N w:a",
 "N ret",
 "N prefinish ",
 "N inner",
 "N endcb",
 "N finish ",
 "N close ",
 "-- 10",
 "O w:a",
 "O ret",
 "O cbA",
 "O prefinish ",
 "O inner",
 "O endcb",
 "O finish ",
 "O close ",
 "-- 11",
 "M w:a",
 "M ret",
 "M w:b",
 "M inner",
 "M w:c",
 "M cbB",
 "M inner",
 "M prefinish ",
 "M inner",
 "M endcb",
 "M finish ",
 "M close ",
 "-- 12",
 "final",
 "f1 ret true ff",
 "f1 error ff",
 "f1 close ",
 "f1 endcb ff",
 "f1 tick",
 "-- 13",
 "f2 ret false",
 "f2 error ff",
 "f2 endcb ff",
 "-- 14",
 "f3 prefinish ",
 "f3 wcb null",
 "f3 endcb D",
 "f3 error D",
 "f3 close ",
 "-- 15",
 "f4 error we",
 "f4 ret",
 "f4 endcb we",
 "-- 16",
 "f5 write false we false",
 "f5 write2 false",
 "f5 ret",
 "f5 wcb we",
 "f5 wcb2 we",
 "f5 endcb we",
 "f5 error we",
 "f5 close ",
 "-- 17",
 "g write false",
 "g wcb ERR_STREAM_WRITE_AFTER_END",
 "g error ERR_STREAM_WRITE_AFTER_END",
 "g close ",
 "g write2 false",
 "g wcb2 ERR_STREAM_WRITE_AFTER_END",
 "g end2 ERR_STREAM_DESTROYED",
 "-- 18",
 "h after true 2 true",
 "h close ",
 "h cb c ERR_STREAM_WRITE_AFTER_END",
 "h cb a null",
 "h cb b ERR_STREAM_DESTROYED",
 "h end cb ERR_STREAM_DESTROYED"
];

runAll(expected);
