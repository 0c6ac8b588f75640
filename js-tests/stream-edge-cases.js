'use strict';
// Edge cases probed under Node 20: async _read sizes, _read throwing, destroy() inside _write, unconsumed 'end', finished() with emitClose:false and on legacy Streams, object-mode writableBuffer entries, writes to a writable:false Duplex, PassThrough end before read.
// Expected logs were recorded from Node 20 (DUMP_LOG=1 node stream-edge-cases.js prints them).
const assert = require('assert');
const log = [];
const L = (...a) => log.push(a.map((x) => (x && x.code) || (x instanceof Error ? x.message : String(x))).join(' '));
function trace(name, s, evs) {
  for (const ev of evs || ['end', 'close', 'error', 'finish', 'prefinish', 'drain', 'pipe', 'unpipe', 'pause', 'resume', 'readable']) {
    s.on(ev, (x) => L(name, ev, (x && x.code) || (x && x.message) || ''));
  }
}
const scenarios = [];
const scenario = (fn) => scenarios.push(fn);
function runAll(expected) {
  let i = 0;
  (function next() {
    if (i === scenarios.length) {
      if (process.env.DUMP_LOG) console.log(JSON.stringify(log, null, 1));
      else assert.deepStrictEqual(log, expected);
      return;
    }
    L('--', i);
    scenarios[i++]();
    setTimeout(next, 40);
  })();
}
const { Readable, Writable, Duplex, finished, Stream, PassThrough } = require('stream');
scenario(() => {
  let calls = 0;
  const r = new Readable({ highWaterMark: 5, read(n) { calls++; L('_read', n, calls); if (calls > 4) return this.push(null); setImmediate(() => this.push('xy')); } });
  r.on('data', (d) => L('data', d));
  r.on('end', () => L('end', calls));
});
scenario(() => {
  const r = new Readable({ read() { throw new Error('read threw'); } });
  r.on('error', (e) => L('error', e));
  r.on('close', () => L('close'));
  r.resume();
});
scenario(() => {
  const w = new Writable({ write(c, e, cb) { L('write', c); this.destroy(new Error('inside')); cb(); } });
  w.on('error', (e) => L('error', e));
  w.on('close', () => L('close'));
  w.write('a', (e) => L('cb', e));
  w.write('b', (e) => L('cb2', e));
});
scenario(() => {
  const r = new Readable({ read() {} });
  r.push('a'); r.push(null);
  r.on('end', () => L('end not consumed?'));
  setTimeout(() => { L('ended?', r.readableEnded, r.readableLength); r.resume(); }, 5);
});
scenario(() => {
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  finished(w, (err) => L('finished emitClose false', err));
  w.end('x');
  const r = new Readable({ emitClose: false, read() {} });
  finished(r, (err) => L('finished r emitClose false', err));
  r.destroy();
});
scenario(() => {
  const s = new Stream();
  s.readable = true;
  s.pipe = () => {};
  finished(s, (err) => L('legacy', err));
  s.emit('end');
  const s2 = new Stream();
  s2.pipe = () => {};
  s2.readable = true;
  finished(s2, (err) => L('legacy2', err));
  s2.emit('close');
});
scenario(() => {
  const w = new Writable({ objectMode: true, write(c, e, cb) { setTimeout(cb, 1); } });
  const f = () => {};
  w.write({ a: 1 });
  w.write('s', f);
  const b = w.writableBuffer;
  L('buffer', b.length, JSON.stringify(b[0].chunk), b[0].encoding, typeof b[0].callback, b[0].callback === f);
  L('state', w._writableState.bufferedRequestCount, w.writableLength);
});
scenario(() => {
  const d = new Duplex({ writable: false, read() {} });
  d.on('error', (e) => L('d error', e));
  d.end('x', (e) => L('end cb', e));
  L('writable', d.writable);
  d.write('y', (e) => L('write cb', e));
});
scenario(() => {
  const p = new PassThrough();
  p.end('abc');
  p.on('finish', () => L('pt finish'));
  p.on('end', () => L('pt end'));
  p.on('close', () => L('pt close'));
  setTimeout(() => { L('pt read', String(p.read())); }, 3);
});

const expected = [
 "-- 0",
 "_read 5 1",
 "data xy",
 "_read 5 2",
 "data xy",
 "_read 5 3",
 "data xy",
 "_read 5 4",
 "data xy",
 "_read 5 5",
 "end 5",
 "-- 1",
 "error read threw",
 "close",
 "-- 2",
 "write a",
 "error inside",
 "close",
 "cb null",
 "cb2 ERR_STREAM_DESTROYED",
 "-- 3",
 "ended? false 1",
 "end not consumed?",
 "-- 4",
 "finished emitClose false undefined",
 "-- 5",
 "legacy undefined",
 "legacy2 undefined",
 "-- 6",
 "buffer 1 \"s\" null function true",
 "state 1 2",
 "-- 7",
 "writable false",
 "d error ERR_STREAM_WRITE_AFTER_END",
 "end cb ERR_STREAM_WRITE_AFTER_END",
 "write cb ERR_STREAM_WRITE_AFTER_END",
 "-- 8",
 "pt finish",
 "pt read abc",
 "pt end",
 "pt close"
];

runAll(expected);
