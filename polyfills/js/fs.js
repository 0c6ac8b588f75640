'use strict';
// node:fs — synchronous calls on the native binding (internal/fs_binding, runtime/fsbinding.go), the
// callback API on top of them (results delivered with process.nextTick; the work itself is done
// synchronously), fs.promises, and file streams built on our stream module.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  validateFunction, validateInteger, validateInt32, validateObject, validateBoolean,
} = require('internal/errors');

let binding;
try {
  binding = require('internal/fs_binding');
} catch (e) {
  binding = nodeBinding(e);
}

// nodeBinding emulates the native binding with real node's fs: only used when this file runs under
// node itself through tools/node-shim.js, never under h2js.
function nodeBinding(cause) {
  if (typeof process.getBuiltinModule !== 'function') throw cause;
  const real = process.getBuiltinModule('fs');
  const toAB = (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  const plain = (s) => s && {
    dev: s.dev, mode: s.mode, nlink: s.nlink, uid: s.uid, gid: s.gid, rdev: s.rdev, blksize: s.blksize,
    ino: s.ino, size: s.size, blocks: s.blocks, atimeMs: s.atimeMs, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs,
    birthtimeMs: s.birthtimeMs, isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(),
  };
  const u8 = (b) => (b instanceof ArrayBuffer ? new Uint8Array(b) : b);
  const typeOf = (d) => (d.isFile() ? 1 : d.isDirectory() ? 2 : d.isSymbolicLink() ? 3 : d.isFIFO() ? 4 : d.isSocket() ? 5 : d.isCharacterDevice() ? 6 : d.isBlockDevice() ? 7 : 0);
  return {
    readFile: (p) => toAB(real.readFileSync(p)),
    writeFile: (p, data, flag, mode) => real.writeFileSync(p, u8(data), { flag, mode }),
    exists: (p) => real.existsSync(p),
    access: (p, m) => real.accessSync(p, m),
    stat: (p, t) => plain(real.statSync(p, { throwIfNoEntry: t !== false })),
    lstat: (p, t) => plain(real.lstatSync(p, { throwIfNoEntry: t !== false })),
    fstat: (fd) => plain(real.fstatSync(fd)),
    open: (p, f, m) => real.openSync(p, f, m),
    close: (fd) => real.closeSync(fd),
    read: (fd, b, o, l, pos) => real.readSync(fd, u8(b), o, l, pos < 0 ? null : pos),
    write: (fd, b, o, l, pos) => real.writeSync(fd, u8(b), o, l, pos < 0 ? null : pos),
    ftruncate: (fd, l) => real.ftruncateSync(fd, l),
    fsync: (fd) => real.fsyncSync(fd),
    readdir: (p, withTypes) => {
      if (!withTypes) return real.readdirSync(p);
      const ents = real.readdirSync(p, { withFileTypes: true });
      return [ents.map((d) => d.name), ents.map(typeOf)];
    },
    mkdir: (p, recursive, mode) => real.mkdirSync(p, { recursive, mode }),
    mkdtemp: (prefix) => real.mkdtempSync(prefix),
    rmdir: (p) => real.rmdirSync(p),
    rm: (p, recursive, force) => real.rmSync(p, { recursive, force }),
    unlink: (p) => real.unlinkSync(p),
    rename: (a, b) => real.renameSync(a, b),
    copyFile: (a, b, excl) => real.copyFileSync(a, b, excl ? real.constants.COPYFILE_EXCL : 0),
    realpath: (p) => real.realpathSync(p),
    readlink: (p) => real.readlinkSync(p),
    symlink: (t, p) => real.symlinkSync(t, p),
    chmod: (p, m) => real.chmodSync(p, m),
    mayBlock: () => false,
    truncate: (p, l) => real.truncateSync(p, l),
    utimes: (p, a, m) => real.utimesSync(p, a, m),
    constants: real.constants,
  };
}

const kMaxLength = 2 ** 31 - 1;

// ---- constants ----

const constants = Object.assign({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
}, binding.constants);
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC, S_IFMT, S_IFREG, S_IFDIR,
  S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK } = constants;

// ---- argument helpers ----

