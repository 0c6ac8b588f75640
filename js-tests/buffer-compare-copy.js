'use strict';
// compare / equals / concat / copy / swap16-64 / slice and subarray sharing memory.
// Table-driven: each expression's result (hex for Buffers, JSON otherwise) or its error
// (name, code, message) must equal what Node 20 gives. Uses require('buffer') so that the
// node-shim run exercises our polyfill too.
const assert = require('assert');
const mod = require('buffer');
const { Buffer } = mod;
const { checkTable } = require('./lib/table');

const table = [
  [() => Buffer.concat("x"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"list\" argument must be an instance of Array. Received type string ('x')"],
  [() => Buffer.concat(["x"]), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"list[0]\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"],
  [() => Buffer.concat([Buffer.from("abcd")], 3), "B<616263>"],
  [() => Buffer.concat([Buffer.from("abcd")], 6), "B<616263640000>"],
  [() => Buffer.concat([new Uint8Array([1, 2]), Buffer.from("z")]), "B<01027a>"],
  [() => Buffer.concat([]), "B<>"],
  [() => Buffer.concat([Buffer.from("a")], -1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"length\" is out of range. It must be >= 0 && <= 4294967296. Received -1"],
  [() => Buffer.compare(Buffer.from("a"), "x"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"buf2\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"],
  [() => Buffer.compare(Buffer.from("a"), Buffer.from("b")), "-1"],
  [() => Buffer.compare(Buffer.from("b"), Buffer.from("a")), "1"],
  [() => Buffer.compare(Buffer.from("ab"), Buffer.from("a")), "1"],
  [() => Buffer.isBuffer(Buffer.alloc(3).subarray(1)), "true"],
  [() => Buffer.isBuffer(Buffer.alloc(3).slice(1)), "true"],
  [() => Buffer.from("abc").equals("x"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"],
  [() => Buffer.from("abc").equals(Buffer.from("abc")), "true"],
  [() => Buffer.from("abc").equals(new Uint8Array([97, 98, 99])), "true"],
  [() => Buffer.from("abc").equals(Buffer.from("abd")), "false"],
  [() => Buffer.from("abcdefgh").compare(Buffer.from("bc"), 0, 2, 1, 3), "0"],
  [() => Buffer.from("abcdefgh").compare(Buffer.from("bc"), 0, 3), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"targetEnd\" is out of range. It must be >= 0 && <= 2. Received 3"],
  [() => Buffer.from("abcdefgh").compare(Buffer.from("bc"), -1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"targetStart\" is out of range. It must be >= 0 && <= 4294967296. Received -1"],
  [() => Buffer.from("abcdefgh").compare(Buffer.from("bc"), 1, 1), "1"],
  [() => Buffer.from("abcdefgh").compare(Buffer.from("bc"), 0, 2, 3, 3), "-1"],
  [() => Buffer.from("abcdefgh").compare("x"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"target\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"],
  [() => Buffer.from("abc").compare(Buffer.from("abc")), "0"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, -1), d] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"targetStart\" is out of range. It must be >= 0. Received -1"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, 0, -1), d] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"sourceStart\" is out of range. It must be >= 0 && <= 8. Received -1"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, 0, 10), d] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"sourceStart\" is out of range. It must be >= 0 && <= 8. Received 10"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, 5), d] })(), "[0,B<000000>]"],
  [() => Buffer.from("abcdefgh").copy("x"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"target\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, 0, 2, 1), d] })(), "[0,B<000000>]"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, 1, 6), d] })(), "[2,B<006768>]"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, 0, 6, 100), d] })(), "[2,B<676800>]"],
  [() => (() => { const d = Buffer.alloc(3); return [Buffer.from("abcdefgh").copy(d, "1", "2", "4"), d] })(), "[2,B<006364>]"],
  [() => (() => { const d = new Uint8Array(4); return [Buffer.from("abcdefgh").copy(d, 0, 0, -1), d] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"sourceEnd\" is out of range. It must be >= 0. Received -1"],
  [() => (() => { const b = Buffer.from("abcdefgh"); return [b.copy(b, 2, 0, 5), b] })(), "[5,B<6162616263646568>]"],
  [() => (() => { const b = Buffer.from("abcdefgh"); return [b.copy(b, 0, 3), b] })(), "[5,B<6465666768666768>]"],
  [() => Buffer.from("abcdefgh").swap16(), "B<6261646366656867>"],
  [() => Buffer.from("abcdefgh").swap32(), "B<6463626168676665>"],
  [() => Buffer.from("abcdefgh").swap64(), "B<6867666564636261>"],
  [() => Buffer.alloc(3).swap16(), "THROW RangeError ERR_INVALID_BUFFER_SIZE: Buffer size must be a multiple of 16-bits"],
  [() => Buffer.alloc(6).swap32(), "THROW RangeError ERR_INVALID_BUFFER_SIZE: Buffer size must be a multiple of 32-bits"],
  [() => Buffer.alloc(4).swap64(), "THROW RangeError ERR_INVALID_BUFFER_SIZE: Buffer size must be a multiple of 64-bits"],
  [() => Buffer.from("abcdefgh").slice(2, -2), "B<63646566>"],
  [() => Buffer.from("abcdefgh").slice(-3), "B<666768>"],
  [() => Buffer.from("abcdefgh").slice(5, 2), "B<>"],
  [() => Buffer.from("abcdefgh").slice("2", "4"), "B<6364>"],
  [() => Buffer.from("abcdefgh").subarray(1, 3), "B<6263>"],
  [() => (() => { const b = Buffer.from("abc"); b.slice(1)[0] = 0x7a; return b })(), "B<617a63>"],
  [() => Buffer.from("abc").map(x => x + 1), "B<626364>"],
  [() => Buffer.from("abc").filter(x => x > 97), "B<6263>"],
  [() => Buffer.from("abc").reverse(), "B<636261>"],
  [() => [0,1,2,3,4,5].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91,0xa2,0xb3]).readInt8(i)), "[-1,-2,-128,1,127,0]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readUInt8(i)), "[255,254,128,1]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readInt16LE(i)), "[-257,-32514,384,32513]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readInt16BE(i)), "[-2,-384,-32767,383]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readUInt16LE(i)), "[65279,33022,384,32513]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readUInt16BE(i)), "[65534,65152,32769,383]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readInt32LE(i)), "[25231103,2130804990,8323456,-1862238463]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readInt32BE(i)), "[-98303,-25165441,-2147385600,25100433]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readUInt32LE(i)), "[25231103,2130804990,8323456,2432728833]"],
  [() => [0,1,2,3].map(i => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readUInt32BE(i)), "[4294868993,4269801855,2147581696,25100433]"],
  [() => [1,2,3,4,5,6].map(n => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readIntLE(1, n)), "[-2,-32514,98558,2130804990,2130804990,-122043659878146]"],
  [() => [1,2,3,4,5,6].map(n => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readIntBE(1, n)), "[-2,-384,-98303,-25165441,-6442352896,-1649242341231]"],
  [() => [1,2,3,4,5,6].map(n => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readUIntLE(1, n)), "[254,33022,98558,2130804990,2130804990,159431316832510]"],
  [() => [1,2,3,4,5,6].map(n => Buffer.from([0xff,0xfe,0x80,0x01,0x7f,0x00,0x91]).readUIntBE(1, n)), "[254,65152,16678913,4269801855,1093069274880,279825734369425]"],
  [() => [1,2,3,4,5,6].map(n => Buffer.from([0x7f,0xfe,0x80,0x01,0x7f,0x00,0x91]).readIntBE(0, n)), "[127,32766,8388224,2147385345,549730648447,140731046002432]"],
];

let checked = checkTable(table);

// slice and subarray share memory with the original Buffer.
const base = Buffer.from('hello world');
const s = base.slice(6);
s[0] = 0x57;
assert.strictEqual(base.toString(), 'hello World');
assert.strictEqual(s.buffer, base.buffer);
// Sorting with Buffer.compare.
const list = ['b', 'a', 'ab', '', 'ba'].map((x) => Buffer.from(x));
assert.deepStrictEqual(list.sort(Buffer.compare).map(String), ['', 'a', 'ab', 'b', 'ba']);
// copy into a Uint8Array and overlapping copy within one Buffer.
const u = new Uint8Array(4);
assert.strictEqual(Buffer.from('abcdef').copy(u, 1), 3);
assert.deepStrictEqual(Array.from(u), [0, 97, 98, 99]);
checked++;
process.on('exit', () => assert.ok(checked >= table.length));
