'use strict';
// internal/inspect: util.inspect, util.format and util.formatWithOptions.
//
// Written for this project from Node 20's documentation and from diffing its printed output against
// ours over many probe values (js-tests/util-inspect-table.js keeps a broad set of them). The layout
// rules it reproduces:
//   - an object is printed on one line when it fits into breakLength (80) and its innermost nested
//     object is fewer than `compact` (3) levels deeper; otherwise one entry per line, indented by 2;
//   - arrays with more than 6 short entries are arranged in aligned columns;
//   - values deeper than `depth` (2) are summarised as [Object], [Array], [Foo];
//   - an object met again while it is being printed becomes [Circular *N], and the object itself
//     is prefixed with <ref *N>.
// The printer state is one plain object (a "job") threaded through every function; `level` counts
// how many objects enclose the value being printed.

const types = require('util/types');

// Promise state and proxy internals come from the Go side when it is there (h2js runtime).
let peek = null;
try {
  peek = require('internal/inspect_binding');
} catch (e) {
  peek = null;
}

const customSym = Symbol.for('nodejs.util.inspect.custom');
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const toStringOf = Object.prototype.toString;
const fnSource = Function.prototype.toString;
const errToString = Error.prototype.toString;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

// ---------------------------------------------------------------------------------------------
// Options, colours and styles.

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
const optionNames = Object.keys(defaultOptions);

// SGR codes as [on, off] pairs; the aliases are non-enumerable getters as in Node.
const colors = Object.create(null);
(function fillColors() {
  const plain = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
    ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
    ['doubleunderline', 21, 24],
  ];
  for (const [name, on, off] of plain) colors[name] = [on, off];
  const hues = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
  hues.forEach((h, i) => { colors[h] = [30 + i, 39]; });
  hues.forEach((h, i) => { colors['bg' + h[0].toUpperCase() + h.slice(1)] = [40 + i, 49]; });
  colors.framed = [51, 54];
  colors.overlined = [53, 55];
  colors.gray = [90, 39];
  hues.slice(1).forEach((h, i) => { colors[h + 'Bright'] = [91 + i, 39]; });
  colors.bgGray = [100, 49];
  hues.slice(1).forEach((h, i) => {
    colors['bg' + h[0].toUpperCase() + h.slice(1) + 'Bright'] = [101 + i, 49];
  });
  const aliases = {
    grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', faint: 'dim',
    crossedout: 'strikethrough', strikeThrough: 'strikethrough', crossedOut: 'strikethrough',
    conceal: 'hidden', swapColors: 'inverse', swapcolors: 'inverse', doubleUnderline: 'doubleunderline',
  };
  for (const alias of Object.keys(aliases)) {
    const target = aliases[alias];
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(v) { Object.defineProperty(this, alias, { value: v, writable: true, enumerable: true, configurable: true }); },
      enumerable: false,
      configurable: true,
    });
  }
})();

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function paintPlain(text) {
  return text;
}

function paintColor(text, kind) {
  const name = styles[kind];
  if (name === undefined) return text;
  const code = colors[name];
  if (code === undefined) return text;
  return '\u001b[' + code[0] + 'm' + text + '\u001b[' + code[1] + 'm';
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

// Terminal control sequences: ESC (or the one-byte CSI) then either an operating-system command
// ended by BEL or ST, or optional intermediates and numeric parameters and one final character.
const ansiPattern = new RegExp('[\\u001b\\u009b](?:' +
  '\\][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)' +
  '|[[\\]()#;?]*(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiPattern, '');
}

function isWide(cp) {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

function isZeroWidth(cp) {
  return (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe20 && cp <= 0xfe2f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

// Columns a string occupies on a terminal (East Asian wide characters count twice).
function columnsOf(str, colored) {
  if (colored) str = str.replace(ansiPattern, '');
  if (/^[\x20-\x7e]*$/.test(str)) return str.length;
  let n = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isZeroWidth(cp)) continue;
    n += isWide(cp) ? 2 : 1;
  }
  return n;
}

function plainLength(job, str) {
  return job.colors ? str.replace(ansiPattern, '').length : str.length;
}

const namedEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };

function hex2(code) {
  return (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
}

// Escape control characters, backslashes, lone surrogates and (when `q` is "'") single quotes.
function escapeText(str, q) {
  let out = '';
  let from = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      rep = namedEscapes[c] || '\\x' + hex2(c);
    } else if (c === 92 || (c === 39 && q === "'")) {
      rep = namedEscapes[c];
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = '\\u' + c.toString(16);
    } else {
      continue;
    }
    out += str.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? str : out + str.slice(from);
}

const needsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;

// Quote a string the way Node does: single quotes unless the text has some, then double quotes,
// then backticks; only when all three are taken are single quotes escaped.
function quote(str) {
  let q = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) q = '"';
    else if (!str.includes('`') && !str.includes('${')) q = '`';
  }
  if (!needsEscape.test(str)) return q + str + q;
  return q + escapeText(str, q) + q;
}

const plainKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function groupDigitsFromRight(digits) {
  const neg = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  let tail = '';
  while (end - neg > 3) {
    tail = '_' + digits.slice(end - 3, end) + tail;
    end -= 3;
  }
  return digits.slice(0, end) + tail;
}

function groupDigitsFromLeft(digits) {
  let out = '';
  let at = 0;
  while (digits.length - at > 3) {
    out += digits.slice(at, at + 3) + '_';
    at += 3;
  }
  return out + digits.slice(at);
}

