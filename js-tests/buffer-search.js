'use strict';
// indexOf / lastIndexOf / includes with strings, numbers, buffers, offsets and encodings.
// Table-driven: each expression's result (hex for Buffers, JSON otherwise) or its error
// (name, code, message) must equal what Node 20 gives. Uses require('buffer') so that the
// node-shim run exercises our polyfill too.
const assert = require('assert');
const mod = require('buffer');
const { Buffer } = mod;
const { checkTable } = require('./lib/table');

const table = [
  [() => Buffer.from("abcabc").indexOf(""), "0"],
  [() => Buffer.from("abcabc").indexOf("", 2), "2"],
  [() => Buffer.from("abcabc").indexOf("", 10), "6"],
  [() => Buffer.from("abcabc").indexOf("", -2), "4"],
  [() => Buffer.from("abcabc").lastIndexOf(""), "6"],
  [() => Buffer.from("abcabc").lastIndexOf("", 2), "2"],
  [() => Buffer.from("abcabc").lastIndexOf("", -10), "0"],
  [() => Buffer.from("abcabc").lastIndexOf("", 10), "6"],
  [() => Buffer.from("abcabc").indexOf(353), "0"],
  [() => Buffer.from("abcabc").indexOf(-159), "0"],
  [() => Buffer.from("abcabc").indexOf(97.9), "0"],
  [() => Buffer.from("abcabc").indexOf("b", undefined), "1"],
  [() => Buffer.from("abcabc").indexOf("b", null), "1"],
  [() => Buffer.from("abcabc").indexOf("b", {}), "1"],
  [() => Buffer.from("abcabc").indexOf("b", "2"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: 2"],
  [() => Buffer.from("abcabc").lastIndexOf("b", null), "-1"],
  [() => Buffer.from("abcabc").lastIndexOf("b", {}), "4"],
  [() => Buffer.from("abcabc").lastIndexOf("b", undefined), "4"],
  [() => Buffer.from("abcabc").indexOf("c", -1), "5"],
  [() => Buffer.from("abcabc").indexOf("c", -100), "2"],
  [() => Buffer.from("abcabc").lastIndexOf("c", -100), "-1"],
  [() => Buffer.from("abcabc").lastIndexOf("c", -1), "5"],
  [() => Buffer.from("abcabc").lastIndexOf("c", 4), "2"],
  [() => Buffer.from("abcabc").lastIndexOf("bc", 4), "4"],
  [() => Buffer.from("abcabc").lastIndexOf(Buffer.from("ca")), "2"],
  [() => Buffer.from("abcabc").indexOf({}), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object"],
  [() => Buffer.from("abcabc").indexOf(true), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received type boolean (true)"],
  [() => Buffer.from("abcabc").indexOf("b", "latin1"), "1"],
  [() => Buffer.from("abcabc").indexOf("b", 0, "bad"), "THROW TypeError ERR_UNKNOWN_ENCODING: Unknown encoding: bad"],
  [() => Buffer.from("abcabc").indexOf(Buffer.alloc(0)), "0"],
  [() => Buffer.from("abcabc").indexOf(Buffer.alloc(0), 7), "6"],
  [() => Buffer.from("abcabc").lastIndexOf(Buffer.alloc(0), 7), "6"],
  [() => Buffer.from("a\u0000b\u0000").indexOf("b", "ucs2"), "2"],
  [() => Buffer.from("xa\u0000b\u0000").indexOf("b", "ucs2"), "-1"],
  [() => Buffer.from("abcabc").includes("ca"), "true"],
  [() => Buffer.from("abcabc").includes("cb"), "false"],
  [() => Buffer.from("abcabc").indexOf("b", 1.5), "1"],
  [() => Buffer.from("abcabc").indexOf(98, Infinity), "-1"],
  [() => Buffer.from("abcabc").lastIndexOf(98, -Infinity), "-1"],
  [() => Buffer.from("abcabc").lastIndexOf(98, Infinity), "4"],
  [() => Buffer.from("abcabc").indexOf(98, -Infinity), "1"],
  [() => Buffer.from("abcabc").indexOf(98, 6), "-1"],
  [() => Buffer.from("abcabc").lastIndexOf(99, 6), "5"],
  [() => Buffer.from("abcabc").lastIndexOf(97, -7), "-1"],
  [() => Buffer.from("abcabc").indexOf("abcabcabc"), "-1"],
  [() => Buffer.from("abcabc").indexOf("YmM=", "base64"), "1"],
  [() => Buffer.from("abcabc").indexOf("6263", 2, "hex"), "4"],
  [() => Buffer.from("abcabc").indexOf(new Uint8Array([99, 97])), "2"],
  [() => Buffer.from("abcabc").lastIndexOf("abc", 3), "3"],
  [() => Buffer.from("abcabc").lastIndexOf("abc", 2), "0"],
];

let checked = checkTable(table);

// A needle longer than 1 byte found at every position, forward and backward.
const hay = Buffer.from('xyzxyzxyz');
const positions = [];
for (let i = hay.indexOf('yz'); i !== -1; i = hay.indexOf('yz', i + 1)) positions.push(i);
assert.deepStrictEqual(positions, [1, 4, 7]);
const back = [];
for (let i = hay.lastIndexOf('yz'); i !== -1; i = hay.lastIndexOf('yz', i - 1)) back.push(i);
assert.deepStrictEqual(back, [7, 4, 1]);
// Searching a Buffer that is a window of a larger ArrayBuffer honours its offset.
const win = Buffer.from('..abcabc..').subarray(2, 8);
assert.strictEqual(win.indexOf('c'), 2);
assert.strictEqual(win.lastIndexOf(0x2e), -1);
process.on('exit', () => assert.ok(checked >= table.length));
