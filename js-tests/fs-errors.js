'use strict';
// fs: argument validation errors (codes and Node's exact messages) and system error shape.
const assert = require('assert');
const fs = require('fs');

const cases = [
  [() => fs.readFileSync(), 'ERR_INVALID_ARG_TYPE', 'The "path" argument must be of type string or an instance of Buffer or URL. Received undefined'],
  [() => fs.readFileSync('/x', 5), 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be one of type string or object. Received type number (5)'],
  [() => fs.readFileSync('/x', { encoding: 'bogus' }), 'ERR_INVALID_ARG_VALUE', "The argument 'encoding' is invalid encoding. Received 'bogus'"],
  [() => fs.writeFileSync('/tmp/never', 5), 'ERR_INVALID_ARG_TYPE', 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)'],
  [() => fs.openSync('/x', 'zz'), 'ERR_INVALID_ARG_VALUE', "The argument 'flags' is invalid. Received 'zz'"],
  [() => fs.closeSync('x'), 'ERR_INVALID_ARG_TYPE', 'The "fd" argument must be of type number. Received type string (\'x\')'],
  [() => fs.closeSync(-1), 'ERR_OUT_OF_RANGE', 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1'],
  [() => fs.readSync(0, 'x'), 'ERR_INVALID_ARG_TYPE', 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'x\')'],
  [() => fs.readSync(0, Buffer.alloc(2), 0, 5, 0), 'ERR_OUT_OF_RANGE', 'The value of "length" is out of range. It must be <= 2. Received 5'],
  [() => fs.mkdtempSync(5), 'ERR_INVALID_ARG_TYPE', 'The "prefix" argument must be of type string or an instance of Buffer or URL. Received type number (5)'],
  [() => fs.writeSync(1, 5), 'ERR_INVALID_ARG_TYPE', 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)'],
  [() => fs.mkdirSync('/tmp/x', { recursive: 1 }), 'ERR_INVALID_ARG_TYPE', 'The "options.recursive" property must be of type boolean. Received type number (1)'],
  [() => fs.readFile('/x'), 'ERR_INVALID_ARG_TYPE', 'The "cb" argument must be of type function. Received undefined'],
  [() => fs.stat('/x', {}), 'ERR_INVALID_ARG_TYPE', 'The "cb" argument must be of type function. Received undefined'],
  [() => fs.statSync(5), 'ERR_INVALID_ARG_TYPE', 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5)'],
];
for (const [fn, code, message] of cases) assert.throws(fn, { code, message });

assert.throws(() => fs.readFileSync('a\u0000b'), (e) => {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_VALUE');
  assert.ok(e.message.startsWith("The argument 'path' must be a string, Uint8Array, or URL without null bytes."));
  return true;
});

// system errors: message, errno, code, syscall, path
const missing = '/nonexistent-h2js-dir/file';
const sys = [
  [() => fs.readFileSync(missing), 'open'],
  [() => fs.openSync(missing, 'w'), 'open'],
  [() => fs.readdirSync(missing), 'scandir'],
  [() => fs.lstatSync(missing), 'lstat'],
  [() => fs.accessSync(missing), 'access'],
  [() => fs.rmdirSync(missing), 'rmdir'],
];
for (const [fn, syscall] of sys) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error);
    assert.strictEqual(e.code, 'ENOENT');
    assert.strictEqual(e.errno, -2);
    assert.strictEqual(e.syscall, syscall);
    assert.strictEqual(e.path, missing);
    assert.strictEqual(e.message, "ENOENT: no such file or directory, " + syscall + " '" + missing + "'");
    return true;
  });
}
assert.throws(() => fs.readFileSync('/'), { code: 'EISDIR', errno: -21, syscall: 'read', message: 'EISDIR: illegal operation on a directory, read' });
assert.throws(() => fs.fstatSync(987654), { code: 'EBADF', errno: -9, syscall: 'fstat' });
