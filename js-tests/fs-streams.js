'use strict';
// fs: createReadStream (chunking by highWaterMark, start/end, encoding, events) and
// createWriteStream (open/ready/finish/close, bytesWritten), plus an ENOENT stream error.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h2js-fs-stream-'));
const src = path.join(dir, 'src.bin');
const data = Buffer.alloc(150 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) % 256;
fs.writeFileSync(src, data);

const events = [];
let done = 0;

// 1. default 64 KiB chunks
const rs = fs.createReadStream(src);
const chunks = [];
rs.on('open', (fd) => { assert.strictEqual(typeof fd, 'number'); events.push('open'); });
rs.on('ready', () => events.push('ready'));
rs.on('data', (c) => chunks.push(c));
rs.on('end', () => events.push('end'));
rs.on('close', () => {
  events.push('close');
  assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
  assert.deepStrictEqual(chunks.map((c) => c.length), [65536, 65536, 22528]);
  assert.ok(Buffer.concat(chunks).equals(data));
  assert.strictEqual(rs.bytesRead, data.length);
  done++;
  part2();
});

// 2. start/end (inclusive), small highWaterMark, encoding
function part2() {
  const got = [];
  const s = fs.createReadStream(src, { start: 10, end: 19, highWaterMark: 4, encoding: 'hex' });
  s.on('data', (c) => got.push(c));
  s.on('end', () => {
    assert.deepStrictEqual(got.map((c) => c.length), [8, 8, 4]);
    assert.strictEqual(got.join(''), data.subarray(10, 20).toString('hex'));
    done++;
    part3();
  });
}

// 3. write stream
function part3() {
  const out = path.join(dir, 'out.txt');
  const ws = fs.createWriteStream(out);
  const wev = [];
  ws.on('open', () => wev.push('open'));
  ws.on('ready', () => wev.push('ready'));
  ws.on('finish', () => wev.push('finish'));
  ws.on('close', () => {
    wev.push('close');
    assert.deepStrictEqual(wev, ['open', 'ready', 'finish', 'close']);
    assert.strictEqual(ws.bytesWritten, 11);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello world');
    done++;
    part4(out);
  });
  ws.write('hello');
  ws.write(Buffer.from(' '));
  ws.end('world');
}

// 4. append mode, then a missing file errors with ENOENT and closes
function part4(out) {
  const ws = fs.createWriteStream(out, { flags: 'a' });
  ws.end('!', () => {
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello world!');
    const bad = fs.createReadStream(path.join(dir, 'missing'));
    let errored = false;
    bad.on('error', (e) => {
      assert.strictEqual(e.code, 'ENOENT');
      assert.strictEqual(e.syscall, 'open');
      errored = true;
    });
    bad.on('close', () => {
      assert.ok(errored);
      done++;
      fs.rmSync(dir, { recursive: true });
    });
  });
}

process.on('exit', () => {
  assert.strictEqual(done, 4);
});
