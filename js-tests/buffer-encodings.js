'use strict';
// toString / write / byteLength in every encoding: WHATWG utf8 replacement, lenient base64, hex.
// Table-driven: each expression's result (hex for Buffers, JSON otherwise) or its error
// (name, code, message) must equal what Node 20 gives. Uses require('buffer') so that the
// node-shim run exercises our polyfill too.
const assert = require('assert');
const mod = require('buffer');
const { Buffer } = mod;
const { checkTable } = require('./lib/table');

const table = [
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
  [() => Buffer.byteLength(5), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)"],
  [() => Buffer.byteLength(new Uint16Array(3)), "6"],
  [() => Buffer.byteLength(new ArrayBuffer(7)), "7"],
  [() => Buffer.byteLength("héllo😀"), "10"],
  [() => Buffer.byteLength("\ud800a"), "4"],
  [() => Buffer.byteLength("abc", "bogus"), "3"],
  [() => Buffer.byteLength("aGk=", "base64url"), "2"],
  [() => Buffer.byteLength("====", "base64"), "1"],
  [() => Buffer.byteLength("Y=", "base64"), "0"],
  [() => Buffer.byteLength("abcde", "hex"), "2"],
  [() => Buffer.byteLength("abc", "ucs2"), "6"],
  [() => Buffer.byteLength("abc", "latin1"), "3"],
  [() => Buffer.from("abc").toString(), "\"abc\""],
  [() => Buffer.from("abcdef").toString("hex", 2, 4), "\"6364\""],
  [() => Buffer.from("abcdef").toString(undefined, -3, 100), "\"abcdef\""],
  [() => Buffer.from("abcdef").toString("utf8", 5, 2), "\"\""],
  [() => Buffer.from("abcdef").toString("utf8", "1", "3"), "\"bc\""],
  [() => Buffer.from("abcdef").toString(null), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: null"],
  [() => Buffer.from("abcdef").toString(""), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: "],
  [() => Buffer.from("abcdef").toString("bogus"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: bogus"],
  [() => Buffer.from("hi").toString("UCS-2"), "\"楨\""],
  [() => Buffer.from([0x61, 0, 0x62]).toString("ucs2"), "\"a\""],
  [() => Buffer.from([0xe9, 0x41, 0xff]).toString("ascii"), "\"iA\""],
  [() => Buffer.from([0xe9, 0x41, 0xff]).toString("latin1"), "\"éAÿ\""],
  [() => Buffer.from([0xfb, 0xff, 0xbf, 1]).toString("base64"), "\"+/+/AQ==\""],
  [() => Buffer.from([0xfb, 0xff, 0xbf, 1]).toString("base64url"), "\"-_-_AQ\""],
  [() => Buffer.from([0xe2, 0x82]).toString(), "\"�\""],
  [() => Buffer.from([0xf0, 0x9f, 0x98]).toString(), "\"�\""],
  [() => Buffer.from([0xc0, 0x80]).toString(), "\"��\""],
  [() => Buffer.from([0xed, 0xa0, 0x80]).toString(), "\"���\""],
  [() => Buffer.from([0xf4, 0x90, 0x80, 0x80]).toString(), "\"����\""],
  [() => Buffer.from([0xe2, 0x82, 0x41]).toString(), "\"�A\""],
  [() => Buffer.from([0x80, 0x80, 0xff, 0xe0, 0x80, 0x80, 0xf5, 0x80]).toString(), "\"��������\""],
  [() => Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString(), "\"﻿A\""],
  [() => (() => { const b = Buffer.from("abcdefgh"); return [b.write("x"), b] })(), "[1,B<7862636465666768>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("a€b", 0, 2), b] })(), "[1,B<612e2e2e2e>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("a€b", 1), b] })(), "[4,B<2e61e282ac>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("abcd", 0, 3, "ucs2"), b] })(), "[2,B<61002e2e2e>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("abcdef", "hex"), b] })(), "[3,B<abcdef2e2e>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("abzz", 1, "hex"), b] })(), "[1,B<2eab2e2e2e>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("YWJjZGVmZ2hp", "base64"), b] })(), "[5,B<6162636465>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("\ud800x", "utf8"), b] })(), "[4,B<efbfbd782e>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("x\ud83d\ude00", 0, "utf8"), b] })(), "[5,B<78f09f9880>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("😀", 3), b] })(), "[0,B<2e2e2e2e2e>]"],
  [() => (() => { const b = Buffer.alloc(5, 0x2e); return [b.write("éé", 1, "latin1"), b] })(), "[2,B<2ee9e92e2e>]"],
  [() => Buffer.alloc(8).write(5), "THROW TypeError ERR_INVALID_ARG_TYPE: argument must be a string"],
  [() => Buffer.alloc(8).write("x", 9), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 && <= 8. Received 9"],
  [() => Buffer.alloc(8).write("x", -1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 && <= 8. Received -1"],
  [() => Buffer.alloc(8).write("x", 0, 9), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"length\" is out of range. It must be >= 0 && <= 8. Received 9"],
  [() => Buffer.alloc(8).write("x", 0, -1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"length\" is out of range. It must be >= 0 && <= 8. Received -1"],
  [() => Buffer.alloc(8).write("x", "bogus"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: bogus"],
  [() => Buffer.alloc(8).write("x", 1, "latin1"), "1"],
  [() => Buffer.alloc(8).write("x", undefined, undefined, "bogus"), "1"],
  [() => Buffer.alloc(8).write("x", 0, 1, null), "1"],
  [() => Buffer.alloc(8).write("x", 0, 1, 5), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: 5"],
  [() => Buffer.alloc(8).write("x", 1.5), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be an integer. Received 1.5"],
  [() => Buffer.alloc(8).write("x", "1"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: 1"],
  [() => Buffer.from("abcdefgh").fill("ab", "latin1"), "B<6162616261626162>"],
  [() => Buffer.from("abcdefgh").fill("ab", 2, "hex"), "B<6162abababababab>"],
  [() => Buffer.from("abcabc").indexOf("b", "latin1"), "1"],
  [() => Buffer.from("a\u0000b\u0000").indexOf("b", "ucs2"), "2"],
  [() => Buffer.from("xa\u0000b\u0000").indexOf("b", "ucs2"), "-1"],
  [() => Buffer.from("abcabc").indexOf("YmM=", "base64"), "1"],
  [() => Buffer.from("abcabc").indexOf("6263", 2, "hex"), "4"],
];

let checked = checkTable(table);

// Round trips through every encoding (literal values from Node 20).
const bytes = Buffer.from([0x00, 0x7f, 0x80, 0xfe, 0xff, 0x41, 0xe2, 0x82, 0xac]);
const encoded = {
  hex: '007f80feff41e282ac',
  base64: 'AH+A/v9B4oKs',
  base64url: 'AH-A_v9B4oKs',
  latin1: '\u0000\u007f\u0080\u00fe\u00ff\u0041\u00e2\u0082\u00ac',
  ucs2: '\u7f00\ufe80\u41ff\u82e2',
  ascii: '\u0000\u007f\u0000\u007e\u007f\u0041\u0062\u0002\u002c',
  utf8: '\u0000\u007f\ufffd\ufffd\ufffdA\u20ac',
};
for (const [enc, want] of Object.entries(encoded)) {
  assert.strictEqual(bytes.toString(enc), want, enc);
  checked++;
}
for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
  assert.deepStrictEqual(Buffer.from(encoded[enc], enc), bytes, enc);
}
assert.strictEqual(Buffer.from('€', 'utf8').length, 3);
// A large utf8 string round-trips.
const big = 'añ€😀'.repeat(5000);
assert.strictEqual(Buffer.from(big).toString(), big);
assert.strictEqual(Buffer.byteLength(big), 50000);
process.on('exit', () => assert.ok(checked >= table.length));
