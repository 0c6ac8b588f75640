'use strict';
// Buffer.from / alloc / allocUnsafe / concat / copyBytesFrom / of / Buffer() and their errors.
// Table-driven: each expression's result (hex for Buffers, JSON otherwise) or its error
// (name, code, message) must equal what Node 20 gives. Uses require('buffer') so that the
// node-shim run exercises our polyfill too.
const assert = require('assert');
const mod = require('buffer');
const { Buffer } = mod;
const { checkTable } = require('./lib/table');

const table = [
  [() => Buffer.from("abc"), "B<616263>"],
  [() => Buffer.from("héllo wörld €😀"), "B<68c3a96c6c6f2077c3b6726c6420e282acf09f9880>"],
  [() => Buffer.from("\ud800\udc00\udc00a\ud83d"), "B<f0908080efbfbd61efbfbd>"],
  [() => Buffer.from("ab\ud800", "ucs2"), "B<6100620000d8>"],
  [() => Buffer.from("é\u0100", "ascii"), "B<e900>"],
  [() => Buffer.from("é\u0100", "latin1"), "B<e900>"],
  [() => Buffer.from("é\u0100", "binary"), "B<e900>"],
  [() => Buffer.from("abcdef", "HEX"), "B<abcdef>"],
  [() => Buffer.from("abz", "hex"), "B<ab>"],
  [() => Buffer.from("zz12", "hex"), "B<>"],
  [() => Buffer.from("YWJjZA==", "base64"), "B<61626364>"],
  [() => Buffer.from("YW Jj\nZA==", "base64"), "B<61626364>"],
  [() => Buffer.from("YW=Jj", "base64"), "B<61>"],
  [() => Buffer.from("a-_b", "base64"), "B<6befdb>"],
  [() => Buffer.from("+/+/", "base64url"), "B<fbffbf>"],
  [() => Buffer.from("YWJjZ", "base64"), "B<616263>"],
  [() => Buffer.from("YWJj!!ZA", "base64"), "B<61626364>"],
  [() => Buffer.from("x", "bogus"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: bogus"],
  [() => Buffer.from("x", ""), "B<78>"],
  [() => Buffer.from("", "bogus"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: bogus"],
  [() => Buffer.from([1, 2, 257, -1, "7", 1.9]), "B<010201ff0701>"],
  [() => Buffer.from(new Uint16Array([1, 258])), "B<0102>"],
  [() => Buffer.from({length: 2, 0: 1, 1: "7"}), "B<0107>"],
  [() => Buffer.from(new String("hi")), "B<6869>"],
  [() => Buffer.from({valueOf() { return "ok" }}), "B<6f6b>"],
  [() => Buffer.from({[Symbol.toPrimitive]() { return "tp" }}), "B<7470>"],
  [() => Buffer.from({type: "Buffer", data: [1, 2]}), "B<0102>"],
  [() => Buffer.from(new ArrayBuffer(4), 5), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: \"offset\" is outside of buffer bounds"],
  [() => Buffer.from(new ArrayBuffer(4), 1, 5), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: \"length\" is outside of buffer bounds"],
  [() => Buffer.from(new ArrayBuffer(4), 1, -1), "B<>"],
  [() => Buffer.from(new ArrayBuffer(4), "1", "2"), "B<0000>"],
  [() => Buffer.from(5), "THROW TypeError ERR_INVALID_ARG_TYPE: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)"],
  [() => Buffer.from(), "THROW TypeError ERR_INVALID_ARG_TYPE: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined"],
  [() => Buffer.from(null), "THROW TypeError ERR_INVALID_ARG_TYPE: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null"],
  [() => Buffer.from({}), "THROW TypeError ERR_INVALID_ARG_TYPE: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object"],
  [() => Buffer.from(Symbol("s")), "THROW TypeError ERR_INVALID_ARG_TYPE: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type symbol (Symbol(s))"],
  [() => Buffer.from({length: "x"}), "B<>"],
  [() => Buffer.from(Buffer.from("abc")), "B<616263>"],
  [() => Buffer.alloc(-1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1"],
  [() => Buffer.alloc("5"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"size\" argument must be of type number. Received type string ('5')"],
  [() => Buffer.alloc(2**53), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received 9_007_199_254_740_992"],
  [() => Buffer.alloc(NaN), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received NaN"],
  [() => Buffer.alloc(3, "ab", "bogus"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: bogus"],
  [() => Buffer.alloc(3, ""), "B<000000>"],
  [() => Buffer.alloc(3, "zz", "hex"), "THROW TypeError ERR_INVALID_ARG_VALUE: The argument 'value' is invalid. Received 'zz'"],
  [() => Buffer.alloc(4, 257), "B<01010101>"],
  [() => Buffer.alloc(4, "ab"), "B<61626162>"],
  [() => Buffer.alloc(5, Buffer.from("xy")), "B<7879787978>"],
  [() => Buffer.alloc(5, "YWI=", "base64"), "B<6162616261>"],
  [() => Buffer.alloc(3, "\u0222"), "B<c8a2c8>"],
  [() => Buffer.alloc(3, "\u00e9", "latin1"), "B<e9e9e9>"],
  [() => Buffer.alloc(3, "\u00e9"), "B<c3a9c3>"],
  [() => Buffer.allocUnsafe(-1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1"],
  [() => Buffer.allocUnsafe(3).length, "3"],
  [() => Buffer.allocUnsafeSlow(3).length, "3"],
  [() => Buffer.concat("x"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"list\" argument must be an instance of Array. Received type string ('x')"],
  [() => Buffer.concat(["x"]), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"list[0]\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"],
  [() => Buffer.concat([Buffer.from("abcd")], 3), "B<616263>"],
  [() => Buffer.concat([Buffer.from("abcd")], 6), "B<616263640000>"],
  [() => Buffer.concat([new Uint8Array([1, 2]), Buffer.from("z")]), "B<01027a>"],
  [() => Buffer.concat([]), "B<>"],
  [() => Buffer.concat([Buffer.from("a")], -1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"length\" is out of range. It must be >= 0 && <= 4294967296. Received -1"],
  [() => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1), "B<0200>"],
  [() => Buffer.copyBytesFrom([1]), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"view\" argument must be an instance of TypedArray. Received an instance of Array"],
  [() => Buffer.copyBytesFrom(new Uint8Array(2), -1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"],
  [() => Buffer.copyBytesFrom(new Uint8Array([1,2,3]), 1), "B<0203>"],
  [() => Buffer.copyBytesFrom(new Uint8Array([1,2,3]), 5), "B<>"],
  [() => Buffer.of(1, 2, 257), "B<010201>"],
  [() => Buffer(2), "B<0000>"],
  [() => Buffer("ab"), "B<6162>"],
  [() => Buffer(2, "utf8"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"string\" argument must be of type string. Received type number (2)"],
  [() => new Buffer("ab", "hex"), "B<ab>"],
  [() => Buffer.from("hi")[Symbol.for("nodejs.util.inspect.custom")](), "\"<Buffer 68 69>\""],
  [() => Buffer.from("hi").inspect(), "\"<Buffer 68 69>\""],
];

let checked = checkTable(table);

// from(arrayBuffer) is a view sharing memory; from(buffer) and from(array) copy.
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 0x41;
assert.strictEqual(new Uint8Array(ab)[2], 0x41);
assert.strictEqual(view.buffer, ab);
assert.strictEqual(view.byteOffset, 2);
const src = Buffer.from('abc');
const copy = Buffer.from(src);
copy[0] = 0x7a;
assert.strictEqual(src.toString(), 'abc');
const u8 = new Uint8Array([1, 2, 3]);
const fromU8 = Buffer.from(u8);
u8[0] = 9;
assert.strictEqual(fromU8[0], 1);
// Buffer is a Uint8Array subclass; derived views are Buffers too.
assert.ok(src instanceof Uint8Array);
assert.ok(Buffer.isBuffer(src.subarray(1)));
assert.ok(Buffer.isBuffer(src.slice(1)));
assert.strictEqual(src.subarray(1).constructor, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Buffer.poolSize, 8192);
assert.strictEqual(Buffer.alloc(3).every((x) => x === 0), true);
assert.strictEqual(new Buffer(3).length, 3);
process.on('exit', () => assert.strictEqual(checked, table.length));
