'use strict';
// EventEmitter basics: registration order, emit return value, once, prepend, listener queries.
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);

const e = new EventEmitter();
const calls = [];
assert.strictEqual(e.emit('x'), false);
assert.strictEqual(e.on('x', (a, b) => calls.push(['first', a, b])), e);
e.addListener('x', function (a) { calls.push(['second', a, this === e]); });
e.prependListener('x', () => calls.push(['prepended']));
assert.strictEqual(e.emit('x', 1, 2), true);
assert.deepStrictEqual(calls, [['prepended'], ['first', 1, 2], ['second', 1, true]]);

// once fires a single time; rawListeners exposes the wrapper with .listener
const onceCalls = [];
function onceFn(v) { onceCalls.push(v); }
e.once('o', onceFn);
e.prependOnceListener('o', (v) => onceCalls.push('pre' + v));
assert.strictEqual(e.listenerCount('o'), 2);
assert.deepStrictEqual(e.listeners('o')[1], onceFn);
const raw = e.rawListeners('o');
assert.strictEqual(raw.length, 2);
assert.notStrictEqual(raw[1], onceFn);
assert.strictEqual(raw[1].listener, onceFn);
e.emit('o', 1);
e.emit('o', 2);
assert.deepStrictEqual(onceCalls, ['pre1', 1]);
assert.strictEqual(e.listenerCount('o'), 0);

// removing a once listener by the original function
e.once('r', onceFn);
e.off('r', onceFn);
assert.strictEqual(e.emit('r', 9), false);

// removeListener removes the last matching registration only
const dup = [];
const d = () => dup.push('d');
e.on('dup', d);
e.on('dup', d);
assert.strictEqual(e.listenerCount('dup'), 2);
assert.strictEqual(e.listenerCount('dup', d), 2);
e.removeListener('dup', d);
e.emit('dup');
assert.deepStrictEqual(dup, ['d']);

// listener removed during emit still runs for that emit (emit works on a copy)
const seq = [];
const b = () => seq.push('b');
e.on('copy', () => { seq.push('a'); e.removeListener('copy', b); });
e.on('copy', b);
e.emit('copy');
e.emit('copy');
assert.deepStrictEqual(seq, ['a', 'b', 'a']);

// eventNames includes symbols (string keys first, as Reflect.ownKeys orders them)
const sym = Symbol('s');
const f = new EventEmitter();
assert.deepStrictEqual(f.eventNames(), []);
f.on('a', () => {});
f.on(sym, () => {});
f.on('b', () => {});
assert.deepStrictEqual(f.eventNames(), ['a', 'b', sym]);
f.removeAllListeners('a');
assert.deepStrictEqual(f.eventNames(), ['b', sym]);
f.removeAllListeners();
assert.deepStrictEqual(f.eventNames(), []);

// newListener fires before the listener is added; removeListener after removal
const g = new EventEmitter();
const meta = [];
const l1 = () => {};
g.on('newListener', (name, fn) => meta.push(['new', name, fn === l1, g.listenerCount(name)]));
g.on('removeListener', (name, fn) => meta.push(['removed', name, fn === l1, g.listenerCount(name)]));
g.on('evt', l1);
g.once('evt', l1);
g.removeListener('evt', l1);
g.removeAllListeners('evt');
assert.deepStrictEqual(meta, [
  ['new', 'removeListener', false, 0],
  ['new', 'evt', true, 0],
  ['new', 'evt', true, 1],
  ['removed', 'evt', true, 1],
  ['removed', 'evt', true, 0],
]);

// removeAllListeners() with removeListener listeners reports every removal, the removeListener listener itself is not reported
const h = new EventEmitter();
const removed = [];
h.on('a', () => {});
h.on('b', () => {});
h.on('removeListener', (name) => removed.push(name));
h.removeAllListeners();
assert.deepStrictEqual(removed, ['a', 'b']);
assert.deepStrictEqual(h.eventNames(), []);

// static helpers
const k = new EventEmitter();
k.on('z', () => {});
k.once('z', onceFn);
assert.strictEqual(EventEmitter.listenerCount(k, 'z'), 2);
assert.deepStrictEqual(EventEmitter.getEventListeners(k, 'z')[1], onceFn);
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(k.getMaxListeners(), 10);
assert.strictEqual(k.setMaxListeners(3), k);
assert.strictEqual(k.getMaxListeners(), 3);
assert.strictEqual(EventEmitter.getMaxListeners(k), 3);
EventEmitter.setMaxListeners(5, k);
assert.strictEqual(k.getMaxListeners(), 5);
assert.deepStrictEqual(Object.keys(new EventEmitter()), ['_events', '_eventsCount', '_maxListeners']);
