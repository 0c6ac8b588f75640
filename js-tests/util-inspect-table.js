'use strict';
// compare-stdout
// A broad table of util.inspect / util.format / console.log output, compared byte for byte with
// node's stdout. Values whose text depends on the engine (real stack frames, V8-only function
// properties) are avoided: errors get fixed stacks.
const util = require('util');
const I = (v, o) => console.log(util.inspect(v, o));
const F = (...a) => console.log(util.format(...a));
const err = (C, msg, stack) => {
  const e = new C(msg);
  e.stack = stack;
  return e;
};

// primitives and strings
I(1); I(-0); I([-0]); I(1.5e300); I(NaN); I(-Infinity); I(10n); I(true); I(undefined); I(null);
I('abc'); I("it's"); I('it\'s "q"'); I('a\'b"c`d'); I('a\'b"c${d'); I('a\n\t\x01\\\x7f\x85\xa0');
I('a\ud83db'); I('ok \ud83d\ude00'); I(Symbol('s')); I(Symbol()); I(Symbol.iterator);
I('a'.repeat(30), { maxStringLength: 10 }); I(['x'.repeat(30)], { maxStringLength: 1 });
I('x'.repeat(100)); I('short\nx'); I('a\n');
I({ s: 'a\n'.repeat(5) + 'b'.repeat(70) }); I('x'.repeat(20) + '\n' + 'y'.repeat(20), { breakLength: 20 });
I(123456789.123456, { numericSeparator: true }); I(-1234567, { numericSeparator: true });
I(12345678901234567890n, { numericSeparator: true }); I([1000, 100, -1000n, -0], { numericSeparator: true });

// arrays
I([]); I([[]]); I([1, 2, 3]); I([1, , 3, , , 6, , ]); I(new Array(200));
const sparse = []; sparse[5] = 1; sparse[150] = 2; sparse.length = 300;
I(sparse, { maxArrayLength: 2 }); I(sparse);
I(Array.from({ length: 30 }, (_, i) => i)); I(Array.from({ length: 30 }, (_, i) => 's' + i));
I(Array.from({ length: 120 }, (_, i) => i)); I(Array.from({ length: 101 }, (_, i) => i));
I(Array.from({ length: 7 }, (_, i) => ({ a: i }))); I(Array.from({ length: 8 }, (_, i) => 'x'.repeat(i * 3)));
I([1, 2, 3, 4, 5, 6, 7, 'a']); I(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
I(Object.assign(Array.from({ length: 10 }, (_, i) => i), { foo: 'bar' }));
I([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n]); I(Array.from({ length: 10 }, (_, i) => (i % 2 ? 'a' : 1)));
I([1.5, 22.25, 333.125, 4, 55, 666, 7777, 88888]); I(Array.from({ length: 7 }, (_, i) => -i));
I(Array.from({ length: 30 }, (_, i) => i * 1000), { breakLength: 40 });
I(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }); I(Array.from({ length: 9 }, (_, i) => i), { compact: false });
I(new Array(10).fill('ab'), { maxArrayLength: 8 }); I(Object.assign(new Array(10).fill(0), { x: 'y' }), { maxArrayLength: 3 });
I(Array.from({ length: 7 }, (_, i) => '中文'.repeat(i % 3 + 1)));
I([[1, 2, [3, 4, [5, [6]]]]]); I([[1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8]]);
I(Array.from({ length: 12 }, (_, i) => ({ id: i, name: 'n' + i }))); I(Array.from({ length: 8 }, (_, i) => [i, i * 2]));
I(Object.assign([1, 2], { [Symbol('s')]: 3 })); I([1, 2], { showHidden: true });
I(Object.setPrototypeOf([1, 2], null)); I(Object.create(Array.prototype));
class MyArr extends Array {}
I(MyArr.from([1, 2]));
I((function () { return arguments; })(1, 2));

