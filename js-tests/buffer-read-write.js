'use strict';
// read*/write* integers, floats and bigints: values, byte order, Node's range and bounds errors.
// Table-driven: each expression's result (hex for Buffers, JSON otherwise) or its error
// (name, code, message) must equal what Node 20 gives. Uses require('buffer') so that the
// node-shim run exercises our polyfill too.
const assert = require('assert');
const mod = require('buffer');
const { Buffer } = mod;
const { checkTable } = require('./lib/table');

const table = [
  [() => Buffer.from("abcdefgh").readUInt8(8), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 7. Received 8"],
  [() => Buffer.from("abcdefgh").readUInt8(-1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 7. Received -1"],
  [() => Buffer.from("abcdefgh").readUInt8(1.5), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be an integer. Received 1.5"],
  [() => Buffer.from("abcdefgh").readUInt8("1"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"offset\" argument must be of type number. Received type string ('1')"],
  [() => Buffer.from("abcdefgh").readUInt8(), "97"],
  [() => Buffer.from("abcdefgh").readUInt8(null), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"offset\" argument must be of type number. Received null"],
  [() => Buffer.from("abcdefgh").readUInt8(NaN), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be an integer. Received NaN"],
  [() => Buffer.from("abcdefgh").readUInt16LE(7), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received 7"],
  [() => Buffer.from("abcdefgh").readUInt32BE(5), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 4. Received 5"],
  [() => Buffer.from("abcdefgh").readIntLE(0, 7), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7"],
  [() => Buffer.from("abcdefgh").readIntLE(0, 0), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 0"],
  [() => Buffer.from("abcdefgh").readIntLE(0), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"byteLength\" argument must be of type number. Received undefined"],
  [() => Buffer.from("abcdefgh").readIntLE(0, 1.5), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"byteLength\" is out of range. It must be an integer. Received 1.5"],
  [() => Buffer.from("abcdefgh").readIntLE(0, "2"), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"byteLength\" argument must be of type number. Received type string ('2')"],
  [() => Buffer.from("abcdefgh").readUIntBE(3, 6), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"],
  [() => Buffer.from("abcdefgh").readBigInt64LE(1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"],
  [() => Buffer.from("abcdefgh").readDoubleLE(1), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"],
  [() => Buffer.alloc(0).readUInt8(0), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: Attempt to access memory outside buffer bounds"],
  [() => Buffer.alloc(1).readUInt16LE(0), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: Attempt to access memory outside buffer bounds"],
  [() => Buffer.alloc(3).readInt32LE(0), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: Attempt to access memory outside buffer bounds"],
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
  [() => [Buffer.from([1,2,3,4,5,6,7,0xf8,9]).readBigInt64LE(0), Buffer.from([1,2,3,4,5,6,7,0xf8,9]).readBigInt64LE(1)], "[-574483808854539775n,718331863000941314n]"],
  [() => [Buffer.from([0xf1,2,3,4,5,6,7,0xf8,9]).readBigInt64BE(0), Buffer.from([1,2,3,4,5,6,7,0xf8,9]).readBigUInt64BE(1)], "[-1080297644816463880n,144964032628520969n]"],
  [() => [Buffer.from([1,2,3,4,5,6,7,0xf8,9]).readBigUInt64LE(0), Buffer.from([1,2,3,4,5,6,7,0xf8,9]).readBigUint64LE(1)], "[17872260264855011841n,718331863000941314n]"],
  [() => [Buffer.from([0,0,0xc0,0x3f]).readFloatLE(0), Buffer.from([0x3f,0xc0,0,0]).readFloatBE(), Buffer.from([0,0,0,0,0,0,0xf8,0x3f]).readDoubleLE(0), Buffer.from([0x3f,0xf8,0,0,0,0,0,0]).readDoubleBE(0)], "[1.5,1.5,1.5,1.5]"],
  [() => [Buffer.from([1,2,3,4]).readFloatBE(0), Buffer.from([0xff,0xff,0xff,0x7f]).readFloatLE(0)], "[2.387939260590663e-38,null]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUInt8(256, 0)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 256"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUInt8(-1, 0)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0 and <= 255. Received -1"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeInt8(128)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -128 and <= 127. Received 128"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUInt16LE(1, 7)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 6. Received 7"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUInt32LE(2**32)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntBE(2**40, 0, 5)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -(2 ** 39) and < 2 ** 39. Received 1_099_511_627_776"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUIntLE(1, 0, 7)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUIntLE(1, 0)] })(), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"byteLength\" argument must be of type number. Received undefined"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeBigInt64LE(2n**63n)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeBigUInt64LE(-1n)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUInt8("3", 0), b.writeUInt8(3.7, 1), b.writeUInt8(NaN, 2), b.writeInt8(-1.5, 3), b.writeInt8("-3", 4), b] })(), "[1,2,3,4,5,B<030300fffd000000>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeFloatLE(1, 5)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 4. Received 5"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeDoubleBE("x", 0), b] })(), "[8,B<7ff8000000000000>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeInt32BE(-(2**31)-1)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -2147483648 and <= 2147483647. Received -2147483649"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntLE(-129, 0, 1)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -128 and <= 127. Received -129"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUIntBE(2**48, 0, 6)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUIntBE(2**48-1, 0, 6), b] })(), "[6,B<ffffffffffff0000>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntBE(-(2**47)-1, 0, 6)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received -140_737_488_355_329"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntBE(-(2**47), 0, 6), b] })(), "[6,B<8000000000000000>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntLE(-123456789012, 1, 6), b] })(), "[7,B<00ece56641e3ff00>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntLE(-5, 1, 3), b.writeIntBE(-5, 4, 3), b] })(), "[4,7,B<00fbfffffffffb00>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeInt16LE(-2, 0), b.writeInt16BE(-300, 2), b.writeUInt16BE(0xabcd, 4), b.writeUInt16LE(0xabcd, 6), b] })(), "[2,4,6,8,B<fefffed4abcdcdab>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeInt32LE(-2, 0), b.writeUInt32BE(0xdeadbeef, 4), b] })(), "[4,8,B<feffffffdeadbeef>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeInt32BE(-2, 0), b.writeUInt32LE(0xdeadbeef, 4), b] })(), "[4,8,B<fffffffeefbeadde>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeInt16LE(40000, 0)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -32768 and <= 32767. Received 40000"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUInt16LE(-1, 0)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0 and <= 65535. Received -1"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntLE(2**23, 0, 3)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -8388608 and <= 8388607. Received 8388608"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeUIntLE(2**24, 0, 3)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= 0 and <= 16777215. Received 16777216"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeIntLE(2**31, 0, 4)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"value\" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeBigInt64LE(-2n, 1), b] })(), "[9,B<00feffffffffffffff>]"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeBigInt64BE(-2n, 1), b] })(), "[9,B<00fffffffffffffffe>]"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeBigUInt64BE(0x0102030405060708n), b] })(), "[8,B<010203040506070800>]"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeBigUint64LE(0xf102030405060708n, 1), b] })(), "[9,B<0008070605040302f1>]"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeBigUInt64LE(1n, 2)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 2"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeBigUInt64LE(1n, "0")] })(), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"offset\" argument must be of type number. Received type string ('0')"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeUInt8(1, "0")] })(), "THROW TypeError ERR_INVALID_ARG_TYPE: The \"offset\" argument must be of type number. Received type string ('0')"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeUInt8(1, 1.5)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be an integer. Received 1.5"],
  [() => (() => { const b = Buffer.alloc(9); return [b.writeUInt32LE(1, 6)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 5. Received 6"],
  [() => (() => { const b = Buffer.alloc(3); return [b.writeUInt32LE(1, 0)] })(), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: Attempt to access memory outside buffer bounds"],
  [() => (() => { const b = Buffer.alloc(0); return [b.writeUInt8(1, 0)] })(), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: Attempt to access memory outside buffer bounds"],
  [() => (() => { const b = Buffer.alloc(16); return [b.writeFloatLE(1.5, 0), b.writeFloatBE(-2.25, 4), b.writeDoubleLE(Math.PI, 8), b] })(), "[4,8,16,B<0000c03fc0100000182d4454fb210940>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeDoubleBE(-0, 0), b] })(), "[8,B<8000000000000000>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeFloatBE(1e40, 0), b.writeFloatLE(NaN, 4), b] })(), "[4,8,B<7f8000000000c07f>]"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeFloatBE(1, -1)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be >= 0 and <= 4. Received -1"],
  [() => (() => { const b = Buffer.alloc(8); return [b.writeFloatBE(1, 4.5)] })(), "THROW RangeError ERR_OUT_OF_RANGE: The value of \"offset\" is out of range. It must be an integer. Received 4.5"],
  [() => (() => { const b = Buffer.alloc(2); return [b.writeDoubleBE(1)] })(), "THROW RangeError ERR_BUFFER_OUT_OF_BOUNDS: Attempt to access memory outside buffer bounds"],
  [() => typeof Buffer.prototype.readUintBE + typeof Buffer.prototype.writeUint32LE + typeof Buffer.prototype.readBigUint64BE + typeof Buffer.prototype.writeBigUint64LE, "\"functionfunctionfunctionfunction\""],
  [() => Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, "true"],
];

let checked = checkTable(table);

// Round trips at every size and signedness.
const b = Buffer.alloc(16);
for (const [w, r, v, size] of [
  ['writeUInt8', 'readUInt8', 200, 1], ['writeInt8', 'readInt8', -100, 1],
  ['writeUInt16LE', 'readUInt16LE', 0xbeef, 2], ['writeInt16BE', 'readInt16BE', -12345, 2],
  ['writeUInt32BE', 'readUInt32BE', 0xdeadbeef, 4], ['writeInt32LE', 'readInt32LE', -123456789, 4],
  ['writeFloatBE', 'readFloatBE', 1.5, 4], ['writeDoubleLE', 'readDoubleLE', -Math.PI, 8],
  ['writeBigInt64BE', 'readBigInt64BE', -(2n ** 62n) - 3n, 8], ['writeBigUInt64LE', 'readBigUInt64LE', 2n ** 64n - 2n, 8],
]) {
  assert.strictEqual(b[w](v, 3), 3 + size, w);
  assert.strictEqual(b[r](3), v, r);
  checked++;
}
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  assert.strictEqual(b.writeUIntBE(max - 5, 0, n), n);
  assert.strictEqual(b.readUIntBE(0, n), max - 5);
  assert.strictEqual(b.writeIntLE(-(2 ** (8 * n - 1)), 1, n), n + 1);
  assert.strictEqual(b.readIntLE(1, n), -(2 ** (8 * n - 1)));
}
process.on('exit', () => assert.ok(checked >= table.length));