function fileURLToPathString(url) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_ARG_VALUE('path', url.href, 'must be a file URL');
  if (url.hostname !== '') throw new ERR_INVALID_ARG_VALUE('path', url.href, 'must have an empty host');
  const p = url.pathname;
  if (/%2f/i.test(p)) throw new ERR_INVALID_ARG_VALUE('path', url.href, 'must not include encoded / characters');
  return decodeURIComponent(p);
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    typeof v.pathname === 'string';
}

// getPath accepts a string, Buffer/Uint8Array or file: URL, as Node does.
function getPath(p, name = 'path') {
  if (isURL(p)) p = fileURLToPathString(p);
  else if (p instanceof Uint8Array) p = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
  if (typeof p !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
  if (p.includes('\u0000')) {
    const e = new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
    // internal/errors' inspectValue does not escape control characters the way util.inspect does
    e.message = "The argument '" + name + "' must be a string, Uint8Array, or URL without null bytes. Received " +
      "'" + p.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u0000/g, '\\x00') + "'";
    throw e;
  }
  return p;
}

function validateFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

const flagTable = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

function parseMode(mode, name, def) {
  if (mode == null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) throw new ERR_INVALID_ARG_VALUE(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    mode = parseInt(mode, 8);
  }
  validateInteger(mode, name, 0, 4294967295);
  return mode;
}

// Node lets any falsy encoding through (it means the default); others must be known to Buffer.
function validateEncoding(enc) {
  if (enc && enc !== 'buffer' && !Buffer.isEncoding(enc)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', enc, 'is invalid encoding');
  }
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    validateEncoding(options);
    return Object.assign({}, defaults, { encoding: options });
  }
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  const out = Object.assign({}, defaults, options);
  validateEncoding(out.encoding);
  return out;
}

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function bufferFrom(ab) {
  return Buffer.from(ab instanceof ArrayBuffer ? ab : ab.buffer || ab);
}

function encode(buf, encoding) {
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

// ---- Stats and Dirent ----

function dateOf(ms) {
  return new Date(Math.round(ms));
}

class Stats {
  constructor(raw) {
    this.dev = raw.dev;
    this.mode = raw.mode;
    this.nlink = raw.nlink;
    this.uid = raw.uid;
    this.gid = raw.gid;
    this.rdev = raw.rdev;
    this.blksize = raw.blksize;
    this.ino = raw.ino;
    this.size = raw.size;
    this.blocks = raw.blocks;
    this.atimeMs = raw.atimeMs;
    this.mtimeMs = raw.mtimeMs;
    this.ctimeMs = raw.ctimeMs;
    this.birthtimeMs = raw.birthtimeMs;
    this.atime = dateOf(raw.atimeMs);
    this.mtime = dateOf(raw.mtimeMs);
    this.ctime = dateOf(raw.ctimeMs);
    this.birthtime = dateOf(raw.birthtimeMs);
  }
  _type() { return this.mode & S_IFMT; }
  isFile() { return this._type() === S_IFREG; }
  isDirectory() { return this._type() === S_IFDIR; }
  isSymbolicLink() { return this._type() === S_IFLNK; }
  isFIFO() { return this._type() === S_IFIFO; }
  isSocket() { return this._type() === S_IFSOCK; }
  isCharacterDevice() { return this._type() === S_IFCHR; }
  isBlockDevice() { return this._type() === S_IFBLK; }
}
Object.defineProperty(Stats.prototype, '_type', { enumerable: false });

const kType = Symbol('type');
class Dirent {
  constructor(name, type, dir) {
    this.name = name;
    this.parentPath = dir;
    this.path = dir;
    this[kType] = type;
  }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
}

function makeStats(raw) {
  return raw === undefined ? undefined : new Stats(raw);
}

// ---- synchronous API ----

function readAllFromFd(fd) {
  const st = binding.fstat(fd);
  if (st.isDirectory) {
    const e = new Error('EISDIR: illegal operation on a directory, read');
    Object.assign(e, { errno: -21, code: 'EISDIR', syscall: 'read' });
    throw e;
  }
  const chunks = [];
  let total = 0;
  let size = st.isFile && st.size > 0 ? st.size : 8192;
  for (;;) {
    const buf = Buffer.alloc(size);
    const n = binding.read(fd, buf, 0, size, -1);
    if (n === 0) break;
    chunks.push(n === size ? buf : buf.subarray(0, n));
    total += n;
    size = 65536;
  }
  return Buffer.concat(chunks, total);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  let buf;
  if (typeof path === 'number') {
    buf = readAllFromFd(validateFd(path));
  } else {
    const p = getPath(path);
    const flags = stringToFlags(options.flag);
    if (flags === O_RDONLY) {
      buf = bufferFrom(binding.readFile(p));
    } else {
      const fd = binding.open(p, flags, 0o666);
      try {
        buf = readAllFromFd(fd);
      } finally {
        binding.close(fd);
      }
    }
  }
  return encode(buf, options.encoding);
}

function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.length) off += binding.write(fd, bytes, off, bytes.length - off, -1);
}

