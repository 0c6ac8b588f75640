'use strict';
// util: Node 20's util module for the goja runtime (inspect and format live in internal/inspect).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION },
  validateFunction,
  validateString,
} = require('internal/errors');
const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/inspect');
const types = require('util/types');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const k of Reflect.ownKeys(descriptors)) {
    if (k === 'length' || k === 'name' || k === 'prototype' || k === 'arguments' || k === 'caller') continue;
    try {
      Object.defineProperty(fn, k, descriptors[k]);
    } catch (e) { /* non-configurable */ }
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackified(original, args) {
  const cb = args.pop();
  validateFunction(cb, 'last argument');
  const self = this;
  Promise.resolve(Reflect.apply(original, self, args)).then(
    (ret) => process.nextTick(cb, null, ret),
    (rej) => {
      if (!rej) {
        const err = new ERR_FALSY_VALUE_REJECTION();
        err.reason = rej;
        rej = err;
      }
      process.nextTick(cb, rej);
    });
}

function callbackify(original) {
  validateFunction(original, 'original');
  function wrapped(...args) {
    return callbackified.call(this, original, args);
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (const d of propertiesValues) Object.setPrototypeOf(d, null);
  Object.defineProperties(wrapped, descriptors);
  return wrapped;
}

const warnedCodes = new Set();

function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (code !== undefined) validateString(code, 'code');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          warnedCodes.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

let deepEqual;
function isDeepStrictEqual(a, b) {
  if (deepEqual === undefined) {
    const m = require('internal/deep_equal');
    deepEqual = m.isDeepStrictEqual || m.deepStrictEqual || (typeof m === 'function' ? m : undefined);
  }
  return deepEqual(a, b);
}

function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}

const pad = (n) => (n < 10 ? '0' + n : '' + n);
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + t;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function toUSVString(input) {
  const s = String(input);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const n = s.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
  }
  return out;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  return 'Unknown system error ' + err;
}

function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    return Promise.reject(new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal));
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    return Promise.reject(new ERR_INVALID_ARG_TYPE('resource', ['Function', 'Object'], resource));
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// util.debuglog(section[, callback]): a logger that writes "SECTION pid: message" to stderr when
// NODE_DEBUG names the section (comma-separated, case-insensitive, '*' matches anything), and
// does nothing otherwise. Whether a section is on is decided on first use, from the environment
// as it is then; the callback, if any, receives the settled logger on the first call.
let debugPatterns;

function debugSectionOn(section) {
  if (debugPatterns === undefined) {
    const spec = (process.env && process.env.NODE_DEBUG) || '';
    debugPatterns = spec.split(',').map((part) => part.trim()).filter((part) => part !== '')
      .map((part) => new RegExp('^' + part.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*') + '$', 'i'));
  }
  return debugPatterns.some((re) => re.test(section));
}

function debuglog(section, callback) {
  let write; // the settled logger, once known
  const settle = () => {
    if (write !== undefined) return write;
    if (debugSectionOn(section)) {
      const prefix = `${String(section).toUpperCase()} ${process.pid}: `;
      write = (...args) => { process.stderr.write(prefix + format(...args) + '\n'); };
    } else {
      write = () => {};
    }
    if (typeof callback === 'function') callback(write);
    return write;
  };
  const logger = (...args) => settle()(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return debugSectionOn(section); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function toDeprecated(name, fn) {
  return fn;
}

module.exports = {
  format,
  formatWithOptions,
  inspect,
  inherits,
  promisify,
  callbackify,
  deprecate,
  isDeepStrictEqual,
  types,
  stripVTControlCharacters,
  toUSVString,
  getSystemErrorName,
  aborted,
  log,
  debuglog,
  debug: debuglog,
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
  isArray: Array.isArray,
  isBoolean: toDeprecated('isBoolean', (v) => typeof v === 'boolean'),
  isBuffer: toDeprecated('isBuffer', (v) => typeof Buffer === 'function' &&
    (typeof Buffer.isBuffer === 'function' ? Buffer.isBuffer(v) : v instanceof Buffer)),
  isNull: toDeprecated('isNull', (v) => v === null),
  isNullOrUndefined: toDeprecated('isNullOrUndefined', (v) => v === undefined || v === null),
  isNumber: toDeprecated('isNumber', (v) => typeof v === 'number'),
  isString: toDeprecated('isString', (v) => typeof v === 'string'),
  isSymbol: toDeprecated('isSymbol', (v) => typeof v === 'symbol'),
  isUndefined: toDeprecated('isUndefined', (v) => v === undefined),
  isRegExp: toDeprecated('isRegExp', types.isRegExp),
  isObject: toDeprecated('isObject', (v) => v !== null && typeof v === 'object'),
  isDate: toDeprecated('isDate', types.isDate),
  isError: toDeprecated('isError', isError),
  isFunction: toDeprecated('isFunction', (v) => typeof v === 'function'),
  isPrimitive: toDeprecated('isPrimitive', (v) => v === null || (typeof v !== 'object' && typeof v !== 'function')),
};
