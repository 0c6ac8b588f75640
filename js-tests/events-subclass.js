'use strict';
// Subclassing EventEmitter three ways, plus captureRejections.
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');

class Modern extends EventEmitter {
  constructor() {
    super();
    this.kind = 'modern';
  }
}
function Legacy() {
  EventEmitter.call(this);
  this.kind = 'legacy';
}
util.inherits(Legacy, EventEmitter);
function NoInit() {}
util.inherits(NoInit, EventEmitter);

for (const Ctor of [Modern, Legacy, NoInit]) {
  const o = new Ctor();
  assert.ok(o instanceof EventEmitter, Ctor.name);
  const got = [];
  o.on('x', function (v) { got.push([v, this === o]); });
  o.once('x', (v) => got.push(['once', v]));
  assert.strictEqual(o.emit('x', 1), true);
  o.emit('x', 2);
  assert.deepStrictEqual(got, [[1, true], ['once', 1], [2, true]]);
  assert.strictEqual(o.listenerCount('x'), 1);
}
assert.strictEqual(Legacy.super_, EventEmitter);
assert.strictEqual(new Legacy().kind, 'legacy');

// instances do not share listener tables
const a = new Modern();
const b = new Modern();
a.on('e', () => {});
assert.strictEqual(b.listenerCount('e'), 0);
const n1 = new NoInit();
const n2 = new NoInit();
n1.on('e', () => {});
assert.strictEqual(n2.listenerCount('e'), 0);

// captureRejections: a rejected promise from a listener becomes an 'error' event,
// or goes to Symbol.for('nodejs.rejection') when the emitter defines it.
let checks = 0;
process.on('exit', () => assert.strictEqual(checks, 2));

const cap = new EventEmitter({ captureRejections: true });
cap.on('job', async () => { throw new Error('async failure'); });
cap.on('error', (err) => {
  assert.strictEqual(err.message, 'async failure');
  checks++;
});
cap.emit('job');

class Handler extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [EventEmitter.captureRejectionSymbol](err, event, ...args) {
    assert.strictEqual(err.message, 'rejected');
    assert.strictEqual(event, 'work');
    assert.deepStrictEqual(args, [7]);
    checks++;
  }
}
const h = new Handler();
h.on('work', () => Promise.reject(new Error('rejected')));
h.emit('work', 7);