function writeFileSync(file, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = toBytes(data, options.encoding);
  if (typeof file === 'number') {
    writeAll(validateFd(file, 'fd'), bytes);
    return;
  }
  const p = getPath(file, 'path');
  const flags = stringToFlags(options.flag);
  binding.writeFile(p, bytes, flags, parseMode(options.mode, 'mode', 0o666));
}

function appendFileSync(file, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || typeof file === 'number') options.flag = 'a';
  writeFileSync(file, data, options);
}

function existsSync(path) {
  try {
    return binding.exists(getPath(path));
  } catch (e) {
    return false;
  }
}

function accessSync(path, mode) {
  binding.access(getPath(path), mode == null ? constants.F_OK : validateMode(mode));
}

function validateMode(mode) {
  validateInteger(mode, 'mode', 0, 7);
  return mode;
}

function statSync(path, options) {
  const throwIfNoEntry = !(options && options.throwIfNoEntry === false);
  return makeStats(binding.stat(getPath(path), throwIfNoEntry));
}

function lstatSync(path, options) {
  const throwIfNoEntry = !(options && options.throwIfNoEntry === false);
  return makeStats(binding.lstat(getPath(path), throwIfNoEntry));
}

function fstatSync(fd) {
  return makeStats(binding.fstat(validateFd(fd)));
}

function openSync(path, flags, mode) {
  return binding.open(getPath(path), stringToFlags(flags), parseMode(mode, 'mode', 0o666));
}

function closeSync(fd) {
  binding.close(validateFd(fd));
}

function validateBufferArg(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function asBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function validatePosition(position, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') position = Number(position);
  if (typeof position !== 'number') throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  if (!Number.isInteger(position)) throw new ERR_OUT_OF_RANGE(name, 'an integer', position);
  if (position < -1 || position > Number.MAX_SAFE_INTEGER) throw new ERR_OUT_OF_RANGE(name, '>= -1 && <= 9007199254740991', position);
  return position;
}

// readSync(fd, buffer, offset, length, position) or readSync(fd, buffer, {offset, length, position})
function readSync(fd, buffer, offsetOrOptions, length, position) {
  const args = readArgs(fd, buffer, offsetOrOptions, length, position);
  return args === null ? 0 : binding.read(...args);
}

// readArgs validates readSync's arguments into the binding's (fd, bytes, offset, length,
// position), or null when there is nothing to read.
function readArgs(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  validateBufferArg(buffer);
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateInteger(length, 'length', 0);
  if (length > buffer.byteLength - offset) throw new ERR_OUT_OF_RANGE('length', '<= ' + (buffer.byteLength - offset), length);
  return [fd, asBytes(buffer), offset, length, validatePosition(position)];
}

// writeSync(fd, buffer, offset, length, position) or writeSync(fd, string, position, encoding)
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  if (typeof buffer === 'string') {
    const bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
    return binding.write(fd, bytes, 0, bytes.length, validatePosition(offsetOrOptions));
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (offset > buffer.byteLength) throw new ERR_OUT_OF_RANGE('offset', '<= ' + buffer.byteLength, offset);
  if (length == null) length = buffer.byteLength - offset;
  validateInteger(length, 'length', 0);
  if (length > buffer.byteLength - offset) throw new ERR_OUT_OF_RANGE('length', '<= ' + (buffer.byteLength - offset), length);
  return binding.write(fd, asBytes(buffer), offset, length, validatePosition(position));
}

function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  const root = getPath(path);
  const out = [];
  const visit = (dir, rel) => {
    const [names, types] = binding.readdir(dir, true);
    for (let i = 0; i < names.length; i++) {
      const relName = rel ? rel + '/' + names[i] : names[i];
      if (options.withFileTypes) out.push(new Dirent(names[i], types[i], dir));
      else out.push(options.encoding === 'buffer' ? Buffer.from(relName) : relName);
      if (options.recursive && types[i] === constants.UV_DIRENT_DIR) visit(dir + '/' + names[i], relName);
    }
  };
  if (!options.withFileTypes && !options.recursive) {
    const names = binding.readdir(root, false);
    return options.encoding === 'buffer' ? names.map((n) => Buffer.from(n)) : names;
  }
  visit(root, '');
  return out;
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode', 0o777);
  } else if (options) {
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    mode = parseMode(options.mode, 'options.mode', 0o777);
  }
  const r = binding.mkdir(getPath(path), recursive, mode);
  return recursive ? r : undefined;
}

