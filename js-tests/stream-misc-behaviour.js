'use strict';
// Duplex readable:false/writable:false, _construct ordering and failure, instanceof rules, promisify, predicates, legacy Stream#pipe and wrap(), pipe() into an erroring destination, objectMode falsy values, cork/writev, encodings.
// Expected logs were recorded from Node 20 (DUMP_LOG=1 node stream-misc-behaviour.js prints them).
const { L, trace, scenario, runAll } = require('./lib/scenario-log');
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, Transform, pipeline, finished } = stream;
const util = require('util');
scenario(() => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  L('d1', d.readable, d.writable, d.readableEnded, d._readableState.ended);
  trace('d1', d, ['end', 'finish', 'close']);
  d.end('x');
  const d2 = new Duplex({ writable: false, read() {} });
  L('d2', d2.readable, d2.writable, d2.writableEnded, d2.writableFinished);
  trace('d2', d2, ['end', 'finish', 'close']);
  d2.push(null);
  d2.resume();
});
scenario(() => {
  const w = new Writable({
    construct(cb) { L('construct'); setTimeout(cb, 60); },
    write(c, e, cb) { L('write', c); cb(); },
    final(cb) { L('final'); cb(); },
  });
  trace('c1', w, ['finish', 'close', 'error']);
  w.write('a');
  w.end('b');
  const r = new Readable({ construct(cb) { L('rconstruct'); cb(new Error('cfail')); }, read() { L('never read'); } });
  trace('c2', r, ['close', 'error', 'end']);
  r.resume();
  const r2 = new Readable({ construct(cb) { setTimeout(cb, 1); }, read() { L('r2 read'); }, destroy(err, cb) { L('r2 _destroy', err); cb(err); } });
  trace('c3', r2, ['close', 'error']);
  r2.destroy(new Error('early'));
  L('c3 destroyed', r2.destroyed);
});
scenario(() => {
  L('inst', new Duplex() instanceof Writable, new PassThrough() instanceof Writable, new Readable() instanceof Writable,
    new Transform() instanceof Duplex, stream.Stream === stream, typeof stream.promises.pipeline);
  L('promisify', util.promisify(pipeline) === stream.promises.pipeline, util.promisify(finished) === stream.promises.finished);
  const r = new Readable({ read() {} });
  L('preds', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r));
  r.on('error', () => {});
  r.destroy(new Error('z'));
  L('preds2', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r));
  L('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  const w = Writable();
  const rr = Readable();
  L('callable', w instanceof Writable, rr instanceof Readable);
});
scenario(() => {
  // Legacy Stream#pipe from an old-style emitter.
  const old = new stream.Stream();
  old.readable = true;
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
  trace('leg', w, ['finish', 'pipe']);
  old.pipe(w);
  old.emit('data', 'a');
  old.emit('data', 'b');
  old.emit('end');
  setTimeout(() => L('legacy got', got.join()), 2);
  // wrap()
  const old2 = new stream.Stream();
  old2.pause = () => L('old2 pause');
  old2.resume = () => L('old2 resume');
  const wr = new Readable({ highWaterMark: 1 }).wrap(old2);
  wr.on('data', (d) => L('wrap data', d));
  wr.on('end', () => L('wrap end'));
  old2.emit('data', Buffer.from('q'));
  old2.emit('end');
});
scenario(() => {
  // pipe() into a destination that errors, with no error listener of its own.
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  trace('pe', r, ['close', 'unpipe', 'pause']);
  trace('pew', w, ['close', 'unpipe', 'error']);
  r.pipe(w);
  r.push('x');
  setTimeout(() => L('pe state', r.readableFlowing, r._readableState.pipes.length), 5);
});
scenario(() => {
  // objectMode readable with 'readable' handler; async iteration of objects.
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 });
  r.push(0);
  r.push('');
  r.push(null);
  r.on('readable', () => { let v; while ((v = r.read()) !== null) L('obj', JSON.stringify(v)); });
  r.on('end', () => L('obj end'));
});
scenario(() => {
  // cork()/uncork() batching and writev callbacks.
  const w = new Writable({
    write(c, e, cb) { L('_write', c); cb(); },
    writev(chunks, cb) { L('_writev', chunks.length, chunks.map((x) => String(x.chunk) + ':' + x.encoding).join(), chunks.allBuffers); setTimeout(cb, 1); },
  });
  w.cork();
  w.write('a', () => L('cbA'));
  w.write('b', 'utf8', () => L('cbB'));
  w.write(Buffer.from('c'));
  L('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
  process.nextTick(() => { w.uncork(); L('uncorked', w.writableLength); w.write('d'); w.end('e'); });
  trace('ck', w, ['finish', 'close', 'drain']);
  const w3 = new Writable({
    decodeStrings: false,
    write(c, e, cb) { L('_write3', typeof c, e); cb(); },
    writev(chunks, cb) { L('_writev3', chunks.map((x) => typeof x.chunk + ':' + x.encoding).join(), chunks.allBuffers); cb(); },
  });
  w3.write('x', 'latin1');
  w3.write('y');
  w3.write(Buffer.from('z'));
  w3.end('q');
});
scenario(() => {
  // setDefaultEncoding and decodeStrings: false.
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { L('enc', typeof c, e); cb(); } });
  w.setDefaultEncoding('HEX');
  w.write('ff');
  try { w.setDefaultEncoding('bogus'); } catch (e) { L(e.code); }
  const r = new Readable({ encoding: 'hex', read() {} });
  r.push(Buffer.from([1, 2]));
  r.push('ab', 'latin1');
  r.on('data', (d) => L('hexdata', d));
  r.push(null);
});

const expected = [
 "-- 0",
 "d1 false true true true",
 "d2 true false true true",
 "d1 finish ",
 "d1 close ",
 "d2 end ",
 "d2 close ",
 "-- 1",
 "c3 destroyed true",
 "construct",
 "rconstruct",
 "c2 error cfail",
 "c2 close ",
 "r2 _destroy early",
 "c3 error early",
 "c3 close ",
 "write a",
 "write b",
 "final",
 "c1 finish ",
 "c1 close ",
 "-- 2",
 "inst true true false true true function",
 "promisify true true",
 "preds true false false",
 "preds2 false false true",
 "hwm 16384 16",
 "callable true true",
 "-- 3",
 "leg pipe ",
 "old2 pause",
 "leg finish ",
 "wrap data q",
 "wrap end",
 "legacy got a,b",
 "-- 4",
 "pe pause ",
 "pew unpipe ",
 "pew error wfail",
 "pew close ",
 "pe state false 0",
 "-- 5",
 "obj {\"a\":1}",
 "obj 0",
 "obj \"\"",
 "obj end",
 "-- 6",
 "corked 1 3 3",
 "_write3 string latin1",
 "_write3 string utf8",
 "_write3 object buffer",
 "_write3 string utf8",
 "_writev 3 a:buffer,b:buffer,c:buffer true",
 "uncorked 3",
 "_writev 2 d:buffer,e:buffer true",
 "cbA",
 "cbB",
 "ck finish ",
 "ck close ",
 "-- 7",
 "enc string hex",
 "ERR_UNKNOWN_ENCODING",
 "hexdata 0102",
 "hexdata 6162"
];

runAll(expected);
