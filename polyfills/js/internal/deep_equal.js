'use strict';
// Deep equality as node:assert and util.isDeepStrictEqual define it.
//
// Loose mode (assert.deepEqual): primitives compare with ==, prototypes are ignored, only own
// enumerable string keys count. Strict mode (assert.deepStrictEqual, util.isDeepStrictEqual):
// primitives compare with Object.is (but NaN equals NaN), prototypes must be identical, own
// enumerable symbol keys count too. In both modes the internal type (toString tag) must match,
// Dates compare by time, RegExps by source/flags/lastIndex, Errors by name and message, boxed
// primitives by their value, typed arrays and ArrayBuffers by their bytes, Maps and Sets by their
// entries regardless of order, and circular structures are handled.

const objToString = Object.prototype.toString;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

// ---- brand checks (try a built-in method that only works on the real thing) ----

function brand(fn, v) {
  try {
    fn.call(v);
    return true;
  } catch (e) {
    return false;
  }
}
const dateGetTime = Date.prototype.getTime;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const mapHas = Map.prototype.has;
const setHas = Set.prototype.has;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

function isDate(v) { return brand(dateGetTime, v); }
function isRegExp(v) { return v !== RegExp.prototype && brand(regexpSource, v); }
function isMap(v) { return brand(function () { mapHas.call(this, undefined); }, v); }
function isSet(v) { return brand(function () { setHas.call(this, undefined); }, v); }
function isArrayBuffer(v) { return brand(abByteLength, v); }
function typedArrayKind(v) { return ArrayBuffer.isView(v) ? typedArrayTag.call(v) : undefined; }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isError(v) { return objToString.call(v) === '[object Error]' || v instanceof Error; }

const boxedKinds = [
  [Number.prototype.valueOf, 'number'],
  [String.prototype.valueOf, 'string'],
  [Boolean.prototype.valueOf, 'boolean'],
  [Symbol.prototype.valueOf, 'symbol'],
];
if (typeof BigInt === 'function') boxedKinds.push([BigInt.prototype.valueOf, 'bigint']);

// boxedValue returns [kind, primitive] for a boxed primitive, or undefined.
function boxedValue(v) {
  for (const [valueOf, kind] of boxedKinds) {
    try {
      return [kind, valueOf.call(v)];
    } catch (e) {
      // not this kind
    }
  }
  return undefined;
}

// ---- helpers ----

// Go helpers, when the host has them: a JS loop over a large Buffer (one indexed read per byte) or
// Object.keys on it (one string per element) costs seconds where Go takes microseconds.
function optionalBinding(name) {
  try {
    return require(name);
  } catch (e) {
    return null;
  }
}
const goBytes = optionalBinding('internal/buffer_binding');
const goPeek = optionalBinding('internal/inspect_binding');

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// a and b are Uint8Arrays.
function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  if (goBytes !== null) return goBytes.compare(a, b) === 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isIndexKey(k) {
  // Canonical array index: "0", "1", ... (no leading zeros), below 2**32 - 1.
  if (typeof k !== 'string' || k.length === 0 || k.length > 10) return false;
  if (k !== '0' && (k[0] < '1' || k[0] > '9')) return false;
  for (let i = 1; i < k.length; i++) if (k[i] < '0' || k[i] > '9') return false;
  return Number(k) < 4294967295;
}

function nonIndexKeys(v) {
  return Object.keys(v).filter((k) => !isIndexKey(k));
}

// The enumerable own string keys of a typed array other than its element indices, in Object.keys
// order, without listing every element first when the host can say which named ones exist.
function typedArrayExtraKeys(v) {
  const named = goPeek !== null && typeof goPeek.namedKeys === 'function' ? goPeek.namedKeys(v) : undefined;
  if (named === undefined) return nonIndexKeys(v);
  return named.filter((k) => !isIndexKey(k) && isEnumerable(v, k));
}

function enumerableSymbols(v) {
  return Object.getOwnPropertySymbols(v).filter((s) => isEnumerable(v, s));
}

const ITER_NONE = 0;
const ITER_ARRAY = 1;
const ITER_SET = 2;
const ITER_MAP = 3;

// ---- the comparison ----