function numberText(n, separators) {
  if (!separators) return Object.is(n, -0) ? '-0' : String(n);
  // (with separators node prints -0 as 0)
  if (!Number.isFinite(n)) return String(n);
  const whole = Math.trunc(n);
  const wholeText = String(whole);
  if (whole === n) return wholeText.includes('e') ? wholeText : groupDigitsFromRight(wholeText);
  const all = String(n);
  if (all.includes('e')) return all;
  return groupDigitsFromRight(wholeText) + '.' + groupDigitsFromLeft(all.slice(wholeText.length + 1));
}

function bigintText(n, separators) {
  const s = String(n);
  return (separators ? groupDigitsFromRight(s) : s) + 'n';
}

function paintNumber(paint, n, separators) {
  return paint(numberText(n, separators), 'number');
}

function paintBigint(paint, n, separators) {
  return paint(bigintText(n, separators), 'bigint');
}

function moreItems(n) {
  return '... ' + n + ' more item' + (n > 1 ? 's' : '');
}

// ---------------------------------------------------------------------------------------------
// Primitives.

function showString(job, str) {
  let cut = '';
  if (str.length > job.maxStringLength) {
    const rest = str.length - job.maxStringLength;
    str = str.slice(0, job.maxStringLength);
    cut = '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
  }
  // Long text with line breaks is printed as one quoted piece per line, joined with " +".
  if (job.compact !== true && str.length > 16 && str.length > job.breakLength - job.indent - 4 &&
      str.indexOf('\n') !== -1 && str.indexOf('\n') < str.length - 1) {
    const pieces = [];
    let start = 0;
    for (let nl = str.indexOf('\n'); nl !== -1 && nl < str.length - 1; nl = str.indexOf('\n', start)) {
      pieces.push(job.paint(quote(str.slice(start, nl + 1)), 'string'));
      start = nl + 1;
    }
    pieces.push(job.paint(quote(str.slice(start)), 'string'));
    return pieces.join(' +\n' + ' '.repeat(job.indent + 2)) + cut;
  }
  return job.paint(quote(str), 'string') + cut;
}

function showPrimitive(job, v) {
  switch (typeof v) {
    case 'string': return showString(job, v);
    case 'number': return paintNumber(job.paint, v, job.numericSeparator);
    case 'bigint': return paintBigint(job.paint, v, job.numericSeparator);
    case 'boolean': return job.paint(String(v), 'boolean');
    case 'undefined': return job.paint('undefined', 'undefined');
    default: return job.paint(Symbol.prototype.toString.call(v), 'symbol');
  }
}

// ---------------------------------------------------------------------------------------------
// Naming objects: constructor name, toStringTag and the prefix built from them.

function safeInstanceOf(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch (e) {
    return false;
  }
}

// The name of the first constructor up the prototype chain that `obj` is an instance of; null for
// objects whose chain ends without one.
function constructorName(job, obj, level) {
  let first;
  let cur = obj;
  while (cur !== null && cur !== undefined) {
    const d = Object.getOwnPropertyDescriptor(cur, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '' && safeInstanceOf(obj, d.value)) {
      return String(d.value.name);
    }
    cur = Object.getPrototypeOf(cur);
    if (first === undefined) first = cur;
  }
  if (first === null) return null;
  // A chain with prototypes but no usable constructor: name the engine's class and the prototype.
  const engineName = Array.isArray(obj) ? 'Array' : typeof obj === 'function' ? 'Function' : 'Object';
  if (job.depth !== null && level > job.depth) return engineName + ' <Complex prototype>';
  const protoName = constructorName(job, first, level + 1);
  if (protoName === null) {
    const opts = Object.assign({}, jobOptions(job), { customInspect: false, depth: -1 });
    return engineName + ' <' + inspect(first, opts) + '>';
  }
  return engineName + ' <' + protoName + '>';
}

function prefixFor(ctor, tag, fallback, size) {
  size = size || '';
  if (ctor === null) {
    if (tag !== '' && tag !== fallback) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && tag !== ctor) return ctor + size + ' [' + tag + '] ';
  return ctor + size + ' ';
}

