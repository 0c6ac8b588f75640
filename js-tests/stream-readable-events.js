'use strict';
// Readable/Duplex/Transform event order and state in many small situations (read(n), flowing, pause, setEncoding, unshift, destroy, autoDestroy, half-open, highWaterMark rules).
// Expected logs were recorded from Node 20 (DUMP_LOG=1 node stream-readable-events.js prints them).
const { L, trace, scenario, runAll } = require('./lib/scenario-log');
const { Readable, Duplex, Transform } = require('stream');

// read(n) in 'readable' mode with a small highWaterMark; _read sizes.
scenario(() => {
  const r = new Readable({ highWaterMark: 4, read(n) { L('r1 _read', n); } });
  r.push('abc');
  r.push('defg');
  r.on('readable', () => {
    let c;
    while ((c = r.read(3)) !== null) L('r1 read3', c);
    L('r1 len', r.readableLength);
  });
  setTimeout(() => { r.push('hi'); r.push(null); }, 2);
  r.on('end', () => L('r1 end'));
});
// A synchronous _read feeding a flowing stream.
scenario(() => {
  let i = 0;
  const r = new Readable({ read() { i++; if (i > 3) this.push(null); else this.push('c' + i); } });
  trace('r2', r);
  r.on('data', (d) => L('r2 data', d));
  L('r2 flowing', r.readableFlowing);
});
// pause() from a 'data' handler, resume() later.
scenario(() => {
  const r = new Readable({ read() {} });
  r.push('a');
  r.push('b');
  r.on('data', (d) => { L('r3 data', d); r.pause(); setTimeout(() => r.resume(), 1); });
  r.on('end', () => L('r3 end'));
  setTimeout(() => r.push(null), 8);
  L('r3 isPaused', r.isPaused(), r.readableFlowing);
});
// setEncoding with a character split across chunks.
scenario(() => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const b = Buffer.from('h\u20acllo');
  r.push(b.subarray(0, 2));
  r.push(b.subarray(2, 4));
  r.push(b.subarray(4));
  r.push(null);
  trace('r4', r);
  r.on('data', (d) => L('r4 data', JSON.stringify(d)));
  L('r4 enc', r.readableEncoding, r.readableLength);
});
// read() on an ended, empty stream.
scenario(() => {
  const r = new Readable({ read() {} });
  r.push(null);
  L('r5 read', r.read(), r.readableEnded);
  trace('r5', r);
  r.read();
});
// unshift() before and after 'end'.
scenario(() => {
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  L('r6 read', r.read());
  r.push(null);
  r.on('end', () => { r.unshift('x'); });
  r.on('error', (e) => L('r6 error', e));
  r.resume();
});
// push() after EOF.
scenario(() => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (e) => L('r7 error', e.code, e.message));
  r.on('close', () => L('r7 close', r.destroyed));
  L('r7 push', r.push('x'));
});
// destroy(err): flags now and after the tick; a second destroy only calls back.
scenario(() => {
  const r = new Readable({ read() {} });
  trace('r8', r);
  r.destroy(new Error('boom'));
  L('r8 flags', r.destroyed, r.errored, r.closed, r.readableAborted, r.readable);
  process.nextTick(() => L('r8 tick flags', r.closed));
  r.destroy(new Error('second'), (e) => L('r8 cb2', e));
});
// An asynchronous _destroy.
scenario(() => {
  const r = new Readable({ read() {}, destroy(err, cb) { L('r9 _destroy', err); setTimeout(() => cb(err), 1); } });
  trace('r9', r);
  r.destroy(null, (e) => L('r9 cb', e));
  L('r9 closed', r.closed, r.destroyed);
});
// emitClose: false and autoDestroy: false.
scenario(() => {
  const r = new Readable({ read() {}, emitClose: false });
  trace('r10', r);
  r.destroy();
  const r2 = new Readable({ read() {}, autoDestroy: false });
  trace('r10b', r2);
  r2.push(null);
  r2.resume();
  setTimeout(() => L('r10b destroyed', r2.destroyed), 5);
});
// Duplex with allowHalfOpen: false ends its writable side after 'end'.
scenario(() => {
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  trace('d11', d);
  d.push('x');
  d.push(null);
  d.resume();
});
// A half-open Duplex closes only after both sides are done.
scenario(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  trace('d12', d);
  d.push(null);
  d.resume();
  setTimeout(() => { L('d12 writable', d.writable); d.end('z'); }, 3);
});
// Transform with a small highWaterMark and a flush.
scenario(() => {
  const t = new Transform({
    highWaterMark: 1,
    transform(c, e, cb) { cb(null, c.toString().toUpperCase()); },
    flush(cb) { cb(null, 'END'); },
  });
  trace('t13', t);
  t.on('data', (d) => L('t13 data', d));
  L('t13 w', t.write('a'), t.write('b'), t.write('c'));
  t.end();
});
// Removing the last 'readable' listener switches to flowing if 'data' listeners remain.
scenario(() => {
  const r = new Readable({ read() {} });
  const f = () => {};
  r.on('readable', f);
  r.on('data', (d) => L('r14 data', d));
  r.push('x');
  setTimeout(() => {
    L('r14 flowing', r.readableFlowing);
    r.removeListener('readable', f);
    setTimeout(() => { L('r14 flowing2', r.readableFlowing); r.push('y'); }, 1);
  }, 2);
});
// highWaterMark validation and growth.
scenario(() => {
  for (const opts of [{ highWaterMark: -1 }, { highWaterMark: 'x' }, { highWaterMark: 1.5 }]) {
    try { new Readable(opts); L('r15 ok'); } catch (e) { L('r15', e.name, e.code, e.message); }
  }
  try { new Duplex({ readableHighWaterMark: -3 }); } catch (e) { L('r15 duplex', e.message); }
  const { Writable } = require('stream');
  L('r15 writable ignores side option', new Writable({ writableHighWaterMark: 1.5 }).writableHighWaterMark);
  L('r15 sides', new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 5, highWaterMark: 7 }).readableHighWaterMark,
    new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 5 }).writableHighWaterMark,
    new Duplex({ readableObjectMode: true }).readableHighWaterMark, new Duplex({ objectMode: true }).writableHighWaterMark);
  const r = new Readable({ read() {} });
  r.push('ab');
  L('r15 read5', r.read(5), r.readableHighWaterMark);
  L('r15 read 20000', r.read(20000), r.readableHighWaterMark);
  try { r.read(2 ** 31); } catch (e) { L('r15', e.name, e.code, e.message); }
  r.on('error', (e) => L('r15 push error', e.code, e.message));
  L('r15 typed', r.push(new Uint16Array([1])), r.readableLength);
  r.push(5);
});
// Writable accepts any ArrayBufferView; write() return values with sync and async sinks.
scenario(() => {
  const { Writable } = require('stream');
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { L('w16 _write', c.length, e, w.writableLength); cb(); } });
  w.on('drain', () => L('w16 drain'));
  L('w16 r', w.write('abc'), w.writableLength, w.writableNeedDrain);
  L('w16 r', w.write(new Uint16Array([1, 2])), w.write(new DataView(new ArrayBuffer(3))));
  const w2 = new Writable({ highWaterMark: 2, write(c, e, cb) { L('w16b _write', String(c)); setTimeout(cb, 1); } });
  w2.on('drain', () => L('w16b drain'));
  L('w16b r', w2.write('abc', () => L('w16b cb')), w2.writableLength, w2.writableNeedDrain);
  try { w2.write(null); } catch (e) { L(e.name, e.code, e.message); }
  try { w2.write(1); } catch (e) { L(e.name, e.code, e.message); }
  try { w2.write('a', 'nope'); } catch (e) { L(e.name, e.code, e.message); }
});

