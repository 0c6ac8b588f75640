'use strict';
// setEncoding: multi-byte characters split across pushed chunks are reassembled; other
// encodings (hex, base64, latin1, utf16le) decode chunk by chunk; buffered data is re-decoded.
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

let done = 0;

function readAll(r) {
  return new Promise((resolve) => {
    const parts = [];
    r.on('data', (d) => {
      assert.strictEqual(typeof d, 'string');
      parts.push(d);
    });
    r.on('end', () => resolve(parts));
  });
}

// '€' is e2 82 ac, '😀' is f0 9f 98 80: feed them one byte at a time.
{
  const bytes = Buffer.from('a€b😀c', 'utf8');
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  for (let i = 0; i < bytes.length; i++) r.push(Buffer.from([bytes[i]]));
  r.push(null);
  readAll(r).then((parts) => {
    assert.strictEqual(parts.join(''), 'a€b😀c');
    for (const p of parts) assert.ok(!p.includes('\ufffd'), 'no replacement chars');
    done++;
  });
}

// Split points inside a 4-byte character, via the encoding option.
{
  const bytes = Buffer.from('xx😀yy', 'utf8');
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push(bytes.subarray(0, 3));
  r.push(bytes.subarray(3, 5));
  r.push(bytes.subarray(5));
  r.push(null);
  readAll(r).then((parts) => {
    assert.strictEqual(parts[0], 'xx'); // the incomplete emoji is held back
    assert.strictEqual(parts.join(''), 'xx😀yy');
    done++;
  });
}

// A truncated character at the end becomes U+FFFD.
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0x61, 0xe2, 0x82]));
  r.push(null);
  readAll(r).then((parts) => {
    assert.strictEqual(parts.join(''), 'a\ufffd');
    done++;
  });
}

// Other encodings.
const cases = [
  ['hex', [Buffer.from([1, 2]), Buffer.from([255])], '0102ff'],
  ['base64', [Buffer.from('ab'), Buffer.from('cd')], Buffer.from('abcd').toString('base64')],
  ['latin1', [Buffer.from([0x68, 0xe9])], 'h\u00e9'],
  ['utf16le', [Buffer.from([0x61]), Buffer.from([0x00, 0x62, 0x00])], 'ab'],
];
for (const [enc, chunks, expected] of cases) {
  const r = new Readable({ read() {} });
  r.setEncoding(enc);
  assert.strictEqual(r.readableEncoding, enc);
  for (const c of chunks) r.push(c);
  r.push(null);
  readAll(r).then((parts) => {
    assert.strictEqual(parts.join(''), expected, enc);
    done++;
  });
}

// setEncoding after data is buffered re-decodes it; read(n) counts characters.
{
  const p = new PassThrough();
  p.write(Buffer.from('héllo wörld'));
  setImmediate(() => {
    assert.strictEqual(p.readableLength, 13);
    p.setEncoding('utf8');
    assert.strictEqual(p.readableLength, 11);
    assert.strictEqual(p.read(5), 'héllo');
    assert.strictEqual(p.read(), ' wörld');
    done++;
  });
}

// push(string, encoding) converts to the stream's encoding.
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push('68656c6c6f', 'hex');
  r.push('IQ==', 'base64');
  r.push(null);
  readAll(r).then((parts) => {
    assert.strictEqual(parts.join(''), 'hello!');
    done++;
  });
}

assert.throws(() => new Readable().setEncoding('nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: nope',
});

process.on('exit', () => assert.strictEqual(done, 9));