function isIndexKey(k) {
  if (k.length === 0 || k.length > 10) return false;
  const c = k.charCodeAt(0);
  if (c === 48) return k.length === 1;
  if (c < 49 || c > 57) return false;
  for (let i = 1; i < k.length; i++) {
    const d = k.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(k) < 4294967295;
}

// The property keys to list: enumerable ones (all with showHidden), symbols after strings.
function listKeys(obj, hidden, skipIndices) {
  let keys;
  try {
    keys = hidden ? Object.getOwnPropertyNames(obj) : Object.keys(obj);
  } catch (e) {
    keys = [];
  }
  if (skipIndices) {
    // Index keys come first in property order and other keys are rare: look from the end.
    let i = keys.length;
    while (i > 0 && !isIndexKey(keys[i - 1])) i--;
    if (i !== 0) keys = keys.slice(i);
  }
  const syms = Object.getOwnPropertySymbols(obj);
  for (let i = 0; i < syms.length; i++) {
    if (hidden || isEnumerable.call(obj, syms[i])) keys.push(syms[i]);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Functions, errors and boxed primitives: the text before the braces.

function looksLikeClass(fn) {
  let src;
  try {
    src = fnSource.call(fn);
  } catch (e) {
    return false;
  }
  if (!src.startsWith('class') || !src.endsWith('}')) return false;
  // "class X extends (expr) {...}" style heritage is not recognised (node says [Function: X] too)
  const rest = src.slice(5, -1);
  const brace = rest.indexOf('{');
  if (brace === -1) return false;
  if (rest.slice(0, brace).indexOf('(') === -1) return true;
  return /^(\s+[^(]*?)\s*{/.test(rest.replace(/\/\/.*?\n|\/\*[\s\S]*?\*\//g, ''));
}

function functionBase(fn, ctor, tag) {
  if (looksLikeClass(fn)) {
    const name = (hasOwn.call(fn, 'name') && fn.name) || '(anonymous)';
    let s = 'class ' + name;
    if (ctor !== 'Function' && ctor !== null) s += ' [' + ctor + ']';
    if (tag !== '' && ctor !== tag) s += ' [' + tag + ']';
    if (ctor === null) {
      s += ' extends [null prototype]';
    } else {
      const parent = Object.getPrototypeOf(fn);
      const parentName = parent && parent.name;
      if (parentName) s += ' extends ' + parentName;
    }
    return '[' + s + ']';
  }
  let kind = 'Function';
  if (types.isGeneratorFunction(fn)) kind = 'Generator' + kind;
  if (types.isAsyncFunction(fn)) kind = 'Async' + kind;
  // goja runs async generators as plain functions; their source still says what they are
  if (kind === 'Function' && /^async\s*(?:function\b\s*)?\*/.test(fnSource.call(fn))) kind = 'AsyncGeneratorFunction';
  let s = '[' + kind;
  if (ctor === null) s += ' (null prototype)';
  s += fn.name === '' ? ' (anonymous)' : ': ' + fn.name;
  s += ']';
  if (ctor !== kind && ctor !== null) s += ' ' + ctor;
  if (tag !== '' && ctor !== tag) s += ' [' + tag + ']';
  return s;
}

const boxKinds = [
  ['Number', types.isNumberObject, Number.prototype.valueOf],
  ['String', types.isStringObject, String.prototype.valueOf],
  ['Boolean', types.isBooleanObject, Boolean.prototype.valueOf],
  ['BigInt', types.isBigIntObject, typeof BigInt === 'function' ? BigInt.prototype.valueOf : null],
  ['Symbol', types.isSymbolObject, Symbol.prototype.valueOf],
];

function boxedBase(job, obj, keys, ctor, tag) {
  let kind;
  let unwrap;
  for (const [k, test, fn] of boxKinds) {
    if (test(obj)) {
      kind = k;
      unwrap = fn;
      break;
    }
  }
  const inner = unwrap.call(obj);
  if (kind === 'String') {
    // The characters show as the primitive; drop their index keys (and length with showHidden).
    let drop = 0;
    while (drop < keys.length && typeof keys[drop] === 'string' && isIndexKey(keys[drop])) drop++;
    keys.splice(0, drop);
    const at = keys.indexOf('length');
    if (at !== -1 && !job.showHidden) keys.splice(at, 1);
  }
  let s = '[' + kind;
  if (kind !== ctor) s += ctor === null ? ' (null prototype)' : ' (' + ctor + ')';
  s += ': ' + showPrimitive({ paint: paintPlain, compact: 3, indent: 0, breakLength: Infinity, maxStringLength: Infinity, numericSeparator: false }, inner) + ']';
  if (tag !== '' && tag !== ctor) s += ' [' + tag + ']';
  if (keys.length !== 0 || job.paint === paintPlain) return s;
  return job.paint(s, kind.toLowerCase());
}

// goja writes frames as "\tat f (file:1:2(34))"; show them in V8's layout, without the frames of
// our own call plumbing.
function nodeStyleStack(stack) {
  if (stack.indexOf('\n\tat ') === -1) return stack;
  return stack
    .replace(/\n\tat (?:apply|[\w./-]+\.[\w().*-]+) \(native\)(?=\n|$)/g, '')
    .replace(/\n\tat /g, '\n    at ')
    .replace(/(:\d+:\d+)\(\d+\)/g, '$1')
    .replace(/\n+$/, '');
}

function stackOf(err) {
  let s;
  try {
    s = err.stack;
  } catch (e) {
    s = undefined;
  }
  if (s) return nodeStyleStack(String(s));
  try {
    return errToString.call(err);
  } catch (e) {
    return '[object Error]';
  }
}

// When a stack's first word is the plain error name, say which class (or null prototype) the
// error really is: "MyError [TypeError]: msg", "[Error: null prototype]: msg".
function renameStack(stack, ctor, name, tag) {
  let nameLen = name.length;
  const ordinary = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === nameLen || stack[nameLen] === ':' || stack[nameLen] === '\n');
  if (ctor !== null && !ordinary) return stack;
  let fallback = 'Error';
  if (ctor === null) {
    const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    const found = (m && m[1]) || '';
    nameLen = found.length;
    fallback = found || 'Error';
  }
  const label = prefixFor(ctor, tag, fallback).slice(0, -1);
  if (label === name) return stack;
  if (label.includes(name)) {
    return nameLen === 0 ? label + ': ' + stack : label + stack.slice(nameLen);
  }
  return label + ' [' + name + ']' + stack.slice(nameLen);
}

// Find where `frames` and `causeFrames` share a run of more than three identical lines.
function sharedRun(frames, causeFrames) {
  for (let i = 0; i < frames.length - 3; i++) {
    const at = causeFrames.indexOf(frames[i]);
    if (at === -1 || causeFrames.length - at <= 3) continue;
    const limit = Math.min(frames.length - i, causeFrames.length - at);
    let n = 1;
    while (n < limit && frames[i + n] === causeFrames[at + n]) n++;
    if (n > 3) return { start: i, count: n };
  }
  return null;
}

const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const modulesDir = /([/\\]node_modules[/\\])(@[^/\\]+[/\\][^/\\]+|[^/\\]+)(?=[/\\])/g;
// Frames inside node's own modules are greyed out when colouring.
const builtinNames = new Set(('assert async_hooks buffer child_process cluster console constants crypto dgram ' +
  'diagnostics_channel dns domain events fs http http2 https inspector module net os path perf_hooks ' +
  'process punycode querystring readline repl stream string_decoder sys timers tls trace_events tty url ' +
  'util v8 vm wasi worker_threads zlib test').split(' '));
function isBuiltinFrame(line) {
  const m = coreFrame.exec(line);
  if (m === null) return false;
  const mod = m[1];
  return builtinNames.has(mod.split('/')[0]) || mod.startsWith('internal/');
}

function errorBase(job, err, ctor, tag, keys) {
  let name;
  try {
    name = err.name != null ? String(err.name) : 'Error';
  } catch (e) {
    name = 'Error';
  }
  let stack = stackOf(err);
  if (!job.showHidden && keys.length !== 0) {
    for (const k of ['name', 'message', 'stack']) {
      const at = keys.indexOf(k);
      if (at !== -1 && stack.includes(err[k])) keys.splice(at, 1);
    }
  }
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');
  stack = renameStack(stack, ctor, name, tag);

  let msgEnd = -1;
  const msg = err.message;
  if (msg) {
    msgEnd = stack.indexOf(msg);
    if (msgEnd !== -1) msgEnd += msg.length;
  }
  const framesAt = stack.indexOf('\n    at', msgEnd);
  if (framesAt === -1) {
    stack = '[' + stack + ']';
  } else {
    const frames = stack.slice(framesAt + 1).split('\n');
    let cause;
    try {
      cause = err.cause;
    } catch (e) {
      cause = undefined;
    }
    if (cause != null && (types.isNativeError(cause) || cause instanceof Error)) {
      const cstack = stackOf(cause);
      const cat = cstack.indexOf('\n    at');
      if (cat !== -1) {
        const run = sharedRun(frames, cstack.slice(cat + 1).split('\n'));
        if (run !== null) {
          const note = '    ... ' + (run.count - 2) + ' lines matching cause stack trace ...';
          frames.splice(run.start + 1, run.count - 2, job.paint(note, 'undefined'));
        }
      }
    }
    let head = stack.slice(0, framesAt);
    for (const line of frames) {
      if (!job.colors) {
        head += '\n' + line;
      } else if (isBuiltinFrame(line)) {
        head += '\n' + job.paint(line, 'undefined');
      } else {
        head += '\n' + line.replace(modulesDir, (all, dir, mod) => dir + job.paint(mod, 'module'));
      }
    }
    stack = head;
  }
  if (job.indent !== 0) stack = stack.split('\n').join('\n' + ' '.repeat(job.indent));
  return stack;
}

// ---------------------------------------------------------------------------------------------
// Entries of the different containers. Each returns the list of printed entries.

// One own property as "key: value" (or just the value for array slots).
function showProperty(job, obj, level, key, slot, desc) {
  if (desc === undefined) {
    desc = Object.getOwnPropertyDescriptor(obj, key) || { value: obj[key], enumerable: true };
  }
  let text;
  let gap = ' ';
  if (desc.value !== undefined) {
    const step = job.compact === true && !slot ? 3 : 2;
    job.indent += step;
    text = show(job, desc.value, level);
    if (step === 3 && job.breakLength < columnsOf(text, job.colors)) gap = '\n' + ' '.repeat(job.indent);
    job.indent -= step;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const g = job.getters;
    if (g === true || (g === 'get' && desc.set === undefined) || (g === 'set' && desc.set !== undefined)) {
      try {
        const got = desc.get.call(obj);
        job.indent += 2;
        if (got === null) {
          text = job.paint('[' + label + ':', 'special') + ' ' + job.paint('null', 'null') + job.paint(']', 'special');
        } else if (typeof got === 'object') {
          text = job.paint('[' + label + ']', 'special') + ' ' + show(job, got, level);
        } else {
          text = job.paint('[' + label + ':', 'special') + ' ' + showPrimitive(job, got) + job.paint(']', 'special');
        }
        job.indent -= 2;
      } catch (e) {
        const why = '<Inspection threw (' + (e && e.message) + ')>';
        text = job.paint('[' + label + ':', 'special') + ' ' + why + job.paint(']', 'special');
      }
    } else {
      text = job.paint('[' + label + ']', 'special');
    }
  } else if (desc.set !== undefined) {
    text = job.paint('[Setter]', 'special');
  } else {
    text = job.paint('undefined', 'undefined');
  }
  if (slot === 1) return text;
  let label;
  if (typeof key === 'symbol') {
    label = '[' + job.paint(escapeText(Symbol.prototype.toString.call(key), "'"), 'symbol') + ']';
  } else if (key === '__proto__') {
    label = "['__proto__']";
  } else if (desc.enumerable === false) {
    label = '[' + escapeText(key, "'") + ']';
  } else if (plainKey.test(key)) {
    label = job.paint(key, 'name');
  } else {
    label = job.paint(quote(key), 'string');
  }
  return label + ':' + gap + text;
}

function holes(job, n) {
  return job.paint('<' + n + ' empty item' + (n > 1 ? 's' : '') + '>', 'undefined');
}

// Arrays with holes: runs of missing slots print as "<N empty items>", each run counting as one
// entry towards maxArrayLength.
function sparseItems(job, arr, level, cap, out, next) {
  // Index keys come in ascending order and slots 0..next-1 are all present, so the key of slot
  // `next` onwards starts at position `next`.
  const keys = Object.keys(arr);
  for (let k = next; k < keys.length && out.length < cap; k++) {
    const key = keys[k];
    if (!isIndexKey(key)) break;
    const idx = Number(key);
    if (idx !== next) {
      out.push(holes(job, idx - next));
      next = idx;
      if (out.length === cap) break;
    }
    out.push(showProperty(job, arr, level, key, 1));
    next++;
  }
  const left = arr.length - next;
  if (out.length !== cap) {
    if (left > 0) out.push(holes(job, left));
  } else if (left > 0) {
    out.push(moreItems(left));
  }
  return out;
}

function arrayItems(job, arr, level) {
  const len = arr.length;
  const cap = Math.min(Math.max(0, job.maxArrayLength), len);
  const out = [];
  for (let i = 0; i < cap; i++) {
    if (!hasOwn.call(arr, i)) return sparseItems(job, arr, level, cap, out, i);
    out.push(showProperty(job, arr, level, i, 1));
  }
  if (len > cap) out.push(moreItems(len - cap));
  return out;
}

function typedItems(job, ta, level) {
  const len = ta.length;
  const cap = Math.min(Math.max(0, job.maxArrayLength), len);
  const out = [];
  const big = len > 0 && typeof ta[0] === 'bigint';
  for (let i = 0; i < cap; i++) {
    out.push(big ? paintBigint(job.paint, ta[i], job.numericSeparator) : paintNumber(job.paint, ta[i], job.numericSeparator));
  }
  if (len > cap) out.push(moreItems(len - cap));
  if (job.showHidden) {
    job.indent += 2;
    for (const k of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      out.push('[' + k + ']: ' + show(job, ta[k], level, true));
    }
    job.indent -= 2;
  }
  return out;
}

function bufferItems(job, buf) {
  let bytes;
  try {
    bytes = new Uint8Array(buf);
  } catch (e) {
    return [job.paint('(detached)', 'special')];
  }
  const n = Math.min(Math.max(0, job.maxArrayLength), bytes.length);
  const hex = [];
  for (let i = 0; i < n; i++) hex.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
  let s = hex.join(' ');
  const rest = bytes.length - n;
  if (rest > 0) s += ' ... ' + rest + ' more byte' + (rest > 1 ? 's' : '');
  return [job.paint('[Uint8Contents]', 'special') + ': <' + s + '>'];
}

function setItems(job, set, level) {
  const size = setSize.call(set);
  const cap = Math.min(Math.max(0, job.maxArrayLength), size);
  const out = [];
  job.indent += 2;
  for (const v of Set.prototype.values.call(set)) {
    if (out.length >= cap) break;
    out.push(show(job, v, level));
  }
  job.indent -= 2;
  if (size > cap) out.push(moreItems(size - cap));
  return out;
}

function mapItems(job, map, level) {
  const size = mapSize.call(map);
  const cap = Math.min(Math.max(0, job.maxArrayLength), size);
  const out = [];
  job.indent += 2;
  for (const [k, v] of Map.prototype.entries.call(map)) {
    if (out.length >= cap) break;
    out.push(show(job, k, level) + ' => ' + show(job, v, level));
  }
  job.indent -= 2;
  if (size > cap) out.push(moreItems(size - cap));
  return out;
}

function promiseItems(job, p, level) {
  const st = peek !== null ? peek.promiseState(p) : undefined;
  if (st === undefined || st[0] === 0) return [job.paint('<pending>', 'special')];
  job.indent += 2;
  const text = show(job, st[1], level);
  job.indent -= 2;
  return [st[0] === 2 ? job.paint('<rejected>', 'special') + ' ' + text : text];
}

function unknownItems(job) {
  return [job.paint('<items unknown>', 'special')];
}

function noItems() {
  return [];
}

// ---------------------------------------------------------------------------------------------
// Layout: one line, one entry per line, or columns.

// Arrange many short array entries in columns, numbers right-aligned, everything else left-aligned.
function toColumns(job, parts, arr) {
  let count = parts.length;
  // a trailing "... more items" note is kept out of the table
  if (job.maxArrayLength < parts.length) count--;
  const widths = new Array(count);
  let sum = 0;
  let widest = 0;
  for (let i = 0; i < count; i++) {
    const w = columnsOf(parts[i], job.colors);
    widths[i] = w;
    sum += w + 2;
    if (w > widest) widest = w;
  }
  const cell = widest + 2;
  if (cell * 3 + job.indent >= job.breakLength) return parts;
  if (sum / cell <= 5 && widest > 6) return parts;
  const bias = Math.sqrt(cell - sum / parts.length);
  const shrunk = Math.max(cell - 3 - bias, 1);
  const cols = Math.min(
    Math.round(Math.sqrt(2.5 * shrunk * count) / shrunk),
    Math.floor((job.breakLength - job.indent) / cell),
    job.compact * 4,
    15);
  if (cols <= 1) return parts;
  const colWidth = [];
  for (let c = 0; c < cols; c++) {
    let w = 0;
    for (let i = c; i < parts.length; i += cols) if (widths[i] > w) w = widths[i];
    colWidth.push(w + 2);
  }
  let numeric = arr !== undefined;
  if (numeric) {
    for (let i = 0; i < parts.length; i++) {
      const t = typeof arr[i];
      if (t !== 'number' && t !== 'bigint') {
        numeric = false;
        break;
      }
    }
  }
  const rows = [];
  for (let r = 0; r < count; r += cols) {
    const last = Math.min(r + cols, count) - 1;
    let line = '';
    for (let i = r; i <= last; i++) {
      const colorExtra = parts[i].length - widths[i];
      const isLast = i === last;
      const cellText = isLast ? parts[i] : parts[i] + ', ';
      if (numeric) {
        const w = colWidth[i - r] + colorExtra - (isLast ? 2 : 0);
        line += cellText.padStart(w, ' ');
      } else {
        line += isLast ? cellText : cellText.padEnd(colWidth[i - r] + colorExtra, ' ');
      }
    }
    rows.push(line);
  }
  if (job.maxArrayLength < parts.length) rows.push(parts[count]);
  return rows;
}

function fitsOnLine(job, parts, used, base) {
  let total = parts.length + used;
  if (total + parts.length > job.breakLength) return false;
  for (let i = 0; i < parts.length; i++) {
    total += plainLength(job, parts[i]);
    if (total > job.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

function assemble(job, parts, base, open, close, isList, level, arr) {
  const lead = base ? base + ' ' : '';
  if (job.compact !== true) {
    if (typeof job.compact === 'number' && job.compact >= 1) {
      const before = parts.length;
      if (isList && before > 6) parts = toColumns(job, parts, arr);
      if (job.lastLevel - level < job.compact && before === parts.length) {
        const used = parts.length + job.indent + open.length + base.length + 10;
        if (fitsOnLine(job, parts, used, base)) {
          const joined = parts.join(', ');
          if (joined.indexOf('\n') === -1) return lead + open + ' ' + joined + ' ' + close;
        }
      }
    }
    const nl = '\n' + ' '.repeat(job.indent);
    return lead + open + nl + '  ' + parts.join(',' + nl + '  ') + nl + close;
  }
  // compact: true packs entries after the brace and breaks only when the line is full
  if (fitsOnLine(job, parts, 0, base)) {
    return open + (base ? ' ' + base : '') + ' ' + parts.join(', ') + ' ' + close;
  }
  const pad = ' '.repeat(job.indent);
  const after = base === '' && open.length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + pad + '  ';
  return open + after + parts.join(',\n' + pad + '  ') + ' ' + close;
}

// ---------------------------------------------------------------------------------------------
// Objects.

function showProxy(job, parts, level) {
  if (job.depth !== null && level > job.depth) return job.paint('Proxy [Array]', 'special');
  level += 1;
  job.indent += 2;
  const items = [show(job, parts[0], level), show(job, parts[1], level)];
  job.indent -= 2;
  return assemble(job, items, '', 'Proxy [', ']', true, level);
}

function tagOf(obj, hidden) {
  let tag;
  try {
    tag = obj[Symbol.toStringTag];
  } catch (e) {
    return '';
  }
  if (typeof tag !== 'string') return '';
  // an own tag is listed among the keys already
  if (tag !== '' && (hidden ? hasOwn : isEnumerable).call(obj, Symbol.toStringTag)) return '';
  return tag;
}

function typedArrayName(v) {
  try {
    return typedArrayTagGetter.call(v);
  } catch (e) {
    return undefined;
  }
}

// V8 creates a function's own properties as length, name, (arguments, caller,) prototype; goja in
// another order. List them V8's way so showHidden output matches node.
const fnKeyRank = Object.assign(Object.create(null), { length: 1, name: 2, arguments: 3, caller: 4, prototype: 5 });
function v8FunctionKeyOrder(keys) {
  const first = keys.filter((k) => fnKeyRank[k] !== undefined).sort((x, y) => fnKeyRank[x] - fnKeyRank[y]);
  return first.concat(keys.filter((k) => fnKeyRank[k] === undefined));
}

const regexpGetters = ['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky']
  .map((name) => Object.getOwnPropertyDescriptor(RegExp.prototype, name))
  .map((d) => d && d.get);
const regexpFlagChars = 'dgimsuvy';
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;

// "/source/flags" read through the internal slots, so it works for null-prototype regexps too.
function regexpText(re) {
  let flags = '';
  for (let i = 0; i < regexpGetters.length; i++) {
    const get = regexpGetters[i];
    if (get !== undefined && get.call(re)) flags += regexpFlagChars[i];
  }
  return '/' + regexpSource.call(re) + '/' + flags;
}

function showObject(job, obj, level, insideTypedArray) {
  const hidden = job.showHidden;
  const ctor = constructorName(job, obj, level);
  const tag = tagOf(obj, hidden);
  let keys;
  let items = noItems;
  let isList = false;
  let base = '';
  let open = '{';
  let close = '}';
  const taName = typedArrayName(obj);
  // The brand checks below throw and catch on a mismatch, which is slow in goja. An object that
  // Object.prototype.toString calls plain and that has a prototype is none of the built-in kinds
  // (they all carry a tag), so ordinary objects and class instances skip them.
  const special = toStringOf.call(obj) !== '[object Object]' || Object.getPrototypeOf(obj) === null;

  if (Array.isArray(obj)) {
    keys = listKeys(obj, hidden, true);
    const pre = ctor !== 'Array' || tag !== '' ? prefixFor(ctor, tag, 'Array', '(' + obj.length + ')') : '';
    if (obj.length === 0 && keys.length === 0) return pre + '[]';
    open = pre + '[';
    close = ']';
    isList = true;
    items = arrayItems;
  } else if (taName !== undefined) {
    keys = listKeys(obj, hidden, true);
    const pre = prefixFor(ctor, tag, taName, '(' + obj.length + ')');
    if (obj.length === 0 && keys.length === 0 && !hidden) return pre + '[]';
    open = pre + '[';
    close = ']';
    isList = true;
    items = typedItems;
  } else if (special && types.isSet(obj)) {
    keys = listKeys(obj, hidden);
    const size = setSize.call(obj);
    const pre = prefixFor(ctor, tag, 'Set', '(' + size + ')');
    if (size === 0 && keys.length === 0) return pre + '{}';
    open = pre + '{';
    items = setItems;
  } else if (special && types.isMap(obj)) {
    keys = listKeys(obj, hidden);
    const size = mapSize.call(obj);
    const pre = prefixFor(ctor, tag, 'Map', '(' + size + ')');
    if (size === 0 && keys.length === 0) return pre + '{}';
    open = pre + '{';
    items = mapItems;
  } else {
    keys = listKeys(obj, hidden);
    if (ctor === 'Object' && typeof obj !== 'function' && !(special && types.isNativeError(obj))) {
      if (special && types.isArgumentsObject(obj)) open = '[Arguments] {';
      else if (tag !== '') open = prefixFor(ctor, tag, 'Object') + '{';
      if (keys.length === 0) return open + '}';
    } else if (typeof obj === 'function') {
      if (hidden) keys = v8FunctionKeyOrder(keys);
      base = functionBase(obj, ctor, tag);
      if (keys.length === 0) return job.paint(base, 'special');
    } else if (!special) {
      if (obj instanceof Error) {
        base = errorBase(job, obj, ctor, tag, keys);
        if (keys.length === 0) return base;
      } else {
        open = prefixFor(ctor, tag, 'Object') + '{';
        if (keys.length === 0) return open + '}';
      }
    } else if (types.isRegExp(obj)) {
      base = regexpText(obj);
      const pre = prefixFor(ctor, tag, 'RegExp');
      if (pre !== 'RegExp ') base = pre + base;
      if (keys.length === 0 || (job.depth !== null && level > job.depth)) return job.paint(base, 'regexp');
    } else if (types.isDate(obj)) {
      const t = Date.prototype.getTime.call(obj);
      base = Number.isNaN(t) ? Date.prototype.toString.call(obj) : Date.prototype.toISOString.call(obj);
      const pre = prefixFor(ctor, tag, 'Date');
      if (pre !== 'Date ') base = pre + base;
      if (keys.length === 0) return job.paint(base, 'date');
    } else if (types.isNativeError(obj) || obj instanceof Error) {
      base = errorBase(job, obj, ctor, tag, keys);
      if (keys.length === 0) return base;
    } else if (types.isAnyArrayBuffer(obj)) {
      const pre = prefixFor(ctor, tag, types.isSharedArrayBuffer(obj) ? 'SharedArrayBuffer' : 'ArrayBuffer');
      if (insideTypedArray) {
        if (keys.length === 0) return pre + '{ byteLength: ' + paintNumber(job.paint, obj.byteLength, false) + ' }';
      } else {
        items = bufferItems;
      }
      open = pre + '{';
      keys.unshift('byteLength');
    } else if (types.isDataView(obj)) {
      open = prefixFor(ctor, tag, 'DataView') + '{';
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(obj)) {
      open = prefixFor(ctor, tag, 'Promise') + '{';
      items = promiseItems;
    } else if (types.isWeakSet(obj)) {
      open = prefixFor(ctor, tag, 'WeakSet') + '{';
      items = unknownItems;
    } else if (types.isWeakMap(obj)) {
      open = prefixFor(ctor, tag, 'WeakMap') + '{';
      items = unknownItems;
    } else if (types.isBoxedPrimitive(obj)) {
      base = boxedBase(job, obj, keys, ctor, tag);
      if (keys.length === 0) return base;
    } else {
      // With no constructor the engine names the object after an own string toStringTag (when
      // that tag is listed among the keys rather than shown as a tag).
      let fallback = 'Object';
      if (ctor === null && tag === '') {
        const d = Object.getOwnPropertyDescriptor(obj, Symbol.toStringTag);
        if (d !== undefined && typeof d.value === 'string' && d.value !== '') fallback = d.value;
      }
      open = prefixFor(ctor, tag, fallback) + '{';
      if (keys.length === 0) return open + '}';
    }
  }

  if (job.depth !== null && level > job.depth) {
    const name = prefixFor(ctor, tag, 'Object').slice(0, -1);
    return job.paint(ctor !== null ? '[' + name + ']' : name, 'special');
  }

  level += 1;
  job.stack.push(obj);
  job.lastLevel = level;
  let parts;
  try {
    parts = items(job, obj, level);
    for (let i = 0; i < keys.length; i++) {
      parts.push(showProperty(job, obj, level, keys[i], isList ? 2 : 0));
    }
  } finally {
    job.stack.pop();
  }

  if (job.refs !== undefined) {
    const id = job.refs.get(obj);
    if (id !== undefined) {
      const mark = job.paint('<ref *' + id + '>', 'special');
      if (job.compact !== true) base = base === '' ? mark : mark + ' ' + base;
      else open = mark + ' ' + open;
    }
  }

  if (job.sorted) {
    const cmp = job.sorted === true ? undefined : job.sorted;
    if (!isList) {
      parts.sort(cmp);
    } else if (keys.length > 1) {
      const tail = parts.slice(parts.length - keys.length).sort(cmp);
      parts.splice(parts.length - keys.length, keys.length, ...tail);
    }
  }

  return assemble(job, parts, base, open, close, isList, level, obj);
}

// True when `obj` is its own constructor's prototype (custom inspectors are not run on those).
function isPrototypeObject(obj) {
  try {
    const c = obj.constructor;
    return !!c && c.prototype === obj;
  } catch (e) {
    return false;
  }
}

function show(job, value, level, insideTypedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return showPrimitive(job, value);
  if (value === null) return job.paint('null', 'null');
  const receiver = value;
  if (peek !== null) {
    const parts = peek.proxyParts(value);
    if (parts !== undefined) {
      if (parts === null) return job.paint('<Revoked Proxy>', 'special');
      if (job.showProxy) return showProxy(job, parts, level);
      value = parts[0];
      // a proxy of a proxy: look through all of them without running traps
      for (let inner = peek.proxyParts(value); inner !== undefined; inner = peek.proxyParts(value)) {
        if (inner === null) return job.paint('<Revoked Proxy>', 'special');
        value = inner[0];
      }
    }
  }
  if (job.customInspect) {
    const hook = value[customSym];
    if (typeof hook === 'function' && hook !== inspect && !isPrototypeObject(value)) {
      const left = job.depth === null ? null : job.depth - level;
      const res = hook.call(receiver, left, jobOptions(job), inspect);
      if (res !== receiver) {
        if (typeof res !== 'string') return show(job, res, level);
        return res.split('\n').join('\n' + ' '.repeat(job.indent));
      }
    }
  }
  if (job.stack.includes(value)) {
    if (job.refs === undefined) job.refs = new Map();
    let id = job.refs.get(value);
    if (id === undefined) {
      id = job.refs.size + 1;
      job.refs.set(value, id);
    }
    return job.paint('[Circular *' + id + ']', 'special');
  }
  return showObject(job, value, level, insideTypedArray);
}

// The options object handed to custom inspectors: every known option with its current value,
// stylize, and whatever extra options the caller passed.
function jobOptions(job) {
  const o = { stylize: job.paint };
  for (const k of optionNames) o[k] = job[k];
  if (job.extra !== undefined) Object.assign(o, job.extra);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Public entry points.

function inspect(value, opts, legacyDepth, legacyColors) {
  const d = defaultOptions;
  const job = {
    showHidden: d.showHidden,
    depth: d.depth,
    colors: d.colors,
    customInspect: d.customInspect,
    showProxy: d.showProxy,
    maxArrayLength: d.maxArrayLength,
    maxStringLength: d.maxStringLength,
    breakLength: d.breakLength,
    compact: d.compact,
    sorted: d.sorted,
    getters: d.getters,
    numericSeparator: d.numericSeparator,
    indent: 0,
    stack: [],
    refs: undefined,
    lastLevel: 0,
    extra: undefined,
    paint: paintPlain,
  };
  let customPaint;
  if (legacyDepth !== undefined) job.depth = legacyDepth;
  if (legacyColors !== undefined) job.colors = legacyColors;
  if (opts !== undefined && opts !== null) {
    if (typeof opts === 'boolean') {
      // legacy form: inspect(value, showHidden, depth, colors)
      job.showHidden = opts;
    } else {
      const names = Object.keys(opts);
      for (let i = 0; i < names.length; i++) {
        const k = names[i];
        if (hasOwn.call(d, k)) job[k] = opts[k];
        else if (k === 'stylize') customPaint = opts[k];
        else if (job.extra === undefined) job.extra = opts;
      }
    }
  }
  if (job.colors) job.paint = paintColor;
  else if (typeof customPaint === 'function') job.paint = customPaint;
  if (job.maxArrayLength === null) job.maxArrayLength = Infinity;
  if (job.maxStringLength === null) job.maxStringLength = Infinity;
  return show(job, value, 0);
}

Object.defineProperty(inspect, 'custom', {
  value: customSym, writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return defaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    return Object.assign(defaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});
inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------------------------------------
// util.format

const plainCtorNames = new Set([
  'Object', 'Array', 'Function', 'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError', 'AggregateError', 'Date', 'RegExp', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'Promise', 'Boolean', 'Number', 'String', 'Symbol', 'BigInt', 'ArrayBuffer', 'SharedArrayBuffer',
  'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Proxy',
  'WeakRef', 'FinalizationRegistry',
]);

// %s prints objects with inspect unless they bring their own toString (an own one, or one from a
// prototype that is not a built-in's).
function usesBuiltinToString(obj) {
  if (peek !== null && peek.proxyParts(obj) !== undefined) return true;
  if (typeof obj.toString !== 'function') return true;
  if (hasOwn.call(obj, 'toString')) return false;
  let holder = obj;
  do {
    holder = Object.getPrototypeOf(holder);
  } while (holder !== null && !hasOwn.call(holder, 'toString'));
  if (holder === null) return true;
  const d = Object.getOwnPropertyDescriptor(holder, 'constructor');
  return d !== undefined && typeof d.value === 'function' && plainCtorNames.has(d.value.name);
}

function jsonText(v) {
  try {
    return String(JSON.stringify(v));
  } catch (e) {
    if (e instanceof TypeError && /circular/i.test(String(e.message))) return '[Circular]';
    throw e;
  }
}

function directive(code, arg, opts) {
  switch (code) {
    case 115: // %s
      if (typeof arg === 'number') return numberText(arg, false);
      if (typeof arg === 'bigint') return bigintText(arg, false);
      if (typeof arg !== 'object' || arg === null || !usesBuiltinToString(arg)) return String(arg);
      return inspect(arg, Object.assign({}, opts, { depth: 0, colors: false, compact: 3 }));
    case 106: // %j
      return jsonText(arg);
    case 100: // %d
      if (typeof arg === 'bigint') return bigintText(arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(Number(arg), false);
    case 105: // %i
      if (typeof arg === 'bigint') return bigintText(arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(parseInt(arg), false);
    case 102: // %f
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(parseFloat(arg), false);
    case 79: // %O
      return inspect(arg, opts);
    case 111: // %o
      return inspect(arg, Object.assign({}, opts, { showHidden: true, showProxy: true, depth: 4 }));
    case 99: // %c: CSS, ignored
      return '';
    default:
      return undefined;
  }
}

function formatList(opts, args) {
  const first = args[0];
  let used = 0;
  let out = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let copied = 0; // first index of `first` not yet copied to out
    let consumed = false;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;
      const code = first.charCodeAt(++i);
      if (code === 37) { // "%%" -> "%"
        out += first.slice(copied, i);
        copied = i + 1;
        consumed = true;
        continue;
      }
      if (used + 1 === args.length) continue;
      const text = directive(code, args[used + 1], opts);
      if (text === undefined) continue;
      used++;
      out += first.slice(copied, i - 1) + text;
      copied = i + 1;
      consumed = true;
    }
    if (consumed) {
      out += first.slice(copied);
      used++;
    }
  }
  let sep = used === 0 ? '' : ' ';
  for (let a = used; a < args.length; a++) {
    const v = args[a];
    out += sep + (typeof v === 'string' ? v : inspect(v, opts));
    sep = ' ';
  }
  return out;
}

function format(...args) {
  return formatList(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatList(inspectOptions, args);
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  // for other internals that want Node's quoting and widths
  quote,
  columnsOf,
};
