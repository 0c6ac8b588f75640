'use strict';
// 'error' semantics, errorMonitor, argument validation and its messages.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const boom = new Error('boom');
assert.throws(() => e.emit('error', boom), (err) => err === boom);

const table = [
  ['str', "Unhandled error. ('str')"],
  [42, 'Unhandled error. (42)'],
  [{ a: 1 }, 'Unhandled error. ({ a: 1 })'],
  [undefined, 'Unhandled error. (undefined)'],
];
for (const [value, message] of table) {
  assert.throws(() => e.emit('error', value), (err) => {
    assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.context, value);
    assert.ok(err instanceof Error);
    return true;
  });
}

// errorMonitor sees the error before it is thrown, and does not count as a handler
const seen = [];
e.on(EventEmitter.errorMonitor, (err) => seen.push(err.message));
assert.throws(() => e.emit('error', new Error('monitored')), /monitored/);
assert.deepStrictEqual(seen, ['monitored']);
e.on('error', (err) => seen.push('handled ' + err.message));
assert.strictEqual(e.emit('error', new Error('x')), true);
assert.deepStrictEqual(seen, ['monitored', 'x', 'handled x']);

// listener validation
for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeListener']) {
  assert.throws(() => e[method]('foo', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "listener" argument must be of type function. Received null',
  });
}
assert.throws(() => e.on('foo', 'nope'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type string (\'nope\')',
});

// max listener validation
assert.throws(() => e.setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => e.setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = NaN; }, { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
});
assert.throws(() => EventEmitter.getEventListeners(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received type number (1)',
});
assert.throws(() => EventEmitter.setMaxListeners(1, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. Received type number (5)',
});

// a listener that throws stops emit and propagates
const t = new EventEmitter();
const ran = [];
t.on('x', () => { ran.push(1); throw new Error('listener threw'); });
t.on('x', () => ran.push(2));
assert.throws(() => t.emit('x'), /listener threw/);
assert.deepStrictEqual(ran, [1]);
