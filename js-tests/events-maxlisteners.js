'use strict';
// MaxListenersExceededWarning goes through process.emitWarning, once per event name.
const assert = require('assert');
const EventEmitter = require('events');

const warnings = [];
const original = process.emitWarning;
process.emitWarning = (w, ...rest) => { warnings.push([w, rest]); };
try {
  class Pool extends EventEmitter {}
  const p = new Pool();
  for (let i = 0; i < 10; i++) p.on('data', () => {});
  assert.strictEqual(warnings.length, 0);
  p.on('data', () => {});
  assert.strictEqual(warnings.length, 1);
  const w = warnings[0][0];
  assert.ok(w instanceof Error);
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message, 'Possible EventEmitter memory leak detected. 11 data listeners added to [Pool]. ' +
    'MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w.emitter, p);
  assert.strictEqual(w.type, 'data');
  assert.strictEqual(w.count, 11);
  p.on('data', () => {});
  assert.strictEqual(warnings.length, 1, 'warned only once per event');

  const plain = new EventEmitter();
  plain.setMaxListeners(1);
  plain.on('x', () => {});
  plain.on('x', () => {});
  assert.strictEqual(warnings.length, 2);
  assert.strictEqual(warnings[1][0].message, 'Possible EventEmitter memory leak detected. 2 x listeners added to ' +
    '[EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit');

  // 0 means unlimited
  const unlimited = new EventEmitter();
  unlimited.setMaxListeners(0);
  for (let i = 0; i < 50; i++) unlimited.on('y', () => {});
  assert.strictEqual(warnings.length, 2);

  // defaultMaxListeners applies to emitters without their own limit
  EventEmitter.defaultMaxListeners = 2;
  const small = new EventEmitter();
  small.on('z', () => {});
  small.on('z', () => {});
  assert.strictEqual(warnings.length, 2);
  small.on('z', () => {});
  assert.strictEqual(warnings.length, 3);
  assert.strictEqual(warnings[2][0].count, 3);
  EventEmitter.defaultMaxListeners = 10;
} finally {
  process.emitWarning = original;
}
