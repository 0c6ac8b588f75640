'use strict';
// Duplex.from() of an async generator function (transform) and an async function (sink), compose()
// of a generator and a stream, and compose() inside pipeline().
const assert = require('assert');
const { Duplex, Readable, Writable, compose, pipeline, PassThrough } = require('stream');
const log = [];
let done = false;
process.on('exit', () => assert.ok(done));
(async () => {
  const d = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
  d.write('abc'); d.end('def');
  log.push('gen: ' + JSON.stringify(await d.toArray()));
  const d2 = Duplex.from(async function (source) { let n = 0; for await (const c of source) n += c.length; log.push('consumed ' + n); });
  const fin = new Promise((r) => d2.on('finish', r));
  d2.write('12'); d2.end('345');
  await fin;
  log.push('d2 finished');
  const c = compose(async function* (s) { for await (const x of s) yield x + '!'; }, new PassThrough({ objectMode: true }));
  c.write('a'); c.end('b');
  log.push('compose: ' + JSON.stringify((await c.toArray()).map(String)));
  const out = [];
  await new Promise((res) => pipeline(Readable.from(['x', 'y']), compose(async function* (s) { for await (const x of s) yield x.toUpperCase(); }), new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }), (err) => { log.push('pipeline ' + err + ' ' + out.join()); res(); }));
  assert.deepStrictEqual(log, ['gen: ["ABC","DEF"]', 'consumed 5', 'd2 finished', 'compose: ["a!","b!"]', 'pipeline undefined X,Y']);
  done = true;
})();
