'use strict';
// util.inspect on Errors: the stack is printed as is, extra own properties follow in braces,
// errors without a stack are bracketed, subclasses are named. Stack frames differ between
// engines, so frames are stripped before comparing.
const assert = require('assert');
const util = require('util');

const strip = (s) => s.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');

const e1 = new Error('boom');
e1.code = 'X';
const s1 = util.inspect(e1);
assert.ok(s1.startsWith('Error: boom\n'), s1);
assert.ok(/\n\s+at /.test(s1), 'stack frames are shown');
assert.strictEqual(strip(s1), "Error: boom\n  code: 'X'\n}");
assert.ok(s1.split('\n').slice(-3).join('\n').endsWith("{\n  code: 'X'\n}"), s1);

const e3 = new Error('nostack');
e3.stack = 'Error: nostack';
assert.strictEqual(util.inspect(e3), '[Error: nostack]');
assert.strictEqual(util.inspect([e3]), '[ [Error: nostack] ]');

class MyErr extends Error {}
const e4 = new MyErr('mine');
e4.stack = 'Error: mine\n    at foo (x.js:1:1)';
assert.strictEqual(util.inspect(e4), 'MyErr [Error]: mine\n    at foo (x.js:1:1)');

const e5 = new Error('outer', { cause: e3 });
assert.strictEqual(strip(util.inspect(e5)), 'Error: outer\n  [cause]: [Error: nostack]\n}');

const e6 = new RangeError('r');
e6.stack = 'RangeError: r';
e6.extra = { deep: { deeper: { deepest: 1 } } };
assert.strictEqual(util.inspect(e6), '[RangeError: r] { extra: { deep: { deeper: [Object] } } }');

const e7 = new Error('named');
e7.name = 'CustomName';
e7.stack = 'CustomName: named';
assert.strictEqual(util.inspect(e7), '[CustomName: named]');

const e8 = new Error('nested');
e8.stack = 'Error: nested\n    at a (a.js:1:1)\n    at b (b.js:2:2)';
assert.strictEqual(util.inspect({ err: e8 }), '{\n  err: Error: nested\n      at a (a.js:1:1)\n      at b (b.js:2:2)\n}');

const e9 = new TypeError('typed');
e9.stack = 'TypeError: typed';
e9.code = 'ERR_X';
assert.strictEqual(util.inspect(e9), "[TypeError: typed] { code: 'ERR_X' }");

// format with errors
assert.strictEqual(util.format('%s', e3), '[Error: nostack]');
assert.strictEqual(util.format('x', e3), 'x [Error: nostack]');
assert.strictEqual(util.format('%s', e8), 'Error: nested\n    at a (a.js:1:1)\n    at b (b.js:2:2)');
