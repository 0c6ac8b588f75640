'use strict';
// structuredClone for the data types scripts pass around: primitives, plain objects, arrays, Date,
// RegExp, Map, Set, ArrayBuffer, typed arrays and errors; functions and symbols throw DataCloneError.

function dataCloneError(what) {
  const e = new Error(what + ' could not be cloned.');
  e.name = 'DataCloneError';
  e.code = 25;
  return e;
}

function clone(value, seen) {
  if (typeof value === 'function') throw dataCloneError(String(value).split('\n')[0]);
  if (typeof value === 'symbol') throw dataCloneError(value.toString());
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  let out;
  if (value instanceof Date) out = new Date(value.getTime());
  else if (value instanceof RegExp) out = new RegExp(value.source, value.flags);
  else if (value instanceof ArrayBuffer) out = value.slice(0);
  else if (ArrayBuffer.isView(value)) {
    const buf = value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
    const Ctor = value instanceof Buffer ? Uint8Array : value.constructor;
    out = Ctor === DataView ? new DataView(buf) : new Ctor(buf);
  } else if (value instanceof Map) {
    out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(clone(k, seen), clone(v, seen));
    return out;
  } else if (value instanceof Set) {
    out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(clone(v, seen));
    return out;
  } else if (value instanceof Error) {
    const Ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[value.name] || Error;
    out = new Ctor(value.message);
    seen.set(value, out);
    if (value.stack !== undefined) out.stack = value.stack;
    if ('cause' in value) out.cause = clone(value.cause, seen);
    return out;
  } else if (Array.isArray(value)) {
    out = new Array(value.length);
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = clone(value[i], seen);
    return out;
  } else if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet) {
    throw dataCloneError('#<' + value.constructor.name + '>');
  } else {
    out = {};
    seen.set(value, out);
    for (const k of Object.keys(value)) out[k] = clone(value[k], seen);
    return out;
  }
  seen.set(value, out);
  return out;
}

module.exports = function structuredClone(value, options) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('value');
  }
  return clone(value, new Map());
};
