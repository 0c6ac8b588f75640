'use strict';
// Readable.prototype operators (toArray, map, filter, flatMap, drop, take, some, every, find, reduce,
// forEach), Duplex.from on streams / iterables / promises / {readable, writable} pairs, compose(),
// duplexPair(), Readable.wrap(). Expected log recorded from Node 20 (DUMP_LOG=1 node <file>).
const assert = require('assert');
let done = false;
const expected = [
 "\"toArray\" [1,2,3]",
 "\"map\" [2,4,6]",
 "\"filter\" [1,3]",
 "\"flatMap\" [1,1,2,2]",
 "\"drop/take\" [2,3]",
 "\"some\" true",
 "\"every\" true",
 "\"find\" 2",
 "\"reduce\" 16",
 "\"reduce empty\" \"TypeError\" \"ERR_MISSING_ARGS\" \"Reduce of an empty stream requires an initial value\"",
 "\"forEach\" [\"a\",\"b\"]",
 "\"map bad\" \"ERR_INVALID_ARG_TYPE\" \"The \\\"fn\\\" argument must be of type function or an instance of AsyncFunction. Received type number (5)\"",
 "\"bytes\" [\"ab\"]",
 "\"from readable\" true [\"x\",\"y\"]",
 "\"from array\" false [1,2]",
 "\"from promise\" [\"p\"]",
 "\"pair read\" [\"r\"]",
 "\"pair wrote\" [\"w1\"]",
 "\"from bad\" \"ERR_INVALID_ARG_TYPE\"",
 "\"compose\" [\"HI!\"]",
 "\"pair b got\" \"ping\"",
 "\"pair a got\" \"pong\"",
 "\"isDestroyed\" true \"function\"",
 "\"wrap static\" [\"x\"] true"
];
const { Readable, Duplex, compose, duplexPair, Transform, Writable, PassThrough } = require('stream');
const log = [];
const L = (...a) => log.push(a.map((x) => (x && x.code) || (x instanceof Error ? x.message : JSON.stringify(x))).join(' '));
(async () => {
  L('toArray', await Readable.from([1, 2, 3]).toArray());
  L('map', await Readable.from([1, 2, 3]).map(async (x) => x * 2).toArray());
  L('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray());
  L('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  L('drop/take', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  const src = Readable.from([1, 2, 3]);
  L('some', await src.some((x) => x === 2));
  L('every', await Readable.from([1, 2]).every((x) => x > 0));
  L('find', await Readable.from([1, 2, 3]).find((x) => x > 1));
  L('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { L('reduce empty', e.name, e.code, e.message); }
  const seen = []; await Readable.from(['a', 'b']).forEach((x) => seen.push(x)); L('forEach', seen);
  try { Readable.from([1]).map(5); } catch (e) { L('map bad', e.code, e.message); }
  const buf = await new Readable({ read() { this.push('ab'); this.push(null); } }).toArray();
  L('bytes', buf.map(String));
  // Duplex.from
  const d1 = Duplex.from(Readable.from(['x', 'y']));
  L('from readable', d1 instanceof Duplex, await d1.toArray());
  const d2 = Duplex.from([1, 2]);
  L('from array', d2.writable, await d2.toArray());
  const d3 = Duplex.from(Promise.resolve('p'));
  L('from promise', await d3.toArray());
  const got = [];
  const sink = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
  const sinkDone = new Promise((r) => sink.on('finish', r));
  const d4 = Duplex.from({ writable: sink, readable: Readable.from(['r']) });
  d4.end('w1');
  L('pair read', await d4.toArray());
  await sinkDone;
  L('pair wrote', got);
  try { Duplex.from(5); } catch (e) { L('from bad', e.code); }
  // compose
  const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const ex = new Transform({ transform(c, e, cb) { cb(null, c + '!'); } });
  const c = compose(up, ex);
  c.end('hi');
  L('compose', (await c.toArray()).map(String));
  // duplexPair
  const [a, b] = duplexPair();
  a.write('ping');
  b.once('data', (d) => { L('pair b got', String(d)); b.end('pong'); });
  await new Promise((r) => a.on('data', (d) => { L('pair a got', String(d)); r(); }));
  L('isDestroyed', require('stream').isDestroyed(src), typeof require('stream')._isArrayBufferView);
  const old = new (require('stream').Stream)();
  const w = Readable.wrap(old);
  setTimeout(() => { old.emit('data', 'x'); old.emit('end'); }, 1);
  L('wrap static', await w.toArray(), w.readableObjectMode);
  if (process.env.DUMP_LOG) console.log(JSON.stringify(log, null, 1));
  else assert.deepStrictEqual(log, expected);
  done = true;
})();
process.on('exit', () => assert.ok(done || process.env.DUMP_LOG));
