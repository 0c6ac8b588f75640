'use strict';
// some()/find() stop reading at the first hit and destroy the source just after answering (the
// caller sees destroyed === false, 'close' follows); a throwing forEach callback rejects.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
let done = false;
(async () => {
  const src = Readable.from([1, 2, 3]);
  src.on('close', () => log.push('close'));
  log.push('some ' + (await src.some((x) => x === 2)) + ' ' + src.destroyed);
  await new Promise((r) => setImmediate(r));
  log.push('later ' + src.destroyed);
  const s2 = Readable.from([1, 2, 3]);
  log.push('find ' + (await s2.find((x) => x === 2)) + ' ' + s2.destroyed);
  try {
    await Readable.from([1, 2]).forEach(() => { throw new Error('fe'); });
  } catch (e) {
    log.push('forEach threw ' + e.message);
  }
  assert.deepStrictEqual(log, ['some true false', 'close', 'later true', 'find 2 false', 'forEach threw fe']);
  done = true;
})();
process.on('exit', () => assert.ok(done));
