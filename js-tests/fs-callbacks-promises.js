'use strict';
// fs: callback API (results arrive asynchronously, errors go to the callback) and fs.promises /
// fs/promises with a FileHandle.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

let calls = 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h2js-fs-cb-'));
const f = path.join(dir, 'cb.txt');
assert.strictEqual(fsp, fs.promises);

let sync = true;
fs.writeFile(f, 'callback data', (err) => {
  assert.strictEqual(err, null);
  assert.strictEqual(sync, false, 'callback must not run synchronously');
  calls++;
  fs.readFile(f, 'utf8', (err2, data) => {
    assert.strictEqual(err2, null);
    assert.strictEqual(data, 'callback data');
    calls++;
    fs.stat(f, (err3, st) => {
      assert.ifError(err3);
      assert.strictEqual(st.size, 13);
      calls++;
      fs.readFile(path.join(dir, 'missing'), (err4, d) => {
        assert.strictEqual(err4.code, 'ENOENT');
        assert.strictEqual(err4.syscall, 'open');
        assert.strictEqual(d, undefined);
        calls++;
        fs.exists(f, (ok) => {
          assert.strictEqual(ok, true);
          calls++;
          promisesPart().then(() => { calls++; }, (e) => { process.exitCode = 1; console.error(e); });
        });
      });
    });
  });
});
sync = false;

async function promisesPart() {
  const p = path.join(dir, 'p.txt');
  await fsp.writeFile(p, 'promise data');
  assert.strictEqual(await fsp.readFile(p, 'utf8'), 'promise data');
  assert.strictEqual((await fsp.stat(p)).isFile(), true);
  await fsp.mkdir(path.join(dir, 'sub/deeper'), { recursive: true });
  assert.deepStrictEqual((await fsp.readdir(dir)).sort(), ['cb.txt', 'p.txt', 'sub']);
  await assert.rejects(fsp.readFile(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'open' });
  await assert.rejects(fsp.stat(5), { code: 'ERR_INVALID_ARG_TYPE' });

  const fh = await fsp.open(p, 'r+');
  assert.strictEqual(typeof fh.fd, 'number');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(7), 0, 7, 0);
  assert.strictEqual(bytesRead, 7);
  assert.strictEqual(buffer.toString(), 'promise');
  const w = await fh.write('P', 0);
  assert.strictEqual(w.bytesWritten, 1);
  assert.strictEqual((await fh.stat()).size, 12);
  // positional reads/writes leave the file position at 0, so readFile sees everything
  assert.strictEqual(await fh.readFile('utf8'), 'Promise data');
  await fh.close();
  assert.strictEqual(await fsp.readFile(p, 'utf8'), 'Promise data');

  await fsp.unlink(p);
  await assert.rejects(fsp.unlink(p), { code: 'ENOENT', syscall: 'unlink' });
  await fsp.rm(path.join(dir, 'sub'), { recursive: true });
  assert.deepStrictEqual(await fsp.readdir(dir), ['cb.txt']);
  fs.rmSync(dir, { recursive: true });
}

process.on('exit', () => {
  assert.strictEqual(calls, 6);
  assert.strictEqual(fs.existsSync(dir), false);
});
