'use strict';
// Readable#map/filter/forEach with options.concurrency: several calls in flight, results in
// source order, read-ahead bounded (2 * concurrency - 1 items), errors reject, validation.
// Calls finish when the test resolves them (no timers), so load cannot change the order.
// The expected log is Node 20's.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};
let done = false;
(async () => {
  const pending = {};
  const mapped = Readable.from(['a', 'b', 'c', 'd', 'e']).map((x) => {
    log.push('start ' + x);
    return new Promise((resolve) => { pending[x] = () => { log.push('end ' + x); resolve(x.toUpperCase()); }; });
  }, { concurrency: 2 });
  const result = mapped.toArray();
  await settle();
  log.push('step');
  pending.b();
  await settle();
  log.push('step');
  pending.c();
  await settle();
  log.push('step');
  pending.a();
  await settle();
  log.push('step');
  pending.d();
  pending.e();
  log.push('out ' + (await result).join());

  try {
    Readable.from([1]).map((x) => x, { concurrency: 0 });
  } catch (e) {
    log.push(e.code + ' ' + e.message);
  }
  try {
    await Readable.from([1, 2, 3]).map(async (x) => {
      if (x === 2) throw new Error('bad');
      return x;
    }, { concurrency: 3 }).toArray();
  } catch (e) {
    log.push('rejected ' + e.message);
  }
  const f = await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0, { concurrency: 4 }).toArray();
  log.push('filter ' + f.join());
  const seen = [];
  await Readable.from([3, 1, 2]).forEach(async (x) => { seen.push(x); }, { concurrency: 3 });
  log.push('forEach ' + seen.join());
  assert.deepStrictEqual(log, [
    'start a', 'start b', 'step',
    'end b', 'start c', 'step',
    'end c', 'step',
    'end a', 'start d', 'start e', 'step',
    'end d', 'end e', 'out A,B,C,D,E',
    'ERR_OUT_OF_RANGE The value of "options.concurrency" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
    'rejected bad',
    'filter 2,4',
    'forEach 3,1,2',
  ]);
  done = true;
})();
process.on('exit', () => assert.ok(done));