// objects
I({}); I({ a: 1, b: 'x' }); I({ a: { b: { c: { d: 1 } } } }); I({ a: { b: { c: {} } }, z: { y: 1 } });
I({ 'a-b': 1, __proto__x: 1, ['__proto__']: 2, 1: 1, '01': 2, 'valid$': 3, "it's": 4, [Symbol('x\ny')]: 5, 'a\nb': 6 });
I({ a: 'x'.repeat(60) }); I({ a: 'x'.repeat(63) }); I({ a: 'x'.repeat(70), b: 1 });
I({ longkeyname1: 'value1', longkeyname2: 'value2', longkeyname3: 'value3', k4: 4 });
I({ a: 1, b: 'x', c: [1, 2, { d: 3 }] }, { compact: false }); I({ a: 1, b: { c: { d: {} } } }, { compact: true });
I({ a: [{ b: 1 }] }, { compact: 1 }); I({ a: { b: 1 } }, { breakLength: 3 }); I({ a: 1 }, { breakLength: Infinity, compact: false });
I({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true }); I({ b: 1, a: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) });
I({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }); I({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
I({ a: { b: { c: { d: { e: 1 } } } } }, false, 3);
I(Object.create(null)); I(Object.create(null, { x: { value: 1, enumerable: true } }));
I(Object.create(Object.create(null))); I(Object.assign(Object.create({ inherited: 1 }), { own: 1 }));
I(Object.prototype); I(Math); I(JSON); I(globalThis.Reflect === undefined ? 0 : 1);
function Foo() { this.a = 1; }
I(new Foo()); I(Foo.prototype);
class Bar { get [Symbol.toStringTag]() { return 'TT'; } }
I(new Bar()); I({ [Symbol.toStringTag]: 'Own', a: 1 });
const nt = Object.create(null); nt[Symbol.toStringTag] = 'T'; I(nt);
I({ get a() { return 1; }, set b(v) {}, get c() { return { x: 1 }; }, set c(v) {} });
I({ get a() { return 1; }, get c() { return { x: 1 }; }, set c(v) {}, get d() { throw new Error('no'); }, get n() { return null; } }, { getters: true });
I({ get x() { return 'str'; }, get y() { return 1; }, set y(v) {} }, { getters: 'set' });
I({ und: undefined, nul: null, nan: NaN, inf: Infinity, f: 0.1 + 0.2, big: 2 ** 53 });

// circular references
const o = {}; o.self = o; o.arr = [o, { o }]; I(o); I(o, { compact: true });
const a1 = [1]; a1.push(a1); I(a1);
const m1 = {}; const m2 = { m1 }; m1.m2 = m2; I([m1, m2]);
const cm = new Map(); cm.set('me', cm); I(cm);

// collections
I(new Map([[1, 2], [3, 4]])); I(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }); I(new Set([1, 2, 3]), { maxArrayLength: 1 });
I(new Map([['b', 1], ['a', 2]]), { sorted: true }); I(new Set([3, 1, 2]), { sorted: true });
I({ a: new Map([[{ k: 1 }, new Set([[1, 2]])]]) }); I(new Set(['a', { b: 1 }, [1, 2]]));
I(new Map([[{ a: 1 }, [1]]]), { compact: false }); I(new Set(Array.from({ length: 8 }, (_, i) => i)));
I([{}, [], new Map(), new Set()]); I(Object.setPrototypeOf(new Map([[1, 1]]), null));
class MyMap extends Map {}
I(new MyMap([[1, 2]])); I(new (class Q extends Set {})());
I(new WeakMap()); I(new WeakSet());

// typed arrays and buffers
I(new Uint8Array(3)); I(new Uint8Array(3), { showHidden: true }); I(new Float64Array([1.5, -0, NaN]));
I(new BigInt64Array(2)); I(new Uint8Array(200)); I(new Int16Array(20).map((_, i) => i * 37 - 300));
I(Object.assign(new Uint8Array(2), { x: 1 })); I(new Uint8Array(new ArrayBuffer(8), 2, 3));
I(new ArrayBuffer(3)); I(new ArrayBuffer(60), { maxArrayLength: 5 }); I([new ArrayBuffer(2)], { showHidden: true });
I(new DataView(new ArrayBuffer(2))); I([new Uint8Array(0), new ArrayBuffer(0), new Float64Array(0)]);
I(Buffer.from('hello')); I({ b: Buffer.from('hi') }); I(Buffer.alloc(60));

// functions and classes
I({ f() {}, g: () => {}, h: async function () {}, i: function* () {}, k: class A {}, l: class extends Array {}, m: class {} });
I(function () {}); I(() => {}); I(class {}); I(Object.setPrototypeOf(function q() {}, null));
I(Object.assign(() => {}, { a: 1 })); I(Object.assign(function f() {}, { a: 1 }), { compact: true });
const fw = function w() {}; fw.prop = { deep: { deeper: { deepest: 1 } } }; I(fw);
I([function a() {}, class Z {}]); I(Math.max); I(Object); I(Function.prototype);

// boxed primitives, dates, regexps
I(Object(1)); I(Object('ab')); I(Object('ab'), { showHidden: true }); I(Object(Symbol('s'))); I(Object(3n));
I(Object(true)); I(Object.assign(Object(5), { x: 1 })); I(new Number(-0)); I(new String('a\'b'));
I(new Date(0)); I(new Date(NaN)); I(Object.assign(new Date(0), { z: 1 }));
I(/ab+c/gi); I(Object.assign(/x/, { y: 1 })); I(Object.setPrototypeOf(/x/s, null));
class D extends Date {}
I(new D(0));
I({ a: { b: /x/ } }, { depth: 0 });

// promises and proxies
I(Promise.resolve({ a: 1 })); I(new Promise(() => {}));
const rejected = Promise.reject(3); rejected.catch(() => {}); I(rejected);
I({ p: Promise.resolve([1, { x: { y: { z: 1 } } }]) });
I(new Proxy({ a: 1 }, { get() { return 5; } })); I(new Proxy({ a: 1 }, {}), { showProxy: true });
I(new Proxy(function f() {}, {})); I([new Proxy([1, 2], {})]);
const revocable = Proxy.revocable({}, {}); revocable.revoke(); I(revocable.proxy);
I({ p: new Proxy({ a: { b: { c: {} } } }, {}) }, { showProxy: true, depth: 0 });

// errors (fixed stacks)
I(err(Error, 'm', 'Error: m\n    at a (x.js:1:1)'));
class E2 extends Error {}
I(err(E2, 'z', 'Error: z\n    at a (x.js:1:1)'));
const named = err(Error, 'm', 'Error: m\n    at a'); named.name = 'Fancy'; I(named);
I(err(TypeError, 't', 'TypeError: t')); I(err(Error, 'k', 'foo bar')); I(err(Error, '', 'Error'));
const np = err(Error, 'n', 'Error: n\n    at b'); Object.setPrototypeOf(np, null); I(np);
const ag = new AggregateError([err(Error, 'a1', 'Error: a1'), 3], 'agg'); ag.stack = 'AggregateError: agg\n    at q (q.js:1:1)'; I(ag);
const c1 = err(Error, 'c', 'Error: c\n    at f1 (f.js:1:1)\n    at f2 (f.js:2:2)\n    at f3 (f.js:3:3)\n    at f4 (f.js:4:4)\n    at f5 (f.js:5:5)');
const c2 = new Error('o', { cause: c1 });
c2.stack = 'Error: o\n    at g (g.js:1:1)\n    at f2 (f.js:2:2)\n    at f3 (f.js:3:3)\n    at f4 (f.js:4:4)\n    at f5 (f.js:5:5)';
I(c2);
const c3 = new Error('p', { cause: 'str' }); c3.stack = 'Error: p'; I(c3);
const e11 = err(RangeError, 'r', 'RangeError: r\n    at x'); e11.code = 'E'; I({ e: e11, n: 1 });
I([err(Error, 'multi\nline', 'Error: multi\nline\n    at x')]);
const e13 = err(Error, 'm', 'Error: m'); e13.message = 'changed'; I(e13); I(e13, { showHidden: true });
class CE extends Error { constructor(m) { super(m); this.name = 'CE'; } }
const ce = new CE('c'); ce.stack = 'CE: c\n    at k'; I(ce);
I(Object.assign(err(Error, 'with', 'Error: with'), { a: 1, b: { c: 2 } }));
I({ a: { b: Object.assign(err(RangeError, 'r', 'RangeError: r'), { x: 1 }) } }, { depth: 1 });
I(err(Error, 'x', 'Error: x\n    at a (node:internal/modules/cjs/loader:1:1)\n    at c (node:events:2:2)\n    at b (/p/node_modules/@s/q/i.js:1:1)'), { colors: true });

// custom inspect
I({ [util.inspect.custom](d, opts, insp) { return 'CUSTOM d=' + d + ' depth=' + opts.depth + ' ' + (insp === util.inspect) + ' ' + Object.keys(opts).join(); } });
I({ a: { b: { [util.inspect.custom](d, opts) { return { x: d, y: opts.depth }; } } } });
I({ a: { [util.inspect.custom]() { return 'line1\nline2'; } } });
I({ x: { [util.inspect.custom]() { return this; } } });
I([{ [util.inspect.custom](d, opts) { return opts.foo; } }], { foo: 'bar' });
I({ a: { [util.inspect.custom](d, opts, insp) { return insp({ z: 1 }, opts); } } });
I({ a: { [util.inspect.custom](d, opts) { return opts.stylize('styled', 'special'); } } }, { colors: true });
I({ a: 1 }, { customInspect: false });

// colours
I({ a: 1 }, { colors: true });
I([1, 's', null, undefined, true, Symbol(), 10n, new Date(0), /r/, () => {}, {}], { colors: true });
I(Array.from({ length: 10 }, (_, i) => i), { colors: true }); I(Array.from({ length: 7 }, () => 'ab'), { colors: true });
I(new Boolean(false), { colors: true }); I(new Map([[1, 'a']]), { colors: true });
console.log(util.stripVTControlCharacters(util.inspect({ a: [1, 'x'] }, { colors: true })));

// util.format
F('%s %s %s %s %s', { a: { b: 1 } }, [1, [2, [3]]], new Date(0), { toString() { return 'TS'; } }, Symbol('q'));
F('%d %i %f %j %o %O %c|%%|%x', '42.5', '42.9', '1.5e3', { a: 1 }, { b: [1] }, { c: 1 }, 'css');
F('%s', 5n, 'extra', { a: 1 }); F(1, 2, '3'); F('%s:%s', 'a'); F('%%s %s', 'x'); F('%', 1); F('a%');
F('%s', { toString() { return 'x'; } }); F('%s', new (class K { toString() { return 'kk'; } })());
F('%s', new (class K2 {})()); F('%s', [1, 2]); F('%s', Object.create(null)); F('%s', null, undefined);
F('%d', {}); F('%i', '0x10'); F('%f', 'abc'); F('%d', -0); F('%s', -0); F('%j', { toJSON() { return 'j'; } });
const circ = {}; circ.c = circ; F('%j', circ);
console.log(util.formatWithOptions({ colors: true }, '%s %O', { a: 1 }, 2, 3));
F('%o', [1, { a: 2 }]); F(Symbol('x'), 'a'); F('%s', Symbol('x')); F('%d', 10n); F('%s'); F();
F('%s', Promise.resolve(1)); F('%s', new Map([[1, 2]])); F('%s', err(Error, 'ee', 'Error: ee'));
F('%i %i %d %f', 1.9, -1.9, '0x1F', '3.5abc'); F('%d %i', 5n, 6n); F('100%'); F('%s%%', 50); F('%%%s', 'p');
F('%j %j', undefined, 'u'); F('%c%s', 'color: red', 'after');
console.log(util.formatWithOptions({ compact: false }, { a: 1 }, '%s', 'x'), util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));

// console.log itself
console.log({ a: 1 }, 'str', 5, [1, 2], null);
console.log('%s is %d years', 'Bob', 42, { extra: true });
console.log(new Map([['k', { v: [1, 2, 3] }]]));

// stripVTControlCharacters
for (const c of ['\u001b[31mred\u001b[39m', '\u001b[?25hx', '\u001bcreset', '\u001b]0;title\u0007t',
  '\u001b]8;;http://x\u001b\\l\u001b]8;;\u001b\\', '\u009b31mC1', 'a\u001b[1;2;3mb', '\u001b(Bq', '\u001b7save',
  '\u001b[2Kline', '\u001b[38;5;200mc', '\u001bMx', '\u001b[0;1;4;38;2;255;0;0mrgb']) {
  console.log(JSON.stringify(util.stripVTControlCharacters(c)));
}
