'use strict';
// util.inspect of Buffers, toJSON, isBuffer/isEncoding, fill, isUtf8/isAscii, btoa/atob, module exports.
// Table-driven: each expression's result (hex for Buffers, JSON otherwise) or its error
// (name, code, message) must equal what Node 20 gives. Uses require('buffer') so that the
// node-shim run exercises our polyfill too.
const assert = require('assert');
const mod = require('buffer');
const { Buffer } = mod;
const { checkTable } = require('./lib/table');

const table = [
  [() => Buffer.isEncoding("UTF-8"), "true"],
  [() => Buffer.isEncoding("utf-16le"), "true"],
  [() => Buffer.isEncoding("binary"), "true"],
  [() => Buffer.isEncoding(""), "false"],
  [() => Buffer.isEncoding("Base64URL"), "true"],
  [() => Buffer.isEncoding(null), "false"],
  [() => Buffer.isBuffer(new Uint8Array(1)), "false"],
  [() => Buffer.isBuffer(Buffer.alloc(1)), "true"],
  [() => Buffer.isBuffer(Buffer.alloc(3).subarray(1)), "true"],
  [() => Buffer.isBuffer(Buffer.alloc(3).slice(1)), "true"],
  [() => Buffer.poolSize, "8192"],
  [() => mod.kMaxLength, "4294967296"],
  [() => mod.kStringMaxLength, "536870888"],
  [() => mod.constants, "{\"MAX_LENGTH\":4294967296,\"MAX_STRING_LENGTH\":536870888}"],
  [() => mod.INSPECT_MAX_BYTES, "50"],
  [() => Buffer.from("abcdef").toJSON(), "{\"type\":\"Buffer\",\"data\":[97,98,99,100,101,102]}"],
  [() => JSON.stringify(Buffer.from("ab")), "\"{\\\"type\\\":\\\"Buffer\\\",\\\"data\\\":[97,98]}\""],
  [() => Buffer.from("abcdefgh").fill("x", -1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 && <= 4294967296. Received -1"],
  [() => Buffer.from("abcdefgh").fill("x", 0, 9), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"end\" is out of range. It must be >= 0 && <= 8. Received 9"],
  [() => Buffer.from("abcdefgh").fill("x", 5, 3), "B<6162636465666768>"],
  [() => Buffer.from("abcdefgh").fill("xy", 1, 6), "B<6178797879786768>"],
  [() => Buffer.from("abcdefgh").fill(1, "2"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"offset\" argument must be of type number. Received type string ('2')"],
  [() => Buffer.from("abcdefgh").fill("ab", "latin1"), "B<6162616261626162>"],
  [() => Buffer.from("abcdefgh").fill("ab", 2, "hex"), "B<6162abababababab>"],
  [() => Buffer.alloc(4).fill("ab", "hex"), "B<abababab>"],
  [() => Buffer.alloc(4).fill("abz", "hex"), "B<abababab>"],
  [() => Buffer.alloc(4).fill("zz", "hex"), "THROW TypeError ERR_INVALID_ARG_VALUE: The argument 'value' is invalid. Received 'zz'"],
  [() => Buffer.alloc(4).fill(""), "B<00000000>"],
  [() => Buffer.alloc(4).fill(2.5), "B<02020202>"],
  [() => Buffer.alloc(4).fill(-1), "B<ffffffff>"],
  [() => Buffer.alloc(4).fill(true), "B<01010101>"],
  [() => Buffer.alloc(4).fill({}), "B<00000000>"],
  [() => Buffer.alloc(4).fill(null), "B<00000000>"],
  [() => Buffer.alloc(4).fill("ab", 1, 3, "latin1"), "B<00616200>"],
  [() => Buffer.alloc(2).fill(Buffer.alloc(0)), "THROW TypeError ERR_INVALID_ARG_VALUE: The argument 'value' is invalid. Received <Buffer >"],
  [() => Buffer.alloc(5).fill(new Uint16Array([0x102])), "B<0201020102>"],
  [() => Buffer.alloc(2).fill("a", 0, 2, 5), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"encoding\" argument must be of type string. Received type number (5)"],
  [() => Buffer.alloc(2).fill("a", 0, 2, "bogus"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: bogus"],
  [() => Buffer.alloc(7).fill("€"), "B<e282ace282ace2>"],
  [() => Buffer.alloc(7).fill("€", "ucs2"), "B<ac20ac20ac20ac>"],
  [() => Buffer.alloc(4).fill(7, 1.5), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be an integer. Received 1.5"],
  [() => mod.isUtf8(Buffer.from([0xe2, 0x82])), "false"],
  [() => mod.isUtf8(Buffer.from("héllo")), "true"],
  [() => mod.isUtf8(new ArrayBuffer(2)), "true"],
  [() => mod.isUtf8("x"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string ('x')"],
  [() => mod.isAscii(Buffer.from("héllo")), "false"],
  [() => mod.isAscii(Buffer.from("hello")), "true"],
  [() => mod.btoa("hi\u00ff"), "\"aGn/\""],
  [() => mod.atob("aGn/"), "\"hiÿ\""],
  [() => mod.atob(" aG n/ "), "\"hiÿ\""],
  [() => mod.atob("aGk="), "\"hi\""],
  [() => mod.atob("aGk"), "\"hi\""],
  [() => mod.btoa(""), "\"\""],
  [() => require("util").inspect(Buffer.alloc(60)), "\"<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more bytes>\""],
  [() => require("util").inspect(Buffer.from("hi")), "\"<Buffer 68 69>\""],
  [() => require("util").inspect(Buffer.alloc(0)), "\"<Buffer >\""],
  [() => require("util").inspect(Buffer.alloc(51)), "\"<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 1 more byte>\""],
  [() => (() => { const x = Buffer.from("ab"); x.foo = 1; return require("util").inspect(x) })(), "\"<Buffer 61 62, foo: 1>\""],
  [() => Buffer.from("hi")[Symbol.for("nodejs.util.inspect.custom")](), "\"<Buffer 68 69>\""],
  [() => Buffer.from("hi").inspect(), "\"<Buffer 68 69>\""],
];

let checked = checkTable(table);

// util.inspect and console.log render Buffers as Node does.
const util = require('util');
assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(52, 1)), '<Buffer ' + '01 '.repeat(50) + '... 2 more bytes>');
const withProp = Buffer.from('ab');
withProp.foo = 1;
assert.strictEqual(util.inspect(withProp), '<Buffer 61 62, foo: 1>');
assert.strictEqual(util.inspect({ b: Buffer.from([255]) }), '{ b: <Buffer ff> }');
// Module surface.
for (const k of ['Buffer', 'SlowBuffer', 'kMaxLength', 'constants', 'INSPECT_MAX_BYTES', 'isUtf8', 'isAscii', 'btoa', 'atob', 'transcode', 'Blob']) {
  assert.ok(k in mod, k);
}
assert.strictEqual(typeof require('node:buffer').Buffer.from, 'function'); // the same module as 'buffer' (not under node-shim)
assert.strictEqual(mod.SlowBuffer(3).length, 3);
assert.strictEqual(JSON.stringify({ x: Buffer.from([1]) }), '{"x":{"type":"Buffer","data":[1]}}');
assert.deepStrictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))), Buffer.from('round'));
checked++;
process.on('exit', () => assert.ok(checked >= table.length));
