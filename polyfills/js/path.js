'use strict';
// node:path — the POSIX flavour only (h2js runs on POSIX hosts). path.posix is this same object;
// path.win32 is not provided.

const { validateString, validateObject } = require('internal/errors');

const SLASH = 47; // '/'
const DOT = 46; // '.'

// normalizeSegments resolves '.' and '..' in a slash-separated string. With allowAbove, leading '..'
// segments that climb above the start are kept (relative paths); otherwise they are dropped.
function normalizeSegments(p, allowAbove) {
  const out = [];
  const parts = p.split('/');
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i];
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAbove) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

function cwd() {
  return typeof process !== 'undefined' && typeof process.cwd === 'function' ? process.cwd() : '/';
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? args[i] : cwd();
    validateString(p, 'paths[' + i + ']');
    if (p.length === 0) continue;
    resolved = p + '/' + resolved;
    absolute = p.charCodeAt(0) === SLASH;
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) return '/' + resolved;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(p) {
  validateString(p, 'path');
  if (p.length === 0) return '.';
  const absolute = p.charCodeAt(0) === SLASH;
  const trailing = p.charCodeAt(p.length - 1) === SLASH;
  let out = normalizeSegments(p, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? '/' + out : out;
}

function isAbsolute(p) {
  validateString(p, 'path');
  return p.length > 0 && p.charCodeAt(0) === SLASH;
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    validateString(a, 'path');
    if (a.length > 0) joined = joined === undefined ? a : joined + '/' + a;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const f = from === '/' ? [] : from.slice(1).split('/');
  const t = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < f.length && common < t.length && f[common] === t[common]) common++;
  const up = [];
  for (let i = common; i < f.length; i++) up.push('..');
  return up.concat(t.slice(common)).join('/');
}

function toNamespacedPath(p) {
  return p;
}

function dirname(p) {
  validateString(p, 'path');
  if (p.length === 0) return '.';
  const hasRoot = p.charCodeAt(0) === SLASH;
  let end = -1;
  let sawName = false;
  for (let i = p.length - 1; i >= 1; i--) {
    if (p.charCodeAt(i) === SLASH) {
      if (sawName) {
        end = i;
        break;
      }
    } else {
      sawName = true;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  // Node removes only the slash nearest to the last segment: 'a//b' -> 'a/'
  return p.slice(0, end);
}

// lastSegment returns [start, end) of the final path segment, trailing slashes excluded.
function lastSegment(p) {
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === SLASH) end--;
  let start = end;
  while (start > 0 && p.charCodeAt(start - 1) !== SLASH) start--;
  return [start, end];
}

function basename(p, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(p, 'path');
  const [start, end] = lastSegment(p);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= p.length) {
    if (suffix === p) return '';
    const base = p.slice(start, end);
    // Node quirk: a base that is itself a proper tail of the suffix comes back with its trailing
    // slashes ('b/a/' with '.a' -> 'a/'; '//' with 'x' -> '//').
    if (base.length < suffix.length && suffix.endsWith(base)) return p.slice(start);
    if (base !== suffix && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
    return base;
  }
  return p.slice(start, end);
}

// extIndex returns where the extension begins inside a base name, or -1 for none.
function extIndex(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return -1;
  // a name made of dots only before the last one ('..') has no extension
  if (dot === 1 && base.charCodeAt(0) === DOT && base.length === 2) return -1;
  let onlyDots = true;
  for (let i = 0; i < dot; i++) {
    if (base.charCodeAt(i) !== DOT) {
      onlyDots = false;
      break;
    }
  }
  if (onlyDots && dot === base.length - 1 && base.length <= 2) return -1;
  return dot;
}

function extname(p) {
  validateString(p, 'path');
  const [start, end] = lastSegment(p);
  const base = p.slice(start, end);
  const i = extIndex(base);
  return i === -1 ? '' : base.slice(i);
}

function format(obj) {
  validateObject(obj, 'pathObject');
  const dir = obj.dir || obj.root;
  let base = obj.base;
  if (!base) {
    const ext = obj.ext ? (obj.ext[0] === '.' ? obj.ext : '.' + obj.ext) : '';
    base = (obj.name || '') + ext;
  }
  if (!dir) return base;
  return dir === obj.root ? dir + base : dir + '/' + base;
}

function parse(p) {
  validateString(p, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  const absolute = p.charCodeAt(0) === SLASH;
  if (absolute) ret.root = '/';
  const [start, end] = lastSegment(p);
  const base = p.slice(start, end);
  ret.base = base;
  let i = extIndex(base);
  // Node quirk: '/..' (the segment directly after the root) parses as name '.', ext '.'
  if (absolute && start === 1 && base === '..') i = 1;
  if (i === -1) {
    ret.name = base;
  } else {
    ret.name = base.slice(0, i);
    ret.ext = base.slice(i);
  }
  if (start > 0) {
    let dirEnd = start - 1;
    while (dirEnd > 0 && p.charCodeAt(dirEnd - 1) === SLASH) dirEnd--;
    ret.dir = dirEnd === 0 ? (absolute ? p.slice(0, 1) : '') : p.slice(0, start - 1);
    if (dirEnd === 0 && absolute) ret.dir = start > 1 ? p.slice(0, start - 1) : '/';
  } else if (absolute) {
    ret.dir = '/';
  }
  return ret;
}

const path = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
path.posix = path;

module.exports = path;
