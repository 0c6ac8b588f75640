'use strict';
// timers/promises: setTimeout/setImmediate values, AbortSignal rejections (ABORT_ERR with cause),
// validation rejections, the setInterval async iterator and scheduler.wait.
const assert = require('assert');
const tp = require('timers/promises');
const timers = require('timers');

let finished = false;

async function main() {
  const t0 = Date.now();
  assert.strictEqual(await tp.setTimeout(20, 'v'), 'v');
  assert.ok(Date.now() - t0 >= 15, 'waited');
  assert.strictEqual(await tp.setImmediate('imm'), 'imm');
  assert.strictEqual(await tp.scheduler.wait(5), undefined);
  assert.strictEqual(timers.promises, tp);

  // abort before and during
  const pre = new AbortController();
  pre.abort('why');
  await assert.rejects(tp.setTimeout(10, 1, { signal: pre.signal }), (e) => {
    assert.strictEqual(e.name, 'AbortError');
    assert.strictEqual(e.code, 'ABORT_ERR');
    assert.strictEqual(e.message, 'The operation was aborted');
    assert.strictEqual(e.cause, 'why');
    return true;
  });
  const ac = new AbortController();
  const p = tp.setTimeout(5000, 1, { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
  const ac2 = new AbortController();
  const p2 = tp.setImmediate(1, { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(p2, { code: 'ABORT_ERR' });

  // validation errors reject
  await assert.rejects(tp.setTimeout(1, 1, 5), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
  });
  await assert.rejects(tp.setTimeout(1, 1, { ref: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.ref" property must be of type boolean. Received type number (1)',
  });
  await assert.rejects(tp.setImmediate(1, { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });

  // interval iterator
  const seen = [];
  const it = tp.setInterval(5, 'tick');
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  for (let r = await it.next(); !r.done; r = await it.next()) {
    seen.push(r.value);
    if (seen.length === 3) await it.return();
  }
  assert.deepStrictEqual(seen, ['tick', 'tick', 'tick']);
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // aborting an interval rejects the pending next(), then the iterator is done
  const ac3 = new AbortController();
  const it3 = tp.setInterval(5, 'x', { signal: ac3.signal });
  assert.deepStrictEqual(await it3.next(), { value: 'x', done: false });
  const pending = it3.next();
  ac3.abort();
  await assert.rejects(pending, { code: 'ABORT_ERR' });
  assert.deepStrictEqual(await it3.next(), { value: undefined, done: true });

  // bad options surface from next(), not synchronously
  const bad = tp.setInterval(5, 1, 5);
  await assert.rejects(bad.next(), { code: 'ERR_INVALID_ARG_TYPE' });
  finished = true;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
process.on('exit', () => assert.ok(finished, 'main finished'));
