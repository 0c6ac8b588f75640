'use strict';
// util/types: brand checks for built-in objects. Where the engine gives a way to test an internal
// slot (a getter that throws on the wrong receiver) we use it, so Symbol.toStringTag cannot fool us.

const toStr = Object.prototype.toString;

function tagOf(v) {
  return toStr.call(v);
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function brand(getter) {
  return function (v) {
    if (!isObjectLike(v)) return false;
    try {
      getter.call(v);
      return true;
    } catch (e) {
      return false;
    }
  };
}

function getterOf(proto, name) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return d && d.get;
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayProto, Symbol.toStringTag);

function typedArrayName(v) {
  if (!isObjectLike(v)) return undefined;
  if (typedArrayTag) {
    try {
      return typedArrayTag.call(v);
    } catch (e) {
      return undefined;
    }
  }
  return ArrayBuffer.isView(v) && !(v instanceof DataView) ? v.constructor.name : undefined;
}

function isTypedArray(v) {
  return typedArrayName(v) !== undefined;
}

function typedArrayOf(name) {
  return function (v) {
    return typedArrayName(v) === name;
  };
}

const isDate = brand(Date.prototype.getTime);
const isRegExp = brand(getterOf(RegExp.prototype, 'source'));
const isMap = brand(getterOf(Map.prototype, 'size'));
const isSet = brand(getterOf(Set.prototype, 'size'));
const isArrayBuffer = brand(getterOf(ArrayBuffer.prototype, 'byteLength'));
const isDataView = brand(getterOf(DataView.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function'
  ? brand(getterOf(SharedArrayBuffer.prototype, 'byteLength'))
  : () => false;

function isWeakMap(v) {
  if (!isObjectLike(v)) return false;
  try {
    WeakMap.prototype.has.call(v, {});
    return true;
  } catch (e) {
    return false;
  }
}

function isWeakSet(v) {
  if (!isObjectLike(v)) return false;
  try {
    WeakSet.prototype.has.call(v, {});
    return true;
  } catch (e) {
    return false;
  }
}

function valueOfBrand(proto) {
  return function (v) {
    if (typeof v !== 'object' || v === null) return false;
    try {
      proto.valueOf.call(v);
      return true;
    } catch (e) {
      return false;
    }
  };
}

const isNumberObject = valueOfBrand(Number.prototype);
const isStringObject = valueOfBrand(String.prototype);
const isBooleanObject = valueOfBrand(Boolean.prototype);
const isBigIntObject = typeof BigInt === 'function' ? valueOfBrand(BigInt.prototype) : () => false;
const isSymbolObject = valueOfBrand(Symbol.prototype);

function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
}

function isPromise(v) {
  if (!isObjectLike(v)) return false;
  if (v instanceof Promise) return true;
  return tagOf(v) === '[object Promise]' && typeof v.then === 'function';
}

function isNativeError(v) {
  if (!isObjectLike(v)) return false;
  // Object.prototype.toString reports '[object Error]' for objects with the Error internal slot,
  // unless a Symbol.toStringTag overrides it; fall back on the prototype chain in that case.
  if (tagOf(v) === '[object Error]') return true;
  return v instanceof Error && Object.prototype.hasOwnProperty.call(v, 'stack');
}

function isAsyncFunction(v) {
  if (typeof v !== 'function') return false;
  const t = tagOf(v);
  return t === '[object AsyncFunction]' || t === '[object AsyncGeneratorFunction]';
}

function isGeneratorFunction(v) {
  if (typeof v !== 'function') return false;
  const t = tagOf(v);
  return t === '[object GeneratorFunction]' || t === '[object AsyncGeneratorFunction]';
}

function isGeneratorObject(v) {
  return isObjectLike(v) && (tagOf(v) === '[object Generator]' || tagOf(v) === '[object AsyncGenerator]');
}

function isMapIterator(v) {
  return isObjectLike(v) && tagOf(v) === '[object Map Iterator]';
}

function isSetIterator(v) {
  return isObjectLike(v) && tagOf(v) === '[object Set Iterator]';
}

function isArgumentsObject(v) {
  return isObjectLike(v) && tagOf(v) === '[object Arguments]';
}

function isModuleNamespaceObject(v) {
  return isObjectLike(v) && Object.getPrototypeOf(v) === null && v[Symbol.toStringTag] === 'Module' &&
    !Object.isExtensible(v);
}

// Proxies are invisible to JS; the runtime's inspect binding can tell (without running traps).
let proxyProbe;
function isProxy(v) {
  if (proxyProbe === undefined) {
    try {
      proxyProbe = require('internal/inspect_binding').proxyParts;
    } catch (e) {
      proxyProbe = null;
    }
  }
  return proxyProbe !== null && isObjectLike(v) && proxyProbe(v) !== undefined;
}

function isAnyArrayBuffer(v) {
  return isArrayBuffer(v) || isSharedArrayBuffer(v);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

module.exports = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isBoxedPrimitive,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: typedArrayOf('Uint8Array'),
  isUint8ClampedArray: typedArrayOf('Uint8ClampedArray'),
  isUint16Array: typedArrayOf('Uint16Array'),
  isUint32Array: typedArrayOf('Uint32Array'),
  isInt8Array: typedArrayOf('Int8Array'),
  isInt16Array: typedArrayOf('Int16Array'),
  isInt32Array: typedArrayOf('Int32Array'),
  isFloat32Array: typedArrayOf('Float32Array'),
  isFloat64Array: typedArrayOf('Float64Array'),
  isBigInt64Array: typedArrayOf('BigInt64Array'),
  isBigUint64Array: typedArrayOf('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
