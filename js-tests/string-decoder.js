'use strict';
// string_decoder: encodings, UTF-8 and UTF-16LE characters split at every byte, base64 remainders, end().
// Expected logs were recorded from Node 20 (DUMP_LOG=1 node string-decoder.js prints them).
const { L, scenario, runAll } = require('./lib/scenario-log');
const { StringDecoder } = require('string_decoder');

scenario(() => {
  const euro = Buffer.from('\u20ac');
  const smile = Buffer.from('\ud83d\ude00');
  for (const enc of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'binary', 'ascii']) {
    const d = new StringDecoder(enc);
    L('enc', enc, d.encoding);
  }
  try { new StringDecoder('nope'); } catch (e) { L(e.name, e.code, e.message); }
  // UTF-8 split at every position.
  const all = Buffer.concat([Buffer.from('a'), euro, smile, Buffer.from('z')]);
  for (let cut = 0; cut <= all.length; cut++) {
    const d = new StringDecoder('utf8');
    const a = d.write(all.subarray(0, cut));
    const b = d.write(all.subarray(cut));
    L('u8', cut, JSON.stringify(a), JSON.stringify(b), JSON.stringify(d.end()));
  }
  // Byte-by-byte.
  const d = new StringDecoder('utf8');
  let s = '';
  for (const byte of all) s += d.write(Buffer.from([byte]));
  L('bytewise', JSON.stringify(s + d.end()));
  // Incomplete at the end, invalid bytes.
  const d2 = new StringDecoder('utf8');
  L('incomplete', JSON.stringify(d2.write(euro.subarray(0, 2))), JSON.stringify(d2.end()));
  const d3 = new StringDecoder('utf8');
  L('invalid', JSON.stringify(d3.write(Buffer.from([0xff, 0x41, 0xc3]))), JSON.stringify(d3.end(Buffer.from([0xa9]))));
  // UTF-16LE with a surrogate pair split.
  const u16 = Buffer.from('a\ud83d\ude00b', 'utf16le');
  for (let cut = 0; cut <= u16.length; cut++) {
    const e = new StringDecoder('utf16le');
    L('u16', cut, JSON.stringify(e.write(u16.subarray(0, cut)) + '|' + e.write(u16.subarray(cut))), JSON.stringify(e.end()));
  }
  // base64 and hex.
  const raw = Buffer.from('hello world!');
  for (let cut = 0; cut <= 5; cut++) {
    const b = new StringDecoder('base64');
    L('b64', cut, b.write(raw.subarray(0, cut)) + '|' + b.write(raw.subarray(cut)) + '|' + b.end());
  }
  const h = new StringDecoder('hex');
  L('hex', h.write(Buffer.from([1, 255])), h.end(Buffer.from([16])));
  L('string passthrough', new StringDecoder().write('abc'));
  L('uint8array', new StringDecoder().write(new Uint8Array([0x68, 0x69])));
});

const expected = [
 "-- 0",
 "enc utf8 utf8",
 "enc utf-8 utf8",
 "enc UTF8 utf8",
 "enc ucs2 utf16le",
 "enc utf16le utf16le",
 "enc base64 base64",
 "enc base64url base64url",
 "enc hex hex",
 "enc latin1 latin1",
 "enc binary latin1",
 "enc ascii ascii",
 "TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope",
 "u8 0 \"\" \"a€😀z\" \"\"",
 "u8 1 \"a\" \"€😀z\" \"\"",
 "u8 2 \"a\" \"€😀z\" \"\"",
 "u8 3 \"a\" \"€😀z\" \"\"",
 "u8 4 \"a€\" \"😀z\" \"\"",
 "u8 5 \"a€\" \"😀z\" \"\"",
 "u8 6 \"a€\" \"😀z\" \"\"",
 "u8 7 \"a€\" \"😀z\" \"\"",
 "u8 8 \"a€😀\" \"z\" \"\"",
 "u8 9 \"a€😀z\" \"\" \"\"",
 "bytewise \"a€😀z\"",
 "incomplete \"\" \"�\"",
 "invalid \"�A\" \"é\"",
 "u16 0 \"|a😀b\" \"\"",
 "u16 1 \"|a😀b\" \"\"",
 "u16 2 \"a|😀b\" \"\"",
 "u16 3 \"a|😀b\" \"\"",
 "u16 4 \"a|😀b\" \"\"",
 "u16 5 \"a\\ud83d|\\ude00b\" \"\"",
 "u16 6 \"a😀|b\" \"\"",
 "u16 7 \"a😀|b\" \"\"",
 "u16 8 \"a😀b|\" \"\"",
 "b64 0 |aGVsbG8gd29ybGQh|",
 "b64 1 |aGVsbG8gd29ybGQh|",
 "b64 2 |aGVsbG8gd29ybGQh|",
 "b64 3 aGVs|bG8gd29ybGQh|",
 "b64 4 aGVs|bG8gd29ybGQh|",
 "b64 5 aGVs|bG8gd29ybGQh|",
 "hex 01ff 10",
 "string passthrough abc",
 "uint8array hi"
];

runAll(expected);
