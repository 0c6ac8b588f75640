// compare-stdout
// Edge cases of emit, once wrappers and the nextTick queue, on the paths the runtime serves
// natively or with reused storage (runtime/eventsbinding.go, internal/bootstrap): every line printed
// must be the same as under node.
'use strict';
const assert = require('assert');
const EventEmitter = require('events');

const out = [];
const say = (...parts) => out.push(parts.join(' '));

// What listeners receive: the count and values exactly as given, `this` the emitter.
{
  const e = new EventEmitter();
  function plain() {
    say('plain', this === e, arguments.length, JSON.stringify(Array.from(arguments, (v) => (v === undefined ? 'u' : v))));
  }
  const arrow = (...rest) => say('arrow', rest.length);
  e.on('a', plain);
  for (const args of [[], [1], [undefined], [1, 2], [undefined, undefined, undefined], [1, 2, 3, 4], [1, 2, 3, 4, 5],
    [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
    say('emit returns', e.emit('a', ...args));
  }
  e.on('a', arrow); // now an array of two
  e.emit('a', 1, undefined, 3);
  e.once('a', plain); // three, the last a once wrapper
  e.emit('a', 'x');
  e.emit('a');
  say('no listeners', e.emit('nothing', 1), e.emit('nothing'));
  const sym = Symbol('s');
  e.on(sym, function (v) { say('symbol', this === e, v); });
  say('symbol returns', e.emit(sym, 5));
  // Names that are neither strings nor symbols are property keys too.
  e.on(42, (v) => say('number name', v));
  say('number returns', e.emit(42, 'n'), e.emit('42', 's'));
}

// Listeners added or removed while an emit runs: the round calls those present at its start.
{
  const e = new EventEmitter();
  const late = () => say('late');
  const second = () => say('second');
  e.on('x', () => {
    say('first');
    e.on('x', late);
    e.removeListener('x', second);
  });
  e.on('x', second);
  e.emit('x');
  say('round 2');
  e.emit('x');
  say('count', e.listenerCount('x'));

  // A single listener that removes itself and adds another: the new one waits for the next emit.
  const f = new EventEmitter();
  f.on('y', function self() {
    say('self');
    f.removeListener('y', self);
    f.on('y', () => say('replacement'));
  });
  f.emit('y');
  f.emit('y');
}

// once with removeListener during emit, and a once listener that emits its own event again.
{
  const e = new EventEmitter();
  const a = () => {
    say('a');
    e.removeListener('z', b);
  };
  const b = () => say('b');
  e.once('z', a);
  e.once('z', b);
  e.emit('z');
  say('after', e.listenerCount('z'), e.emit('z'));

  const r = new EventEmitter();
  let depth = 0;
  r.once('again', (n) => {
    say('again', n, depth++);
    say('inner emit', r.emit('again', n + 1));
  });
  r.emit('again', 0);

  // The raw once wrapper called directly: forwards once, with the emitter as `this`.
  const w = new EventEmitter();
  w.once('q', function (...args) { say('raw call', this === w, args.length); return 'result'; });
  const raw = w.rawListeners('q')[0];
  say('raw', typeof raw, typeof raw.listener, raw(1, 2), raw(3), w.listenerCount('q'));
}

// newListener / removeListener events and their arguments.
{
  const e = new EventEmitter();
  const f = () => {};
  e.on('newListener', (type, fn) => say('newListener', String(type), fn === f));
  e.on('removeListener', (type, fn) => say('removeListener', String(type), fn === f));
  e.on('p', f);
  e.once('p', f);
  e.emit('p');
  e.removeListener('p', f);
  say('p left', e.listenerCount('p'));
}

// eventNames order after removals and re-additions, and the table shape.
{
  const e = new EventEmitter();
  const f = () => {};
  const s = Symbol('t');
  e.on('one', f);
  e.on(s, f);
  e.on('two', f);
  e.on('three', f);
  e.removeListener('two', f);
  e.on('two', f);
  e.once('four', f);
  e.emit('four');
  say('names', e.eventNames().map(String).join(','), e._eventsCount, Object.getPrototypeOf(e._events) === null);
  e.removeAllListeners();
  say('after removeAll', e.eventNames().length, e._eventsCount);
}

// 'error' without listeners throws the argument, or ERR_UNHANDLED_ERROR for a non-error.
{
  const e = new EventEmitter();
  try {
    e.emit('error', new Error('plain'));
  } catch (err) {
    say('threw', err.message);
  }
  try {
    e.emit('error', 'text');
  } catch (err) {
    say('threw', err.code, err.message);
  }
  try {
    e.emit('error');
  } catch (err) {
    say('threw', err.code, err.message);
  }
  e.on(EventEmitter.errorMonitor, (err) => say('monitor', err.message));
  e.on('error', (err, extra) => say('error listener', err.message, extra));
  say('error returns', e.emit('error', new Error('seen'), 'x'));
}

// A listener that throws: the throw reaches emit's caller, later listeners do not run.
{
  const e = new EventEmitter();
  e.on('t', () => {
    throw new Error('from listener');
  });
  e.on('t', () => say('not reached'));
  try {
    e.emit('t');
  } catch (err) {
    say('caught', err.message);
  }
  const o = new EventEmitter();
  o.once('t', () => {
    throw new Error('from once');
  });
  try {
    o.emit('t');
  } catch (err) {
    say('caught', err.message, o.listenerCount('t'));
  }
}

// emit called on other objects and subclasses.
{
  class Sub extends EventEmitter {
    emit(type, ...args) {
      say('sub emit', type, args.length);
      return super.emit(type, ...args);
    }
  }
  const s = new Sub();
  s.on('v', (...a) => say('sub listener', a.length));
  s.emit('v', 1, 2);
  const bare = { _events: { __proto__: null, w: (v) => say('bare', v) } };
  say('bare returns', EventEmitter.prototype.emit.call(bare, 'w', 9));
  say('fresh object', EventEmitter.prototype.emit.call({}, 'w'));
  const bound = function (v) { say('bound', this.tag, v); }.bind({ tag: 'b' });
  const e = new EventEmitter();
  e.on('b', bound);
  e.on('b', async (v) => say('async', v));
  e.emit('b', 1);
}

// captureRejections: a rejected promise from a listener becomes 'error' (or Symbol.for('nodejs.rejection')).
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('c', async (v) => {
    throw new Error('rejected ' + v);
  });
  e.on('error', (err) => say('captured', err.message));
  e.emit('c', 1);
}

// nextTick: arguments as given, FIFO order, before promise jobs, before setImmediate; ticks queued by
// ticks run in the same drain; many ticks in a row keep their order.
{
  process.nextTick((...a) => say('tick args', a.length, a.map(String).join(',')));
  process.nextTick((...a) => say('tick args', a.length, a.map(String).join(',')), undefined);
  process.nextTick((...a) => say('tick args', a.length, a.map(String).join(',')), 1, 2, 3, 4, 5, 6);
  setImmediate(() => say('immediate'));
  Promise.resolve().then(() => {
    say('promise');
    process.nextTick(() => say('tick from promise'));
  });
  process.nextTick(() => {
    say('tick 1');
    process.nextTick(() => say('tick from tick'));
    Promise.resolve().then(() => say('promise from tick'));
  });
  let n = 0;
  const chain = () => {
    if (++n < 5000) process.nextTick(chain);
    else say('chain done', n);
  };
  process.nextTick(chain);
  const order = [];
  for (let i = 0; i < 4000; i++) process.nextTick(() => order.push(i));
  process.nextTick(() => say('fifo', order.length, order.every((v, i) => v === i)));
}

process.on('exit', () => {
  for (const line of out) console.log(line);
  assert.ok(out.length > 50);
});