function rmSync(path, options) {
  const p = getPath(path);
  if (options !== undefined) validateObject(options, 'options');
  const recursive = !!(options && options.recursive);
  const force = !!(options && options.force);
  binding.rm(p, recursive, force);
}

function rmdirSync(path, options) {
  const p = getPath(path);
  if (options && options.recursive) {
    binding.rm(p, true, false);
    return;
  }
  binding.rmdir(p);
}

function unlinkSync(path) {
  binding.unlink(getPath(path));
}

function renameSync(oldPath, newPath) {
  binding.rename(getPath(oldPath, 'oldPath'), getPath(newPath, 'newPath'));
}

function copyFileSync(src, dest, mode) {
  const m = mode == null ? 0 : mode;
  validateInteger(m, 'mode', 0, 7);
  binding.copyFile(getPath(src, 'src'), getPath(dest, 'dest'), (m & constants.COPYFILE_EXCL) !== 0);
}

function realpathSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  const r = binding.realpath(getPath(path));
  return options.encoding === 'buffer' ? Buffer.from(r) : r;
}
realpathSync.native = realpathSync;

function readlinkSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  const r = binding.readlink(getPath(path));
  return options.encoding === 'buffer' ? Buffer.from(r) : r;
}

function symlinkSync(target, path) {
  binding.symlink(getPath(target, 'target'), getPath(path));
}

function chmodSync(path, mode) {
  binding.chmod(getPath(path), parseMode(mode, 'mode'));
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  const l = len == null ? 0 : len;
  validateInteger(l, 'len');
  binding.truncate(getPath(path), Math.max(0, l));
}

function ftruncateSync(fd, len) {
  const l = len == null ? 0 : len;
  validateInteger(l, 'len');
  binding.ftruncate(validateFd(fd), Math.max(0, l));
}

function fsyncSync(fd) {
  binding.fsync(validateFd(fd));
}

function toUnixTime(t, name) {
  if (t instanceof Date) return t.getTime() / 1000;
  if (typeof t === 'string' && +t == t) return +t;
  if (typeof t === 'number') return Number.isFinite(t) ? (t < 0 ? Date.now() / 1000 : t) : Date.now() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], t);
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getPath(path), toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime'));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, { encoding: 'utf8' });
  const r = binding.mkdtemp(getPath(prefix, 'prefix'));
  return options.encoding === 'buffer' ? Buffer.from(r) : r;
}

// ---- callback API ----

// isArgumentError tells validation errors (thrown synchronously by Node's callback API) from
// operational ones (delivered to the callback).
function isArgumentError(e) {
  return e != null && typeof e.code === 'string' && e.code.startsWith('ERR_') && e.syscall === undefined;
}

// takeCallback removes the trailing callback from args; when there is none it fails like Node,
// naming the value found where the callback belongs (after the sync function's own parameters).
function takeCallback(args, arity) {
  if (typeof args[args.length - 1] === 'function') return args.pop();
  throw new ERR_INVALID_ARG_TYPE('cb', 'Function', args[arity]);
}

