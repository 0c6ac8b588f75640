// compare-stdout
'use strict';
// How Node's argument errors quote the received value: ERR_INVALID_ARG_TYPE shows a string's raw
// text (cut at 25 characters, JSON-quoted when it holds a '), ERR_INVALID_ARG_VALUE and
// ERR_OUT_OF_RANGE show util.inspect's rendering, big integers grouped with '_'.
const EventEmitter = require('events');
const fs = require('fs');
const values = ["a'b", 'x\ny', 'a\\b', 'tab\there', '"q"', "it's \"q\"", 'x'.repeat(40), '', 7];
for (const v of values) {
  for (const call of [
    () => new EventEmitter().setMaxListeners(v),
    () => fs.readFileSync(1, { encoding: v }),
  ]) {
    try {
      call();
      console.log('no throw');
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
}
try {
  fs.readFileSync(1, { encoding: { a: 'x\ty', b: [1, 'z'], c: { d: { e: 1 } } } });
} catch (e) {
  console.log(e.code, e.message);
}
const buf = Buffer.alloc(8);
for (const v of [2 ** 33, -(2 ** 33), 12345678901234, 4294967297]) {
  try {
    buf.writeUInt32LE(v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
for (const v of [2n ** 70n, -(2n ** 70n)]) {
  try {
    buf.writeBigInt64LE(v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
