'use strict';
// internal/inspect: util.inspect and util.format, written to produce the same text as Node 20 for
// the values programs usually print (console.log goes through here). Layout follows Node's rules:
// objects up to `breakLength` wide stay on one line when their nested objects are at most
// `compact` (3) levels deep, arrays with more than 6 entries are grouped into columns, nesting
// deeper than `depth` (2) is shown as [Object]/[Array], and cycles as [Circular *n].

const types = require('util/types');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = {
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

const OBJECT_EXTRAS = 0;
const ARRAY_ELEMENT = 1; // an array index: printed without a key
const ARRAY_EXTRAS = 2;
const MIN_LINE_WIDTH = 16;

const colorCodes = {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
};
colorCodes.grey = colorCodes.gray;

const styleColors = {
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
};

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const ansiRe = /\u001b\[\d\d?m/g;
function removeColors(s) {
  return s.replace(ansiRe, '');
}

// ---- strings and keys ----

const hex = '0123456789ABCDEF';
function escapeChar(code) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 92: return '\\\\';
  }
  return '\\x' + hex[code >> 4] + hex[code & 15];
}

// quoteString picks the quote Node picks (' then " then `) and escapes control characters,
// backslashes, the chosen quote and lone surrogates.
function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  const qc = quote.charCodeAt(0);
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c === qc) rep = '\\' + quote;
    else if (c < 32 || c === 92 || (c >= 0x7f && c <= 0x9f)) rep = escapeChar(c);
    else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        const n = str.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = '\\u' + c.toString(16).toUpperCase();
    }
    if (rep !== undefined) {
      out += str.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return quote + out + str.slice(last) + quote;
}

const identRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKey(ctx, key, enumerable) {
  if (typeof key === 'symbol') return '[' + ctx.stylize(quoteSymbol(key), 'symbol') + ']';
  if (key === '__proto__') return "['__proto__']";
  if (enumerable === false) return '[' + (identRe.test(key) ? key : quoteString(key)) + ']';
  if (identRe.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(quoteString(key), 'string');
}

function quoteSymbol(sym) {
  const d = sym.description;
  if (d === undefined) return 'Symbol()';
  return 'Symbol(' + d + ')';
}

// ---- numbers ----

function separate(intStr) {
  let res = '';
  let i = intStr.length;
  const start = intStr[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + intStr.slice(i - 3, i) + res;
  return i === intStr.length ? intStr : intStr.slice(0, i) + res;
}

function formatNumber(fn, n, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(n, -0)) return fn('-0', 'number');
    return fn('' + n, 'number');
  }
  const int = Math.trunc(n);
  const s = String(int);
  if (int === n) {
    if (!Number.isFinite(n) || s.includes('e')) return fn(s, 'number');
    return fn(separate(s), 'number');
  }
  if (Number.isNaN(n)) return fn(s, 'number');
  const full = String(n);
  const dot = full.indexOf('.');
  if (dot === -1 || full.includes('e')) return fn(full, 'number');
  let frac = full.slice(dot + 1);
  let fracOut = '';
  for (let i = 0; i < frac.length; i += 3) fracOut += (i ? '_' : '') + frac.slice(i, i + 3);
  return fn((Object.is(int, -0) ? '-0' : separate(s)) + '.' + fracOut, 'number');
}

function formatBigInt(fn, n, numericSeparator) {
  const s = String(n);
  return fn((numericSeparator ? separate(s) : s) + 'n', 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > MIN_LINE_WIDTH &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = [];
        let start = 0;
        for (let i = 0; i < value.length; i++) {
          if (value.charCodeAt(i) === 10) {
            lines.push(value.slice(start, i + 1));
            start = i + 1;
          }
        }
        if (start < value.length) lines.push(value.slice(start));
        if (lines.length > 1) {
          const sep = ' +\n' + ' '.repeat(ctx.indentationLvl + 2);
          return lines.map((l) => fn(quoteString(l), 'string')).join(sep) + trailer;
        }
      }
      return fn(quoteString(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn('' + value, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    case 'symbol': return fn(quoteSymbol(value), 'symbol');
  }
  return fn(String(value), 'undefined');
}

// ---- object helpers ----

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function constructorNameOf(obj) {
  let o = obj;
  let guard = 0;
  while (o !== null && o !== undefined && guard++ < 1000) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '' && isInstanceOf(obj, d.value)) {
      return String(d.value.name);
    }
    o = Object.getPrototypeOf(o);
  }
  return null;
}

