'use strict';
// pipeline() with async generator sources and stages, an async function as the last stage (its
// value reaches the callback), errors thrown inside generators, and stream/promises' pipeline with
// { end: false } and { signal }. Expected log recorded from Node 20.
const assert = require('assert');
let done = false;
process.on('exit', () => assert.ok(done));
const { pipeline, Writable, Readable, PassThrough } = require('stream');
const sp = require('stream/promises');
const log = [];
const sink = (name) => new Writable({ objectMode: true, write(c, e, cb) { log.push(name + ' ' + c); cb(); } });
(async () => {
  await new Promise((r) => pipeline(async function* () { yield 'a'; yield 'b'; }, sink('s1'), (err, v) => { log.push('cb1 ' + err + ' ' + v); r(); }));
  await new Promise((r) => pipeline(async function* () { yield 'a'; throw new Error('gen fail'); }, sink('s2'), (err) => { log.push('cb2 ' + err.message); r(); }));
  await new Promise((r) => pipeline(['x'], async function* (src) { for await (const c of src) yield c + c; }, async function (src) { let s = ''; for await (const c of src) s += c; return s; }, (err, v) => { log.push('cb3 ' + err + ' ' + v); r(); }));
  const w = sink('s4');
  await new Promise((r) => pipeline(Readable.from(['q']), w, (err) => { log.push('cb4 ' + err + ' ' + w.writableFinished + ' ' + w.destroyed); r(); }));
  const r5 = new Readable({ read() {} });
  const w5 = sink('s5');
  const p = sp.pipeline(r5, w5, { end: false });
  r5.push('z'); r5.push(null);
  await p; log.push('p5 ' + w5.writableEnded);
  try { await sp.pipeline(Readable.from(['q']), async function* (s) { for await (const c of s) throw new Error('mid ' + c); }, sink('s6')); } catch (e) { log.push('p6 ' + e.message); }
  const ac = new AbortController();
  const r7 = new Readable({ read() {} });
  setTimeout(() => ac.abort(), 1);
  try { await sp.pipeline(r7, sink('s7'), { signal: ac.signal }); } catch (e) { log.push('p7 ' + e.name + ' ' + r7.destroyed); }
  assert.deepStrictEqual(log, ["s1 a", "s1 b", "cb1 undefined undefined", "s2 a", "cb2 gen fail", "cb3 undefined xx", "s4 q", "cb4 undefined true true", "s5 z", "p5 false", "p6 mid q", "p7 AbortError true"]);
  done = true;
})();
