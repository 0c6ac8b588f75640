'use strict';
// fs: synchronous read/write/append, encodings, fds with readSync/writeSync and positions.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h2js-fs-rw-'));
assert.ok(path.basename(dir).startsWith('h2js-fs-rw-'));
assert.strictEqual(path.basename(dir).length, 'h2js-fs-rw-'.length + 6);
try {
  const f = path.join(dir, 'a.txt');
  fs.writeFileSync(f, 'héllo');
  const buf = fs.readFileSync(f);
  assert.ok(buf instanceof Buffer); // (goja_nodejs' Buffer lacks Buffer.isBuffer)
  assert.strictEqual(buf.length, 6);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo');
  assert.strictEqual(fs.readFileSync(f, { encoding: 'hex' }), '68c3a96c6c6f');
  assert.strictEqual(fs.readFileSync(f, { encoding: 'base64' }), Buffer.from('héllo').toString('base64'));

  fs.appendFileSync(f, ' world');
  fs.appendFileSync(f, Buffer.from('!'));
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo world!');

  fs.writeFileSync(f, new Uint8Array([1, 2, 3, 4, 5]));
  assert.deepStrictEqual([...fs.readFileSync(f)], [1, 2, 3, 4, 5]);
  fs.writeFileSync(f, 'abc', { flag: 'a' });
  assert.strictEqual(fs.readFileSync(f).length, 8);
  fs.writeFileSync(f, '68656c6c6f', 'hex');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello');

  assert.throws(() => fs.writeFileSync(f, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open', path: f });

  // descriptors
  const fd = fs.openSync(f, 'r+');
  assert.strictEqual(typeof fd, 'number');
  const rb = Buffer.alloc(10, 0x2e);
  assert.strictEqual(fs.readSync(fd, rb, 2, 3, 1), 3);
  assert.strictEqual(rb.toString('utf8'), '..ell.....');
  assert.strictEqual(fs.readSync(fd, rb, { offset: 0, length: 2, position: 3 }), 2);
  assert.strictEqual(rb.toString('utf8', 0, 2), 'lo');
  assert.strictEqual(fs.readSync(fd, rb, 0, 5, 100), 0); // past EOF
  assert.strictEqual(fs.writeSync(fd, 'J', 0), 1);
  assert.strictEqual(fs.writeSync(fd, Buffer.from('xyzXYZ'), 3, 2, 5), 2);
  assert.strictEqual(fs.fstatSync(fd).size, 7);
  fs.ftruncateSync(fd, 4);
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'Jell');
  assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close' });

  // reading a whole file through its fd, from the current position
  const fd2 = fs.openSync(f, 'r');
  fs.readSync(fd2, Buffer.alloc(1), 0, 1, null);
  assert.strictEqual(fs.readFileSync(fd2, 'utf8'), 'ell');
  fs.closeSync(fd2);

  // 'a' appends whatever position is given
  const fd3 = fs.openSync(f, 'a');
  fs.writeSync(fd3, '!!');
  fs.closeSync(fd3);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'Jell!!');

  // a bigger file survives a round trip
  const big = Buffer.alloc(200000);
  for (let i = 0; i < big.length; i++) big[i] = i % 251;
  fs.writeFileSync(path.join(dir, 'big'), big);
  assert.ok(fs.readFileSync(path.join(dir, 'big')).equals(big));

  fs.copyFileSync(f, path.join(dir, 'copy'));
  assert.strictEqual(fs.readFileSync(path.join(dir, 'copy'), 'utf8'), 'Jell!!');
  assert.throws(() => fs.copyFileSync(f, path.join(dir, 'copy'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
  fs.truncateSync(path.join(dir, 'copy'), 2);
  assert.strictEqual(fs.readFileSync(path.join(dir, 'copy'), 'utf8'), 'Je');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
assert.strictEqual(fs.existsSync(dir), false);
