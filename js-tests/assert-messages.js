'use strict';
// Exact texts of generated assertion messages (Node 20): inline vs diff forms, skipped lines in long
// diffs, the "^" marker, object matchers with RegExp values, ifError's stack, CallTracker, and the
// quoting of the failing call's source by assert.ok.
const assert = require('assert');

function same(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new Error(what + ':\n got  ' + JSON.stringify(actual) + '\n want ' + JSON.stringify(expected));
  }
}
function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw from ' + fn);
}
const msg = (fn) => caught(fn).message;
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));

// Inline "a !== b" only while both renderings fit in 12 characters, and never for -0 vs 0.
same(msg(() => assert.strictEqual(123456, 123457)), 'Expected values to be strictly equal:\n\n123456 !== 123457\n', 'inline');
same(msg(() => assert.strictEqual(1, 123456789012)),
  'Expected values to be strictly equal:\n+ actual - expected\n\n+ 1\n- 123456789012', 'too long for inline');
same(msg(() => assert.strictEqual(-0, 0)), 'Expected values to be strictly equal:\n+ actual - expected\n\n+ -0\n- 0', '-0');
same(msg(() => assert.deepStrictEqual(-0, 1)), 'Expected values to be strictly deep-equal:\n\n-0 !== 1\n', '-0 vs 1');
// The marker under the first differing character (from the fourth on, short renderings only).
same(msg(() => assert.strictEqual(1234567, 1234568)),
  'Expected values to be strictly equal:\n+ actual - expected\n\n+ 1234567\n- 1234568\n        ^', 'caret');
same(msg(() => assert.strictEqual('xaaaaaaaaaaaa', 'xbbbbbbbbbbbb')),
  "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'xaaaaaaaaaaaa'\n- 'xbbbbbbbbbbbb'", 'no caret early');
same(msg(() => assert.strictEqual('x'.repeat(40) + 'a', 'x'.repeat(40) + 'b')).includes('^'), false, 'no caret long');
same(msg(() => assert.strictEqual('a\nb\nc', 'a\nx\nc')),
  "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'a\\nb\\nc'\n- 'a\\nx\\nc'\n      ^", 'newlines');

// notStrictEqual / notDeepStrictEqual put renderings of up to 5 characters on the header line.
same(msg(() => assert.notStrictEqual(12345, 12345)), 'Expected "actual" to be strictly unequal to: 12345', 'short');
same(msg(() => assert.notStrictEqual('abcd', 'abcd')), "Expected \"actual\" to be strictly unequal to:\n\n'abcd'", 'not short');
same(msg(() => assert.notDeepStrictEqual([], [])), 'Expected "actual" not to be strictly deep-equal to: []', 'empty array');
same(msg(() => assert.notDeepStrictEqual([1, 2], [1, 2])),
  'Expected "actual" not to be strictly deep-equal to:\n\n[\n  1,\n  2\n]\n', 'multi-line');
same(msg(() => assert.notDeepEqual(1, 1)), 'Expected "actual" not to be loosely deep-equal to:\n\n1', 'loose not');
{
  const m = msg(() => assert.notDeepStrictEqual(range(100, (i) => i), range(100, (i) => i))).split('\n');
  same(m.length, 50, 'long rendering cut');
  same(m[m.length - 2], '...', 'cut marker');
}

// Diffs: keys sorted, unchanged runs shortened, changes grouped.
same(msg(() => assert.deepStrictEqual({ b: 1, a: 2 }, { b: 1, a: 3 })),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 2,\n-   a: 3,\n    b: 1\n  }', 'sorted');
same(msg(() => assert.deepStrictEqual(range(20, (i) => i), range(20, (i) => (i === 3 || i === 15 ? -i : i)))),
  'Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    0,\n    1,\n    2,\n' +
  '+   3,\n-   -3,\n    4,\n    5,\n...\n    13,\n    14,\n+   15,\n-   -15,\n    16,\n...\n    18,\n    19\n  ]', 'skipped');
same(msg(() => assert.deepStrictEqual(range(20, (i) => i), range(20, (i) => (i === 3 || i === 4 ? -i : i)))),
  'Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    0,\n    1,\n    2,\n' +
  '+   3,\n+   4,\n-   -3,\n-   -4,\n    5,\n...\n    18,\n    19\n  ]', 'grouped');