const expected = [
 "-- 0",
 "r1 read3 abc",
 "r1 _read 4",
 "r1 read3 def",
 "r1 len 1",
 "r1 read3 ghi",
 "r1 len 0",
 "r1 len 0",
 "r1 end",
 "-- 1",
 "r2 flowing false",
 "r2 readable ",
 "r2 readable ",
 "-- 2",
 "r3 isPaused false true",
 "r3 data a",
 "r3 data b",
 "r3 end",
 "-- 3",
 "r4 enc utf8 5",
 "r4 readable ",
 "r4 readable ",
 "-- 4",
 "r5 read null false",
 "r5 readable ",
 "r5 end ",
 "r5 close ",
 "-- 5",
 "r6 read hello world",
 "r6 error ERR_STREAM_UNSHIFT_AFTER_END_EVENT",
 "-- 6",
 "r7 push false",
 "r7 error ERR_STREAM_PUSH_AFTER_EOF stream.push() after EOF",
 "r7 close true",
 "-- 7",
 "r8 flags true boom true true false",
 "r8 cb2 undefined",
 "r8 error boom",
 "r8 close ",
 "r8 tick flags true",
 "-- 8",
 "r9 _destroy null",
 "r9 closed false true",
 "r9 cb null",
 "r9 close ",
 "-- 9",
 "r10b readable ",
 "r10b resume ",
 "r10b end ",
 "r10b destroyed false",
 "-- 10",
 "d11 readable ",
 "d11 resume ",
 "-- 11",
 "d12 readable ",
 "d12 resume ",
 "d12 end ",
 "d12 writable true",
 "d12 prefinish ",
 "d12 finish ",
 "d12 close ",
 "-- 12",
 "t13 w false false false",
 "t13 readable ",
 "-- 13",
 "r14 flowing false",
 "r14 data x",
 "r14 flowing2 true",
 "r14 data y",
 "-- 14",
 "r15 TypeError ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received -1",
 "r15 TypeError ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received 'x'",
 "r15 TypeError ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received 1.5",
 "r15 duplex The property 'options.readableHighWaterMark' is invalid. Received -3",
 "r15 writable ignores side option 16384",
 "r15 sides 7 5 16 16",
 "r15 read5 null 16384",
 "r15 read 20000 null 32768",
 "r15 RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be <= 1GiB. Received 2147483648",
 "r15 typed true 4",
 "r15 push error ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)",
 "-- 15",
 "w16 _write 3 buffer 3",
 "w16 r true 0 false",
 "w16 _write 4 buffer 4",
 "w16 _write 3 buffer 3",
 "w16 r true true",
 "w16b _write abc",
 "w16b r false 3 true",
 "TypeError ERR_STREAM_NULL_VALUES May not write null values to stream",
 "TypeError ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)",
 "TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope",
 "w16b drain",
 "w16b cb"
];

runAll(expected);
