'use strict';
// fs: stat/lstat, Stats methods and dates, mkdir (recursive return value), readdir (with types,
// recursive), rename, unlink, rm, symlinks and realpath, existsSync.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'h2js-fs-stat-')));
try {
  const f = path.join(dir, 'file.txt');
  const before = Date.now();
  fs.writeFileSync(f, '12345');
  const st = fs.statSync(f);
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.size, 5);
  assert.strictEqual(st.isFile(), true);
  assert.strictEqual(st.isDirectory(), false);
  assert.strictEqual(st.isSymbolicLink(), false);
  assert.strictEqual(st.mode & fs.constants.S_IFMT, fs.constants.S_IFREG);
  assert.ok(st.mtime instanceof Date);
  assert.ok(Math.abs(st.mtimeMs - before) < 60000, 'mtime is recent');
  assert.strictEqual(typeof st.ino, 'number');
  assert.ok(st.nlink >= 1);
  assert.strictEqual(fs.statSync(dir).isDirectory(), true);
  assert.strictEqual(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }), undefined);
  assert.throws(() => fs.statSync(path.join(dir, 'nope')), {
    code: 'ENOENT', errno: -2, syscall: 'stat', path: path.join(dir, 'nope'),
    message: "ENOENT: no such file or directory, stat '" + path.join(dir, 'nope') + "'",
  });

  // mkdir
  assert.strictEqual(fs.mkdirSync(path.join(dir, 'plain')), undefined);
  assert.strictEqual(fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true }), path.join(dir, 'a'));
  assert.strictEqual(fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true }), undefined);
  assert.throws(() => fs.mkdirSync(path.join(dir, 'plain')), { code: 'EEXIST', syscall: 'mkdir' });
  assert.throws(() => fs.mkdirSync(path.join(dir, 'x/y')), { code: 'ENOENT', syscall: 'mkdir' });

  // readdir
  fs.writeFileSync(path.join(dir, 'a/b/leaf'), '');
  assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a', 'file.txt', 'plain']);
  const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
  assert.deepStrictEqual(ents.map((d) => [d.name, d.isFile(), d.isDirectory()]),
    [['a', false, true], ['file.txt', true, false], ['plain', false, true]]);
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'a'), { recursive: true }).sort(), ['b', 'b/c', 'b/leaf']);
  assert.throws(() => fs.readdirSync(f), { code: 'ENOTDIR', syscall: 'scandir' });

  // symlinks
  const link = path.join(dir, 'link');
  fs.symlinkSync(f, link);
  assert.strictEqual(fs.lstatSync(link).isSymbolicLink(), true);
  assert.strictEqual(fs.statSync(link).isFile(), true);
  assert.strictEqual(fs.readlinkSync(link), f);
  assert.strictEqual(fs.realpathSync(link), f);
  assert.strictEqual(fs.realpathSync(path.join(dir, 'a/b/../b/c/')), path.join(dir, 'a/b/c'));
  assert.throws(() => fs.realpathSync(path.join(dir, 'zz/q')), { code: 'ENOENT', syscall: 'lstat', path: path.join(dir, 'zz') });

  // rename, unlink, rm
  fs.renameSync(f, path.join(dir, 'moved.txt'));
  assert.strictEqual(fs.existsSync(f), false);
  assert.strictEqual(fs.existsSync(path.join(dir, 'moved.txt')), true);
  assert.throws(() => fs.renameSync(f, path.join(dir, 'x')), {
    code: 'ENOENT', syscall: 'rename', path: f, dest: path.join(dir, 'x'),
    message: "ENOENT: no such file or directory, rename '" + f + "' -> '" + path.join(dir, 'x') + "'",
  });
  fs.unlinkSync(link);
  assert.throws(() => fs.unlinkSync(link), { code: 'ENOENT', syscall: 'unlink' });
  assert.throws(() => fs.rmSync(path.join(dir, 'a')), { code: 'ERR_FS_EISDIR', name: 'SystemError' });
  fs.rmSync(path.join(dir, 'nothing'), { force: true });
  fs.rmSync(path.join(dir, 'a'), { recursive: true });
  assert.strictEqual(fs.existsSync(path.join(dir, 'a')), false);
  fs.rmdirSync(path.join(dir, 'plain'));
  assert.deepStrictEqual(fs.readdirSync(dir), ['moved.txt']);

  assert.strictEqual(fs.existsSync(), false);
  assert.strictEqual(fs.existsSync(123), false);
  assert.strictEqual(fs.existsSync(dir), true);
  assert.strictEqual(fs.existsSync(new URL('file://' + dir)), true);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