same(msg(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4])),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n    3,\n-   4\n  ]', 'appended');
same(msg(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Map(1) {\n+   1 => 2\n-   1 => 3\n  }', 'map');
same(msg(() => assert.deepStrictEqual([1], { 0: 1 })),
  "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [\n+   1\n+ ]\n- {\n-   '0': 1\n- }", 'types');
{
  const m = msg(() => assert.deepStrictEqual(range(100, (i) => i), range(100, (i) => -i - 1))).split('\n');
  same(m[4], '+   0,', 'huge diff start');
  same(m[m.length - 1], '...', 'huge diff cut');
}

// Caller's message: replaces the header of strictEqual/deepStrictEqual but keeps the comparison.
same(msg(() => assert.strictEqual(null, undefined, 'custom')), 'custom\n+ actual - expected\n\n+ null\n- undefined', 'custom diff');
same(msg(() => assert.strictEqual({ a: 1 }, { a: 1 }, 'custom')),
  'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n', 'custom same structure');
same(msg(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 5)), '5\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }', 'number message');
same(msg(() => assert.equal(1, 2, 5)), '5', 'equal number message');
same(msg(() => assert.ok(false, {})), '[object Object]', 'object message');

// Generic and loose forms.
same(msg(() => assert.equal({ a: 1 }, { a: 1 })), '{\n  a: 1\n} == {\n  a: 1\n}', 'equal objects');
same(msg(() => assert.equal('x'.repeat(1000), 'y')), "'" + 'x'.repeat(508) + "... == 'y'", 'equal clipped');
same(msg(() => assert.deepEqual([1], [2])),
  'Expected values to be loosely deep-equal:\n\n[\n  1\n]\n\nshould loosely deep-equal\n\n[\n  2\n]', 'deepEqual arrays');

// Object matchers: only the compared keys, RegExps test string properties, Error matchers add
// name and message.
const thrower = (e) => () => {
  throw e;
};
assert.throws(thrower(Object.assign(new Error('x'), { n: 'abc' })), { n: /^a/ });
assert.throws(thrower(Object.assign(new Error('x'), { n: /^a/ })), { n: /^a/ });
same(msg(() => assert.throws(thrower(new Error('x')), { message: /x/, name: 'TypeError' })),
  "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n    message: 'x',\n" +
  "+   name: 'Error'\n-   name: 'TypeError'\n  }", 'regexp hit shown as equal');
same(msg(() => assert.throws(thrower(new Error('x')), { foo: 1 })),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ Comparison {}\n- Comparison {\n-   foo: 1\n- }', 'missing key');
same(msg(() => assert.throws(thrower(Object.assign(new Error('x'), { n: { d: 'abc' } })), { n: { d: /^a/ } })),
  "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n    n: {\n+     d: 'abc'\n" +
  '-     d: /^a/\n    }\n  }', 'nested regexp not applied');
same(msg(() => assert.throws(thrower(new TypeError('x')), new Error('x'))),
  "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n    message: 'x',\n" +
  "+   name: 'TypeError'\n-   name: 'Error'\n  }", 'error instance matcher');
same(msg(() => assert.throws(thrower('str'), { a: 1 })),
  "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 'str'\n- {\n-   a: 1\n- }", 'primitive thrown');
same(caught(() => assert.throws(thrower(new Error('x')), {})).code, 'ERR_INVALID_ARG_VALUE', 'empty object');
same(msg(() => assert.throws(() => {}, {})), 'Missing expected exception.', 'unused empty matcher');
same(msg(() => assert.throws(() => {}, function named() {})), 'Missing expected exception (named).', 'function name');
assert.throws(thrower(new TypeError('x')), null);

// Class and validation-function matchers.
same(msg(() => assert.throws(thrower({}), TypeError)),
  'The error is expected to be an instance of "TypeError". Received "{}"', 'plain object received');
same(msg(() => assert.throws(thrower(Object.assign(new Error('x'), { name: 'Renamed' })), TypeError)),
  'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nx', 'constructor name');
same(msg(() => assert.throws(thrower(new Error('x')), function named() { return 'yes'; })),
  'The "named" validation function is expected to return "true". Received \'yes\'\n\nCaught error:\n\nError: x', 'named validator');
same(msg(() => assert.throws(thrower(new Error('x')), /y/, 'custom')), 'custom', 'regexp custom');

// doesNotThrow: a string matcher is the message, other matcher types are validated.
same(msg(() => assert.doesNotThrow(thrower(new Error('q')), 'x', 'y')), 'Got unwanted exception: x\nActual message: "q"', 'string');
same(caught(() => assert.doesNotThrow(thrower(new Error('q')), { message: 'q' })).message,
  'The "expected" argument must be of type function or an instance of RegExp. Received an instance of Object', 'object');
same(msg(() => assert.doesNotThrow(thrower(null))), 'Got unwanted exception.\nActual message: "null"', 'null thrown');
assert.doesNotThrow(() => {}, 'x', 'y');

// ifError: message forms and the original error's frames in the stack.
same(msg(() => assert.ifError({ message: 5 })), 'ifError got unwanted exception: { message: 5 }', 'ifError object');
same(msg(() => assert.ifError(NaN)), 'ifError got unwanted exception: NaN', 'ifError NaN');
{
  function makeError() {
    return new Error('orig');
  }
  const orig = makeError();
  const err = caught(() => assert.ifError(orig));
  const frames = err.stack.split('\n').filter((l) => /^\s+at /.test(l));
  same(err.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: ifError got unwanted exception: orig', 'ifError stack head');
  same(frames.findIndex((l) => /makeError/.test(l)) > 0, true, 'the ifError call comes first');
}

// fail
same(caught(() => assert.fail(null)).message, 'Failed', 'fail(null)');
same(caught(() => assert.fail(null)).actual, null, 'fail(null) actual');
same(caught(() => assert.fail(1, 2, undefined)).message, '1 fail 2', 'fail 3 args');
same(caught(() => assert.fail({ a: 1 }, [2])).message, '{\n  a: 1\n} != [\n  2\n]', 'fail objects');

// match with non-strings.
same(msg(() => assert.match({}, /y/)), 'The "string" argument must be of type string. Received type object ({})', 'match object');

// AssertionError: own properties and the generic form.
{
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  same(Object.getOwnPropertyNames(e).filter((k) => k !== 'stack' && k !== 'message').join(','),
    'generatedMessage,name,code,actual,expected,operator', 'own property order');
  same(new assert.AssertionError({}).message, 'undefined undefined undefined', 'empty options');
  same(new assert.AssertionError({ message: new Error('err') }).message, 'Error: err', 'error message');
  same(new assert.AssertionError({ operator: 'notDeepEqual', actual: 1, expected: 2 }).message,
    'Expected values not to be loosely deep-equal:\n\n1\n\nshould not loosely deep-equal\n\n2', 'notDeepEqual unequal');
}

// rejects: the value returned by promiseFn must be a promise.
assert.rejects(() => 1).catch((e) => {
  same(e.message, 'Expected instance of Promise to be returned from the "promiseFn" function but got type number (1).',
    'invalid return value');
});
assert.rejects(() => ({})).catch((e) => {
  same(e.message,
    'Expected instance of Promise to be returned from the "promiseFn" function but got an instance of Object.', 'object');
});

// ok quotes the source of the failing call.
{
  const quoted = (fn) => msg(fn).split('\n\n')[1];
  same(quoted(() => assert['ok'](0)), "  assert['ok'](0)\n", 'computed member');
  same(quoted(() => assert.ok(`a${1}b` === 'x')), "  assert.ok(`a${1}b` === 'x')\n", 'template');
  same(quoted(() => assert.ok(')' === 'a')), "  assert.ok(')' === 'a')\n", 'paren in string');
  const { ok } = assert;
  same(quoted(() => ok(null)), '  ok(null)\n', 'plain call');
  same(quoted(() => assert.ok.call(null, 0)), '  assert.ok.call(null, 0)\n', 'via call');
  same(quoted(() => { assert.ok(/* c */ 0 /* ) */, // x
  ); }), '  assert.ok(/* c */ 0 /* ) */, // x\n  )\n', 'comments');
  same(msg(() => new Function('assert', 'assert.ok(false)')(assert)), 'false == true', 'no source');
}

// CallTracker (deprecated, still there).
{
  process.noDeprecation = true;
  const tracker = new assert.CallTracker();
  function foo(a) {
    return a + 1;
  }
  const tracked = tracker.calls(foo, 2);
  same(tracked(1), 2, 'tracked result');
  same(tracked.name, 'foo', 'tracked name');
  same(tracker.report().length, 1, 'report');
  same(tracker.report()[0].message, 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).',
    'report message');
  same(JSON.stringify(tracker.getCalls(tracked)), '[{"arguments":[1]}]', 'getCalls');
  const err = caught(() => tracker.verify());
  same(err.message, 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).', 'verify');
  tracked(2);
  tracker.verify();
  tracker.reset(tracked);
  same(tracker.getCalls(tracked).length, 0, 'reset');
  same(caught(() => tracker.getCalls(foo)).code, 'ERR_INVALID_ARG_VALUE', 'untracked');
  same(tracker.calls(2).length, 0, 'calls(n)');
}