function innerEqual(a, b, strict, memo) {
  if (a === b) {
    // Only +0/-0 are === but not the same value.
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && a !== a && b !== b; // both NaN
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tagA = objToString.call(a);
  if (tagA !== objToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return compareKeys(a, b, strict, memo, ITER_ARRAY);
  }
  if (tagA === '[object Object]' && !isError(a) && !isError(b) && !isArrayBufferView(a) &&
      !isMap(a) && !isSet(a) && !isDate(a) && !isRegExp(a) && boxedValue(a) === undefined) {
    // Plain object (the common case): the brand checks above guard against spoofed tags.
    if (isArrayBufferView(b) || isMap(b) || isSet(b) || isDate(b) || isRegExp(b) || isError(b) ||
        boxedValue(b) !== undefined) return false;
    return compareKeys(a, b, strict, memo, ITER_NONE);
  }
  if (isDate(a)) {
    if (!isDate(b) || dateGetTime.call(a) !== dateGetTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    const kind = typedArrayKind(a);
    if (kind !== typedArrayKind(b)) return false;
    if (!strict && (kind === 'Float32Array' || kind === 'Float64Array')) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = typedArrayExtraKeys(a);
    if (keysA.length !== typedArrayExtraKeys(b).length) return false;
    return compareKeys(a, b, strict, memo, ITER_NONE, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memo, ITER_SET);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memo, ITER_MAP);
  } else if (isArrayBuffer(a)) {
    if (!isArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (boxedValue(a) !== undefined) {
    const va = boxedValue(a);
    const vb = boxedValue(b);
    if (vb === undefined || va[0] !== vb[0]) return false;
    if (va[0] === 'symbol' ? va[1] !== vb[1] : !Object.is(va[1], vb[1])) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isArrayBuffer(b) || boxedValue(b) !== undefined || isError(b)) {
    return false;
  }
  return compareKeys(a, b, strict, memo, ITER_NONE);
}

// compareKeys checks that both objects have the same own enumerable keys (and, in strict mode,
// enumerable symbols), then compares values. keysA, when given, is the list of string keys to
// compare (already known to be as long as b's).
function compareKeys(a, b, strict, memo, iter, keysA) {
  const explicitKeys = keysA !== undefined;
  if (!explicitKeys) {
    if (iter === ITER_ARRAY) {
      keysA = nonIndexKeys(a);
      if (keysA.length !== nonIndexKeys(b).length) return false;
    } else {
      keysA = Object.keys(a);
      if (keysA.length !== Object.keys(b).length) return false;
    }
  }
  for (const k of keysA) {
    if (!hasOwn(b, k) || !isEnumerable(b, k)) return false;
  }
  keysA = keysA.slice();
  if (strict) {
    const symA = enumerableSymbols(a);
    const symB = enumerableSymbols(b);
    if (symA.length !== symB.length) return false;
    for (const s of symA) {
      if (!isEnumerable(b, s)) return false;
      keysA.push(s);
    }
  }

  if (keysA.length === 0 &&
      (iter === ITER_NONE || (iter === ITER_ARRAY && a.length === 0) ||
       ((iter === ITER_SET || iter === ITER_MAP) && a.size === 0))) {
    return true;
  }

  // Cycle detection: each object pair on the current path gets a depth number; meeting an object
  // already on the path on both sides means equal only if both were entered at the same depth.
  if (memo === undefined) {
    memo = { a: new Map(), b: new Map(), depth: 0 };
  } else {
    const seenA = memo.a.get(a);
    if (seenA !== undefined) {
      const seenB = memo.b.get(b);
      if (seenB !== undefined) return seenA === seenB;
    }
    memo.depth++;
  }
  const depth = memo.depth;
  const hadA = memo.a.has(a);
  const hadB = memo.b.has(b);
  const prevA = memo.a.get(a);
  const prevB = memo.b.get(b);
  memo.a.set(a, depth);
  memo.b.set(b, depth);
  let result;
  try {
    result = compareEntries(a, b, strict, memo, iter, keysA);
  } finally {
    if (hadA) memo.a.set(a, prevA); else memo.a.delete(a);
    if (hadB) memo.b.set(b, prevB); else memo.b.delete(b);
  }
  return result;
}

function compareEntries(a, b, strict, memo, iter, keys) {
  if (iter === ITER_ARRAY) {
    for (let i = 0; i < a.length; i++) {
      const inA = hasOwn(a, i);
      if (inA !== hasOwn(b, i)) return false;
      if (inA && !innerEqual(a[i], b[i], strict, memo)) return false;
    }
  } else if (iter === ITER_SET) {
    if (!setEquiv(a, b, strict, memo)) return false;
  } else if (iter === ITER_MAP) {
    if (!mapEquiv(a, b, strict, memo)) return false;
  }
  for (const k of keys) {
    if (!innerEqual(a[k], b[k], strict, memo)) return false;
  }
  return true;
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

// Pairs up the leftovers of two collections: every element of left must be matched by a distinct
// element of right using eq. Greedy, as in Node (exhaustive matching would be exponential).
function matchLeftovers(left, right, eq) {
  if (left.length !== right.length) return false;
  const used = new Array(right.length).fill(false);
  for (const x of left) {
    let found = false;
    for (let j = 0; j < right.length; j++) {
      if (!used[j] && eq(x, right[j])) {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function setEquiv(a, b, strict, memo) {
  // Values present in both (same identity, or SameValueZero for primitives) match each other;
  // the rest must pair up by deep equality. In strict mode, a leftover primitive can never match.
  const left = [];
  for (const v of a) {
    if (!b.has(v)) {
      if (strict && isPrimitive(v)) return false;
      left.push(v);
    }
  }
  if (left.length === 0) return true;
  const right = [];
  for (const v of b) {
    if (!a.has(v)) {
      if (strict && isPrimitive(v)) return false;
      right.push(v);
    }
  }
  return matchLeftovers(left, right, (x, y) => innerEqual(x, y, strict, memo));
}

function mapEquiv(a, b, strict, memo) {
  const left = [];
  const rightKeysTaken = new Set();
  for (const [k, v] of a) {
    if (b.has(k) && innerEqual(v, b.get(k), strict, memo)) {
      rightKeysTaken.add(k);
      continue;
    }
    if (strict && isPrimitive(k)) return false;
    left.push([k, v]);
  }
  if (left.length === 0) return true;
  const right = [];
  for (const [k, v] of b) {
    if (!rightKeysTaken.has(k)) right.push([k, v]);
  }
  return matchLeftovers(left, right, (x, y) =>
    innerEqual(x[0], y[0], strict, memo) && innerEqual(x[1], y[1], strict, memo));
}

function isDeepEqual(a, b) {
  return innerEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerEqual(a, b, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