function isInstanceOf(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch (e) {
    return false;
  }
}

function prefixFor(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

function ownKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys = keys.concat(symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch (e) {
      keys = [];
    }
    for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

function isIndexKey(k) {
  if (typeof k !== 'string' || k.length === 0) return false;
  if (k.length > 1 && k[0] === '0') return false;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(k) < 4294967295;
}

function isBuffer(v) {
  if (typeof Buffer !== 'function') return false;
  if (typeof Buffer.isBuffer === 'function') return Buffer.isBuffer(v);
  return v instanceof Buffer;
}

function bufferCustom() {
  if (typeof Buffer !== 'function' || !Buffer.prototype) return undefined;
  return Buffer.prototype[customInspectSymbol];
}

// ---- core ----

function getContext(opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (opts) {
    for (const key of Object.keys(opts)) {
      if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
      else if (ctx.userOptions === undefined) ctx.userOptions = opts;
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return ctx;
}

function inspect(value, opts) {
  let options = opts;
  if (typeof opts === 'boolean') options = { showHidden: opts };
  if (arguments.length > 2) {
    options = Object.assign({}, options);
    if (typeof opts === 'boolean') options.showHidden = opts;
    if (arguments[2] !== undefined) options.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) options.colors = arguments[3];
  }
  if (options !== undefined && options !== null && typeof options !== 'object') options = undefined;
  const ctx = getContext(options);
  return formatValue(ctx, value, 0);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx.stylize, value, ctx);
  if (value === null) return ctx.stylize('null', 'null');

  if (ctx.customInspect) {
    let maybeCustom;
    try {
      maybeCustom = value[customInspectSymbol];
    } catch (e) {
      maybeCustom = undefined;
    }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(maybeCustom === bufferCustom() && isBuffer(value))) {
      const desc = Object.getOwnPropertyDescriptor(value, 'constructor');
      if (!(desc && desc.value && desc.value.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const optsForCustom = Object.assign({}, ctx.userOptions || {}, optionsFromCtx(ctx));
        const ret = maybeCustom.call(value, depth, optsForCustom, inspect);
        if (ret !== value) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
        }
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function optionsFromCtx(ctx) {
  const o = {};
  for (const k of Object.keys(inspectDefaultOptions)) o[k] = ctx[k];
  o.stylize = ctx.stylize;
  return o;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  const constructor = constructorNameOf(value);
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = OBJECT_EXTRAS;
  let i = 0;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '')
        ? prefixFor(constructor, tag, 'Array', '(' + value.length + ')') : '';
      keys = ownKeys(value, ctx.showHidden).filter((k) => !isIndexKey(k));
      braces = [prefix + '[', ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return braces[0] + ']';
      extrasType = ARRAY_EXTRAS;
      formatter = formatArray;
    } else if (types.isSet(value)) {
      const size = value.size;
      const prefix = prefixFor(constructor, tag, 'Set', '(' + size + ')');
      keys = ownKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (types.isMap(value)) {
      const size = value.size;
      const prefix = prefixFor(constructor, tag, 'Map', '(' + size + ')');
      keys = ownKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (types.isTypedArray(value)) {
      if (isBuffer(value)) {
        return formatBuffer(ctx, value, recurseTimes);
      }
      keys = ownKeys(value, ctx.showHidden).filter((k) => !isIndexKey(k));
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = types.isUint8Array(value) ? 'Uint8Array' : value[Symbol.toStringTag] || 'TypedArray';
        bound = new (globalThis[fallback])(value);
      }
      const size = value.length;
      const prefix = prefixFor(constructor, tag, fallback, '(' + size + ')');
      braces = [prefix + '[', ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
      formatter = (c, v, r) => formatTypedArray(c, bound, r);
      extrasType = ARRAY_EXTRAS;
    } else if (types.isMapIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = ['[' + (tag || 'Map Iterator') + '] {', '}'];
      formatter = formatNothing;
    } else if (types.isSetIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = ['[' + (tag || 'Set Iterator') + '] {', '}'];
      formatter = formatNothing;
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = ownKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) {
        // Node 20 prints arguments objects with their index keys: [Arguments] { '0': 1 }
        braces[0] = '[Arguments] {';
        if (keys.length === 0) return '[Arguments] {}';
      } else if (tag !== '') {
        braces[0] = prefixFor(constructor, tag, 'Object') + '{';
      }
      if (keys.length === 0 && formatter === formatNothing && protoProps === undefined) return braces[0] + '}';
    } else if (typeof value === 'function') {
      base = functionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (types.isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      const prefix = prefixFor(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (types.isDate(value)) {
      const t = Date.prototype.getTime.call(value);
      base = Number.isNaN(t) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = prefixFor(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = prefixFor(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix + '{ byteLength: ' + formatNumber(ctx.stylize, value.byteLength, false) + ' }';
      }
      braces[0] = prefix + '{';
      keys.unshift('byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = prefixFor(constructor, tag, 'DataView') + '{';
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(value)) {
      braces[0] = prefixFor(constructor, tag, 'Promise') + '{';
      formatter = formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = prefixFor(constructor, tag, 'WeakSet') + '{';
      formatter = ctx.showHidden ? formatNothing : formatWeakUnknown;
    } else if (types.isWeakMap(value)) {
      braces[0] = prefixFor(constructor, tag, 'WeakMap') + '{';
      formatter = ctx.showHidden ? formatNothing : formatWeakUnknown;
    } else if (types.isBoxedPrimitive(value)) {
      let type;
      let prim;
      if (types.isNumberObject(value)) { type = 'Number'; prim = Number.prototype.valueOf.call(value); }
      else if (types.isStringObject(value)) {
        type = 'String';
        prim = String.prototype.valueOf.call(value);
        keys = keys.filter((k) => !isIndexKey(k) || Number(k) >= prim.length);
      } else if (types.isBooleanObject(value)) { type = 'Boolean'; prim = Boolean.prototype.valueOf.call(value); }
      else if (types.isBigIntObject(value)) { type = 'BigInt'; prim = BigInt.prototype.valueOf.call(value); }
      else { type = 'Symbol'; prim = Symbol.prototype.valueOf.call(value); }
      base = '[' + type;
      if (type !== constructor) {
        if (constructor === null) base += ' (null prototype)';
        else base += ' (' + constructor + ')';
      }
      base += ': ' + formatPrimitive(stylizeNoColor, prim, ctx) + ']';
      if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, type.toLowerCase());
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return prefixFor(constructor, tag, 'Object') + '{}';
      }
      braces[0] = prefixFor(constructor, tag, 'Object') + '{';
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = prefixFor(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = '[' + name + ']';
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
  } finally {
    ctx.seen.pop();
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const ref = ctx.stylize('<ref *' + index + '>', 'special');
      if (ctx.compact !== true) base = base === '' ? ref : ref + ' ' + base;
      else braces[0] = ref + ' ' + braces[0];
    }
  }

  if (ctx.sorted) {
    const cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === OBJECT_EXTRAS) output = output.sort(cmp);
    else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(cmp);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;
  return res;
}

function formatNothing() {
  return [];
}

function formatWeakUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx) {
  // The engine gives scripts no way to read a promise's state synchronously.
  return [ctx.stylize('<pending>', 'special')];
}

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function functionBase(value, constructor, tag) {
  let src = '';
  try {
    src = Function.prototype.toString.call(value);
  } catch (e) { /* ignore */ }
  if (src.startsWith('class') && src.endsWith('}')) {
    const body = src.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && !body.slice(0, brace).includes('(')) {
      return classBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = 'Generator' + type;
  if (types.isAsyncFunction(value)) type = 'Async' + type;
  let base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '' || typeof value.name !== 'string') base += ' (anonymous)';
  else base += ': ' + value.name;
  base += ']';
  if (constructor !== type && constructor !== null) base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

function classBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = 'class ' + name;
  if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ' extends ' + superName;
  } else {
    base += ' extends [null prototype]';
  }
  return '[' + base + ']';
}

function stackOf(err) {
  try {
    if (err.stack) return String(err.stack);
  } catch (e) { /* ignore */ }
  return Error.prototype.toString.call(err);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = stackOf(err);
  // goja ends stacks with a newline; Node does not.
  stack = stack.replace(/\n+$/, '');
  if (!ctx.showHidden && keys.length !== 0) {
    for (const k of ['name', 'message', 'stack']) {
      const idx = keys.indexOf(k);
      if (idx !== -1 && typeof err[k] === 'string' && stack.includes(err[k])) keys.splice(idx, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

  stack = improveStack(stack, constructor, name, tag);

  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  let stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) stackStart = stack.indexOf('\n\tat', pos);
  if (stackStart === -1) {
    stack = '[' + stack + ']';
  } else if (ctx.colors) {
    const lines = stack.slice(stackStart + 1).split('\n');
    stack = stack.slice(0, stackStart) + '\n' +
      lines.map((l) => (/\(node:|\(internal\//.test(l) ? ctx.stylize(l, 'undefined') : l)).join('\n');
  }
  if (ctx.indentationLvl !== 0) {
    const ind = ' '.repeat(ctx.indentationLvl);
    stack = stack.replace(/\n/g, '\n' + ind);
  }
  return stack;
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const m = stack.match(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/) || stack.match(/^([a-z_A-Z0-9-]*Error)$/);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = prefixFor(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) stack = prefix + ': ' + stack;
        else stack = prefix + stack.slice(len);
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

function formatBuffer(ctx, value, recurseTimes) {
  const max = 50;
  const n = Math.min(max, value.length);
  let str = '';
  for (let i = 0; i < n; i++) {
    const b = value[i];
    str += (i ? ' ' : '') + hex[b >> 4].toLowerCase() + hex[b & 15].toLowerCase();
  }
  const remaining = value.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  const extras = ownKeys(value, false).filter((k) => !isIndexKey(k));
  if (extras.length) {
    const c = Object.assign({}, ctx, { breakLength: Infinity, compact: true, seen: ctx.seen.slice() });
    const parts = extras.map((k) => formatProperty(c, value, recurseTimes + 1, k, OBJECT_EXTRAS));
    str += (str ? ', ' : '') + parts.join(', ');
  }
  return '<Buffer ' + str + '>';
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch (e) {
    return [ctx.stylize('(detached)', 'special')];
  }
  const n = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < n; i++) {
    str += (i ? ' ' : '') + hex[bytes[i] >> 4].toLowerCase() + hex[bytes[i] & 15].toLowerCase();
  }
  const remaining = bytes.length - n;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  let i = 0;
  while (i < len) {
    if (!hasOwn(value, i)) {
      let j = i;
      while (j < valLen && !hasOwn(value, j)) j++;
      const holes = j - i;
      output.push(ctx.stylize('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>', 'undefined'));
      i = j;
      if (output.length >= len) break;
      continue;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_ELEMENT));
    i++;
    if (output.length >= len && i < valLen) break;
  }
  const left = valLen - i;
  if (left > 0 && (remaining > 0 || output.length >= len)) {
    output.push('... ' + left + ' more item' + (left > 1 ? 's' : ''));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = value.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const fmt = typeof value[0] === 'bigint' ? formatBigInt : formatNumber;
  for (let i = 0; i < maxLength; i++) output[i] = fmt(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push('[' + key + ']: ' + str);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function moreItems(output, remaining) {
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const output = [];
  const max = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
  ctx.indentationLvl += 2;
  for (const v of value) {
    if (output.length >= max) break;
    output.push(formatValue(ctx, v, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  return moreItems(output, value.size - max);
}

function formatMap(ctx, value, recurseTimes) {
  const output = [];
  const max = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
  ctx.indentationLvl += 2;
  for (const [k, v] of value) {
    if (output.length >= max) break;
    output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  return moreItems(output, value.size - max);
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  let str;
  let extra = ' ';
  let desc = Object.getOwnPropertyDescriptor(value, key);
  if (desc === undefined) desc = { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== OBJECT_EXTRAS) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < removeColors(str).length) {
      extra = '\n' + ' '.repeat(ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(value);
        ctx.indentationLvl += 2;
        if (tmp === null) str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
        else if (typeof tmp === 'object') str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
        else str = s('[' + label + ':', sp) + ' ' + formatPrimitive(s, tmp, ctx) + s(']', sp);
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = s('[' + label + ': <Inspection threw (' + err.message + ')>]', sp);
      }
    } else {
      str = s('[' + label + ']', sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === ARRAY_ELEMENT) return str;
  return formatKey(ctx, key, desc.enumerable) + ':' + extra + str;
}

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === ARRAY_EXTRAS && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    const ind = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + ind + '  ' + output.join(',' + ind + '  ') + ind + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  const ind = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + ind + '  ';
  return braces[0] + ln + output.join(',\n' + ind + '  ') + ' ' + braces[1];
}

// groupArrayElements lays long arrays of short entries out in aligned columns, as Node does.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // leave "... more items" alone
  const sep = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = ctx.colors ? removeColors(output[i]).length : output[i].length;
    dataLen[i] = len;
    totalLength += len + sep;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + sep;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + sep);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let row = 0; row < outputLength; row += columns) {
      const max = Math.min(row + columns, outputLength);
      let line = '';
      let j = row;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - row] + output[j].length - dataLen[j];
        const cell = output[j] + ', ';
        line += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - row] + output[j].length - dataLen[j] - sep;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    return grouped;
  }
  return output;
}

// ---- format ----

const builtInNames = new Set(['Object', 'Array', 'Error', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'AggregateError', 'Date', 'RegExp', 'Map', 'Set', 'WeakMap',
  'WeakSet', 'Promise', 'Function', 'Number', 'String', 'Boolean', 'Symbol', 'BigInt', 'ArrayBuffer',
  'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Proxy', 'Reflect',
  'JSON', 'Math']);

function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let p = value;
  do {
    p = Object.getPrototypeOf(p);
  } while (p !== null && !hasOwn(p, 'toString'));
  if (p === null) return true;
  const d = Object.getOwnPropertyDescriptor(p, 'constructor');
  return d !== undefined && typeof d.value === 'function' && builtInNames.has(d.value.name);
}

function tryStringify(v) {
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (err && (err.name === 'TypeError' || err instanceof TypeError) && /circular|cyclic/i.test(String(err.message))) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // s
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, false);
            else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, Object.assign({}, inspectOptions, { depth: 0, colors: false, compact: 3 }));
            break;
          }
          case 106: // j
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // d
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, false);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(n), false);
            break;
          }
          case 79: // O
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // o
            tempStr = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
            break;
          case 105: { // i
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, false);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, parseInt(n), false);
            break;
          }
          case 102: { // f
            const n = args[++a];
            if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, parseFloat(n), false);
            break;
          }
          case 99: // c
            a += 1;
            tempStr = '';
            break;
          case 37: // %
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const v = args[a];
    str += join;
    str += typeof v !== 'string' ? inspect(v, inspectOptions) : v;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (typeof inspectOptions !== 'object' || inspectOptions === null) {
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// ---- exports ----

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});
inspect.colors = Object.assign(Object.create(null), colorCodes);
inspect.styles = Object.assign(Object.create(null), styleColors);

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  return str.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  inspectDefaultOptions,
  stripVTControlCharacters,
  quoteString,
};
