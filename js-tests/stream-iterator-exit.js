'use strict';
// Async iteration of a Readable: leaving early, throw(), destroy while waiting, destroyOnReturn:false; Readable.from variants; pipeline into async functions.
// Expected logs were recorded from Node 20 (DUMP_LOG=1 node stream-iterator-exit.js prints them).
const { L, trace, scenario, runAll } = require('./lib/scenario-log');
const { Readable, pipeline, Writable } = require('stream');

function mk(name) {
  const r = new Readable({ read() {} });
  r.push('a');
  r.push('b');
  r.push('c');
  trace(name, r, ['error', 'close', 'end']);
  return r;
}
function drive(it, name) {
  // Consumes an async iterator by hand (polyfill-free for await).
  return (function step() {
    return it.next().then((x) => { if (x.done) { L(name, 'done'); return; } L(name, 'chunk', x.value); return step(); },
      (e) => L(name, 'rejected', e.name, e.code || e.message));
  })();
}
// Leaving early (return()) destroys an unfinished stream with an AbortError.
scenario(() => {
  const r = mk('brk');
  const it = r[Symbol.asyncIterator]();
  it.next().then((x) => {
    L('brk first', x.value);
    return it.return();
  }).then((x) => L('brk returned', JSON.stringify(x), r.destroyed, r.errored && r.errored.name));
});
// throw() does the same.
scenario(() => {
  const r = mk('thr');
  const it = r[Symbol.asyncIterator]();
  it.next().then(() => it.throw(new Error('boom'))).catch((e) => L('thr caught', e.message, r.destroyed));
});
// destroy() without error while iterating: ERR_STREAM_PREMATURE_CLOSE.
scenario(() => {
  const r = mk('pre');
  setTimeout(() => r.destroy(), 5);
  drive(r[Symbol.asyncIterator](), 'pre');
});
// destroy(err) while iterating rejects with err.
scenario(() => {
  const r = mk('err');
  setTimeout(() => r.destroy(new Error('x')), 5);
  drive(r[Symbol.asyncIterator](), 'err');
});
// iterator({ destroyOnReturn: false }) leaves the stream usable.
scenario(() => {
  const r = mk('keep');
  const it = r.iterator({ destroyOnReturn: false });
  it.next().then(() => it.return()).then(() => {
    L('keep', r.destroyed, r.readableLength);
    r.push('d');
    r.push(null);
    return drive(r[Symbol.asyncIterator](), 'keep2');
  });
});
// A finished stream: done stays done.
scenario(() => {
  const r = new Readable({ read() {} });
  r.push('x');
  r.push(null);
  const it = r[Symbol.asyncIterator]();
  const p = [it.next(), it.next(), it.next()];
  Promise.all(p).then((res) => L('fin', JSON.stringify(res.map((x) => [String(x.value), x.done])), r.destroyed));
});
// Readable.from() variants.
scenario(() => {
  const s = Readable.from('hello');
  const b = Readable.from(Buffer.from('xy'));
  for (const [n, st] of [['s', s], ['b', b]]) {
    st.on('data', (d) => L(n, 'data', typeof d, d));
    trace(n, st, ['end', 'close']);
  }
  L('from hwm', s.readableHighWaterMark, Readable.from([1]).readableHighWaterMark, s.readableObjectMode);
  const a = Readable.from([1, Promise.resolve(2), 3]);
  a.on('data', (d) => L('a', d));
  a.on('end', () => L('a end'));
  const n = Readable.from([1, null, 3]);
  n.on('data', (d) => L('n', d));
  trace('n', n, ['error', 'close']);
  function* g() { try { yield 1; yield 2; } finally { L('gen finally'); } }
  const gs = Readable.from(g());
  gs.once('data', (d) => { L('g', d); gs.destroy(); });
  gs.on('close', () => L('g close'));
  try { Readable.from(5); } catch (e) { L(e.code, e.message); }
});
// pipeline() into an async function consuming the stream, and a rejecting one.
scenario(() => {
  pipeline(Readable.from(['a', 'b']), (src) => drive(src[Symbol.asyncIterator](), 'fn').then(() => 'v'),
    (err, v) => L('pl', err, v));
  pipeline(Readable.from(['a']), () => Promise.reject(new Error('nope')), (err, v) => L('pl2', err, v));
});

const expected = [
 "-- 0",
 "brk first abc",
 "brk returned {\"done\":true} true AbortError",
 "brk error ABORT_ERR",
 "brk close ",
 "-- 1",
 "thr caught boom true",
 "thr error ABORT_ERR",
 "thr close ",
 "-- 2",
 "pre chunk abc",
 "pre close ",
 "pre rejected Error ERR_STREAM_PREMATURE_CLOSE",
 "-- 3",
 "err chunk abc",
 "err error x",
 "err close ",
 "err rejected Error x",
 "-- 4",
 "keep false 0",
 "keep2 chunk d",
 "keep end ",
 "keep close ",
 "keep2 done",
 "-- 5",
 "fin [[\"x\",false],[\"undefined\",true],[\"undefined\",true]] true",
 "-- 6",
 "from hwm 16 1 true",
 "ERR_INVALID_ARG_TYPE The \"iterable\" argument must be an instance of Iterable. Received type number (5)",
 "s data string hello",
 "b data object xy",
 "a 1",
 "n 1",
 "g 1",
 "gen finally",
 "s end ",
 "b end ",
 "s close ",
 "b close ",
 "a 2",
 "a 3",
 "a end",
 "n error ERR_STREAM_NULL_VALUES",
 "n close ",
 "g close",
 "-- 7",
 "fn chunk a",
 "fn chunk b",
 "pl2 nope undefined",
 "fn done",
 "pl undefined v"
];

runAll(expected);
