'use strict';
// require('v8'): getHeapSnapshot() returns a Readable of a JSON heap snapshot (under h2js one
// that lists no objects), validates its options, and getHeapStatistics() has Node's fields.
const assert = require('assert');
const v8 = require('node:v8');
const { Readable } = require('stream');

assert.strictEqual(require('v8'), v8);
assert.throws(() => v8.getHeapSnapshot(1), { code: 'ERR_INVALID_ARG_TYPE' });
const stats = v8.getHeapStatistics();
for (const k of ['total_heap_size', 'used_heap_size', 'heap_size_limit', 'external_memory']) {
  assert.strictEqual(typeof stats[k], 'number', k);
}
const s = v8.getHeapSnapshot();
assert.ok(s instanceof Readable);
const chunks = [];
s.on('data', (c) => chunks.push(c));
s.on('end', () => {
  const snap = JSON.parse(Buffer.concat(chunks).toString());
  assert.ok(Array.isArray(snap.snapshot.meta.node_fields));
  assert.strictEqual(snap.snapshot.meta.node_fields[0], 'type');
  assert.ok(Array.isArray(snap.nodes));
  assert.ok(Array.isArray(snap.strings));
  // A snapshot nobody reads still ends the process normally.
  v8.getHeapSnapshot().resume();
});
