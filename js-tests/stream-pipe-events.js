'use strict';
// pipe()/unpipe() with backpressure and several destinations, pipeline() error and premature-close propagation, finished() options and late calls, stream/promises.
// Expected logs were recorded from Node 20 (DUMP_LOG=1 node stream-pipe-events.js prints them).
const { L, trace, scenario, runAll } = require('./lib/scenario-log');
const { Readable, Writable, Duplex, PassThrough, Transform, pipeline, finished } = require('stream');
const S = ['end', 'close', 'error', 'finish', 'drain', 'pipe', 'unpipe', 'pause', 'resume'];

// pipe() with backpressure on both sides.
scenario(() => {
  let n = 0;
  const r = new Readable({ highWaterMark: 2, read() { n++; if (n <= 5) this.push('x' + n); else this.push(null); } });
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { L('w1 write', c); setTimeout(cb, 1); } });
  trace('r1', r, S);
  trace('w1', w, S);
  r.pipe(w);
});
// unpipe() pauses the source when it was the last destination.
scenario(() => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { L('w2 write', c); cb(); } });
  trace('r2', r, S);
  trace('w2', w, S);
  r.pipe(w);
  r.push('a');
  setTimeout(() => { r.unpipe(w); L('r2 flowing', r.readableFlowing); r.push('b'); L('r2 len', r.readableLength); }, 2);
});
// pipe() to two destinations, one slow.
scenario(() => {
  const r = new Readable({ read() {} });
  const fast = new Writable({ write(c, e, cb) { L('fast', c); cb(); } });
  const slow = new Writable({ highWaterMark: 1, write(c, e, cb) { L('slow', c); setTimeout(cb, 3); } });
  r.pipe(fast);
  r.pipe(slow);
  r.push('1');
  r.push('2');
  r.push('3');
  r.push(null);
  trace('fast', fast, ['finish']);
  trace('slow', slow, ['finish', 'drain']);
});
// pipeline(): an error in the middle destroys every stage.
scenario(() => {
  const r = new Readable({ read() {} });
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tfail')); } });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('r3', r, S);
  trace('t3', t, S);
  trace('w3', w, S);
  pipeline(r, t, w, (err, v) => L('p3 cb', err, v, r.destroyed, t.destroyed, w.destroyed));
  r.push('x');
});
// pipeline(): destination destroyed without error.
scenario(() => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('r4', r, S);
  trace('w4', w, S);
  pipeline(r, w, (err) => L('p4 cb', err, r.destroyed));
  setTimeout(() => w.destroy(), 1);
});
// finished() with readable/writable options on a Duplex.
scenario(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => L('f5 writable-only', err));
  finished(d, (err) => L('f5 both', err));
  finished(d, { writable: false }, (err) => L('f5 readable-only', err));
  d.end('x');
  setTimeout(() => { d.push(null); d.resume(); }, 2);
});
// finished() on streams that are already over, and with error: false.
scenario(() => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('close', () => finished(r, (err) => L('f6 late', err)));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy(new Error('pre'));
  finished(w, (err) => L('f6 errored', err));
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.destroy();
  finished(w2, (err) => L('f6 premature', err));
  const r3 = new Readable({ read() {} });
  finished(r3, { error: false }, (err) => L('f6 noerr', err));
  r3.on('error', () => L('f6 err listener'));
  r3.destroy(new Error('e3'));
  const r4 = new Readable({ read() {} });
  const stop = finished(r4, () => L('f6 never'));
  stop();
  r4.destroy();
});
// pipeline() with an array source and a function stage; argument validation.
scenario(() => {
  const chunks = [];
  pipeline(['a', 'b'], function (src) {
    L('p7 src is array', Array.isArray(src));
    const i = src[Symbol.iterator]();
    return { [Symbol.asyncIterator]() { return { next: () => Promise.resolve(i.next()).then((r) => (r.done ? r : { value: r.value.toUpperCase(), done: false })) }; } };
  }, new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }), (err) => L('p7', err, chunks.join()));
  try { pipeline(new PassThrough()); } catch (e) { L('p8', e.name, e.code, e.message); }
  try { pipeline(new PassThrough(), (err) => {}); } catch (e) { L('p8c', e.name, e.code, e.message); }
  try { finished(5, () => {}); } catch (e) { L('f8', e.name, e.code, e.message); }
});
// stream/promises flavours.
scenario(() => {
  const sp = require('stream/promises');
  const r = Readable.from(['x', 'y']);
  const got = [];
  sp.pipeline(r, new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }))
    .then((v) => L('sp pipeline', v, got.join()));
  const bad = new PassThrough();
  sp.finished(bad).catch((e) => L('sp finished', e));
  bad.destroy(new Error('gone'));
  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  sp.pipeline(slow, new PassThrough(), { signal: ac.signal }).catch((e) => L('sp abort', e.name, slow.destroyed));
  ac.abort();
});

const expected = [
 "-- 0",
 "w1 pipe ",
 "r1 resume ",
 "w1 write x1",
 "r1 pause ",
 "w1 write x2",
 "w1 drain ",
 "r1 resume ",
 "w1 write x3",
 "r1 pause ",
 "w1 write x4",
 "w1 drain ",
 "r1 resume ",
 "w1 write x5",
 "r1 end ",
 "r1 close ",
 "w1 finish ",
 "r1 pause ",
 "w1 unpipe ",
 "w1 close ",
 "-- 1",
 "w2 pipe ",
 "r2 resume ",
 "w2 write a",
 "r2 pause ",
 "w2 unpipe ",
 "r2 flowing false",
 "r2 len 1",
 "-- 2",
 "fast 1",
 "slow 1",
 "slow drain ",
 "fast 2",
 "slow 2",
 "slow drain ",
 "fast 3",
 "slow 3",
 "fast finish ",
 "slow finish ",
 "-- 3",
 "t3 pipe ",
 "w3 pipe ",
 "r3 resume ",
 "r3 pause ",
 "t3 resume ",
 "t3 unpipe ",
 "t3 error tfail",
 "t3 close ",
 "r3 error tfail",
 "r3 close ",
 "t3 pause ",
 "w3 unpipe ",
 "w3 error tfail",
 "w3 close ",
 "p3 cb tfail undefined true true true",
 "-- 4",
 "w4 pipe ",
 "r4 resume ",
 "w4 close ",
 "r4 pause ",
 "w4 unpipe ",
 "r4 error ERR_STREAM_PREMATURE_CLOSE",
 "r4 close ",
 "p4 cb ERR_STREAM_PREMATURE_CLOSE true",
 "-- 5",
 "f5 writable-only undefined",
 "f5 readable-only undefined",
 "f5 both undefined",
 "-- 6",
 "f6 errored pre",
 "f6 premature ERR_STREAM_PREMATURE_CLOSE",
 "f6 err listener",
 "f6 noerr e3",
 "f6 late undefined",
 "-- 7",
 "p7 src is array true",
 "p8 TypeError ERR_INVALID_ARG_TYPE The \"streams[stream.length - 1]\" property must be of type function. Received an instance of PassThrough",
 "p8c TypeError ERR_MISSING_ARGS The \"streams\" argument must be specified",
 "f8 TypeError ERR_INVALID_ARG_TYPE The \"stream\" argument must be an instance of ReadableStream, WritableStream, or Stream. Received type number (5)",
 "p7 undefined A,B",
 "-- 8",
 "sp finished gone",
 "sp abort AbortError true",
 "sp pipeline undefined x,y"
];

runAll(expected);