function callbackify(syncFn, name) {
  const fn = function (...args) {
    const cb = takeCallback(args, syncFn.length);
    let result;
    try {
      result = syncFn.apply(null, args);
    } catch (e) {
      if (isArgumentError(e)) throw e;
      process.nextTick(cb, e);
      return;
    }
    process.nextTick(cb, null, result);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const asyncNames = {
  readFile: readFileSync, writeFile: writeFileSync, appendFile: appendFileSync, access: accessSync,
  stat: statSync, lstat: lstatSync, fstat: fstatSync, open: openSync, close: closeSync, readdir: readdirSync,
  mkdir: mkdirSync, rm: rmSync, rmdir: rmdirSync, unlink: unlinkSync, rename: renameSync, copyFile: copyFileSync,
  realpath: realpathSync, readlink: readlinkSync, symlink: symlinkSync, chmod: chmodSync, truncate: truncateSync,
  ftruncate: ftruncateSync, fsync: fsyncSync, utimes: utimesSync, mkdtemp: mkdtempSync,
};

function exists(path, cb) {
  validateFunction(cb, 'cb');
  const r = existsSync(path);
  process.nextTick(cb, r);
}

// read(fd, buffer, offset, length, position, cb) -> cb(err, bytesRead, buffer)
function read(fd, buffer, ...rest) {
  const cb = takeCallback(rest, 3);
  let n = 0;
  try {
    const args = readArgs(fd, buffer, ...rest);
    if (args !== null && binding.mayBlock(args[0])) {
      binding.readAsync(...args, (err, got) => (err ? cb(err) : cb(null, got, buffer)));
      return;
    }
    if (args !== null) n = binding.read(...args);
  } catch (e) {
    if (isArgumentError(e)) throw e;
    process.nextTick(cb, e);
    return;
  }
  process.nextTick(cb, null, n, buffer);
}

// A FIFO, socket or terminal can make open() and read() wait for another party, possibly this
// very process (one side opens a FIFO to write, the other to read): for those, open, read and
// writeFile run in the binding's *Async calls, off the loop, as Node runs them in its thread
// pool. Every other file keeps the synchronous path.
function open(...args) {
  const cb = takeCallback(args, 3);
  const [path, flags, mode] = args;
  const p = getPath(path);
  const f = stringToFlags(flags);
  const m = parseMode(mode, 'mode', 0o666);
  if (binding.mayBlock(p)) {
    binding.openAsync(p, f, m, cb);
    return;
  }
  let fd;
  try {
    fd = binding.open(p, f, m);
  } catch (e) {
    process.nextTick(cb, e);
    return;
  }
  process.nextTick(cb, null, fd);
}

const writeFileNow = callbackify(writeFileSync, 'writeFile');

function writeFile(...args) {
  const cb = takeCallback(args, 3);
  const [file, data, options] = args;
  if (typeof file === 'number' || !binding.mayBlock(getPath(file, 'path'))) {
    writeFileNow(file, data, options, cb);
    return;
  }
  const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = toBytes(data, o.encoding);
  binding.openAsync(getPath(file, 'path'), stringToFlags(o.flag), parseMode(o.mode, 'mode', 0o666), (err, fd) => {
    if (err) return cb(err);
    const finish = (e) => {
      try {
        binding.close(fd);
      } catch (ce) {
        e = e || ce;
      }
      cb(e || null);
    };
    const step = (off) => {
      if (off >= bytes.length) return finish(null);
      binding.writeAsync(fd, bytes, off, bytes.length - off, -1, (e, n) => (e ? finish(e) : step(off + n)));
      return undefined;
    };
    return step(0);
  });
}

// write(fd, buffer|string, ..., cb) -> cb(err, bytesWritten, buffer|string)
function write(fd, buffer, ...rest) {
  const cb = takeCallback(rest, 3);
  let n;
  try {
    n = writeSync(fd, buffer, ...rest);
  } catch (e) {
    if (isArgumentError(e)) throw e;
    process.nextTick(cb, e);
    return;
  }
  process.nextTick(cb, null, n, buffer);
}

// ---- promises API ----

class FileHandle {
  #fd;
  constructor(fd) {
    this.#fd = fd;
  }
  get fd() { return this.#fd; }
  #check() {
    if (this.#fd < 0) {
      const e = new Error('EBADF: bad file descriptor, ' + 'read');
      Object.assign(e, { errno: -9, code: 'EBADF', syscall: 'read' });
      throw e;
    }
    return this.#fd;
  }
  async read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && !ArrayBuffer.isView(buffer) && typeof buffer === 'object')) {
      const o = buffer || {};
      buffer = o.buffer || Buffer.alloc(16384);
      offset = o.offset || 0;
      length = o.length !== undefined ? o.length : buffer.byteLength - offset;
      position = o.position;
    }
    const bytesRead = readSync(this.#check(), buffer, offset, length, position);
    return { bytesRead, buffer };
  }
  async write(buffer, ...rest) {
    const bytesWritten = writeSync(this.#check(), buffer, ...rest);
    return { bytesWritten, buffer };
  }
  async readFile(options) { return readFileSync(this.#check(), options); }
  async writeFile(data, options) { return writeFileSync(this.#check(), data, options); }
  async appendFile(data, options) { return appendFileSync(this.#check(), data, options); }
  async stat() { return fstatSync(this.#check()); }
  async truncate(len) { return ftruncateSync(this.#check(), len); }
  async sync() { return fsyncSync(this.#check()); }
  async close() {
    if (this.#fd < 0) return;
    const fd = this.#fd;
    this.#fd = -1;
    closeSync(fd);
  }
}

function promisifySync(syncFn, name) {
  const fn = async function (...args) {
    if (args[0] instanceof FileHandle) args[0] = args[0].fd;
    return syncFn.apply(null, args);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const promises = { constants };
for (const name of Object.keys(asyncNames)) {
  if (name === 'close' || name === 'fstat' || name === 'ftruncate' || name === 'fsync') continue;
  promises[name] = promisifySync(asyncNames[name], name);
}
promises.open = async function open(path, flags, mode) {
  return new FileHandle(openSync(path, flags, mode));
};

// ---- streams ----

let ReadStreamClass;
let WriteStreamClass;

function validateStreamPos(v, name) {
  if (v === undefined) return undefined;
  validateInteger(v, name, 0);
  return v;
}

function getReadStream() {
  if (ReadStreamClass) return ReadStreamClass;
  const { Readable } = require('stream');
  class ReadStream extends Readable {
    constructor(path, options) {
      options = getOptions(options, {});
      const hwm = options.highWaterMark === undefined ? 64 * 1024 : options.highWaterMark;
      super({ highWaterMark: hwm, encoding: options.encoding, emitClose: options.emitClose !== false,
        autoDestroy: options.autoClose !== false, signal: options.signal });
      this.fd = options.fd === undefined || options.fd === null ? null : validateFd(options.fd, 'options.fd');
      this.path = this.fd === null ? getPath(path) : undefined;
      this.flags = options.flags === undefined ? 'r' : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = validateStreamPos(options.start, 'start');
      this.end = options.end === undefined || options.end === Infinity ? Infinity : validateStreamPos(options.end, 'end');
      if (this.start !== undefined && this.start > this.end) {
        throw new ERR_OUT_OF_RANGE('start', '<= "end" (here: ' + this.end + ')', this.start);
      }
      this.pos = this.start;
      this.bytesRead = 0;
      this.autoClose = options.autoClose !== false;
      stringToFlags(this.flags);
      if (this.fd === null) {
        process.nextTick(() => this._openNow());
      } else {
        process.nextTick(() => this.emit('ready'));
      }
    }
    get pending() { return this.fd === null; }
    _openNow() {
      if (this.fd !== null || this.destroyed) return this.fd !== null;
      try {
        this.fd = openSync(this.path, this.flags, this.mode);
      } catch (e) {
        this.destroy(e);
        return false;
      }
      this.emit('open', this.fd);
      this.emit('ready');
      return true;
    }
    _read(n) {
      if (this.fd === null && !this._openNow()) return;
      let toRead = n;
      if (this.end !== Infinity) {
        const left = this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1;
        toRead = Math.min(n, left);
      }
      if (toRead <= 0) {
        this.push(null);
        return;
      }
      const buf = (Buffer.allocUnsafe || Buffer.alloc)(toRead); // goja_nodejs' Buffer has no allocUnsafe
      let got;
      try {
        got = binding.read(this.fd, buf, 0, toRead, this.pos === undefined ? -1 : this.pos);
      } catch (e) {
        this.destroy(e);
        return;
      }
      if (this.pos !== undefined) this.pos += got;
      this.bytesRead += got;
      this.push(got > 0 ? (got < toRead ? buf.subarray(0, got) : buf) : null);
    }
    _destroy(err, cb) {
      if (this.fd !== null && this.autoClose) {
        const fd = this.fd;
        this.fd = null;
        try {
          binding.close(fd);
        } catch (e) {
          err = err || e;
        }
      }
      cb(err);
    }
    close(cb) {
      if (typeof cb === 'function') {
        if (this.closed) process.nextTick(cb);
        else this.once('close', () => cb());
      }
      this.destroy();
    }
  }
  ReadStreamClass = ReadStream;
  return ReadStream;
}

function getWriteStream() {
  if (WriteStreamClass) return WriteStreamClass;
  const { Writable } = require('stream');
  class WriteStream extends Writable {
    constructor(path, options) {
      options = getOptions(options, {});
      super({ highWaterMark: options.highWaterMark, decodeStrings: true, emitClose: options.emitClose !== false,
        autoDestroy: options.autoClose !== false, signal: options.signal,
        defaultEncoding: options.encoding || 'utf8' });
      this.fd = options.fd === undefined || options.fd === null ? null : validateFd(options.fd, 'options.fd');
      this.path = this.fd === null ? getPath(path) : undefined;
      this.flags = options.flags === undefined ? 'w' : options.flags;
      stringToFlags(this.flags);
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = validateStreamPos(options.start, 'start');
      this.pos = this.start;
      this.bytesWritten = 0;
      this.autoClose = options.autoClose !== false;
      if (this.fd === null) process.nextTick(() => this._openNow());
      else process.nextTick(() => this.emit('ready'));
    }
    get pending() { return this.fd === null; }
    _openNow() {
      if (this.fd !== null || this.destroyed) return this.fd !== null;
      try {
        this.fd = openSync(this.path, this.flags, this.mode);
      } catch (e) {
        this.destroy(e);
        return false;
      }
      this.emit('open', this.fd);
      this.emit('ready');
      return true;
    }
    _write(chunk, encoding, cb) {
      if (this.fd === null && !this._openNow()) return cb();
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      try {
        let off = 0;
        while (off < bytes.length) {
          const n = binding.write(this.fd, bytes, off, bytes.length - off, this.pos === undefined ? -1 : this.pos);
          off += n;
          if (this.pos !== undefined) this.pos += n;
        }
        this.bytesWritten += bytes.length;
      } catch (e) {
        cb(e);
        return;
      }
      cb();
    }
    _final(cb) {
      if (this.fd === null) this._openNow();
      cb();
    }
    _destroy(err, cb) {
      if (this.fd !== null && this.autoClose) {
        const fd = this.fd;
        this.fd = null;
        try {
          binding.close(fd);
        } catch (e) {
          err = err || e;
        }
      }
      cb(err);
    }
    close(cb) {
      if (typeof cb === 'function') {
        if (this.closed) process.nextTick(cb);
        else this.once('close', () => cb());
      }
      if (!this.writableEnded) this.end();
      else this.destroy();
    }
    destroySoon() {
      this.end();
    }
  }
  WriteStreamClass = WriteStream;
  return WriteStream;
}

function createReadStream(path, options) {
  const ReadStream = getReadStream();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const WriteStream = getWriteStream();
  return new WriteStream(path, options);
}

// ---- exports ----

const fs = {
  constants,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  Stats, Dirent,
  readFileSync, writeFileSync, appendFileSync, existsSync, accessSync, statSync, lstatSync, fstatSync,
  openSync, closeSync, readSync, writeSync, readdirSync, mkdirSync, rmSync, rmdirSync, unlinkSync,
  renameSync, copyFileSync, realpathSync, readlinkSync, symlinkSync, chmodSync, truncateSync,
  ftruncateSync, fsyncSync, utimesSync, mkdtempSync,
  exists, read, write,
  createReadStream, createWriteStream,
  promises,
  kMaxLength,
};
for (const name of Object.keys(asyncNames)) fs[name] = callbackify(asyncNames[name], name);
fs.open = open;
fs.writeFile = writeFile;
fs.realpath.native = fs.realpath;
Object.defineProperty(fs, 'ReadStream', { get: getReadStream, enumerable: true, configurable: true });
Object.defineProperty(fs, 'WriteStream', { get: getWriteStream, enumerable: true, configurable: true });

module.exports = fs;
