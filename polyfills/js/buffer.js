'use strict';
// require('buffer'): Node's Buffer as a subclass of Uint8Array. The byte-level work (encodings,
// search, fill, compare) is done in Go by internal/buffer_binding on the Uint8Array's own memory;
// when that binding is absent (trying the polyfill under real node with tools/node-shim.js) a
// pure-JS binding with the same contract is used instead.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_BUFFER_SIZE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
  validateNumber,
  validateInteger,
  validateString,
} = require('internal/errors');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Encoding ids shared with the Go binding.
const UTF8 = 0;
const UCS2 = 1;
const LATIN1 = 2;
const ASCII = 3;
const HEX = 4;
const BASE64 = 5;
const BASE64URL = 6;

const binding = loadBinding();

// encodingId maps an encoding name (any case, with Node's aliases) to its id, or undefined.
function encodingId(enc) {
  switch (enc) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'latin1': case 'binary': return LATIN1;
    case 'ucs2': case 'utf16le': return UCS2;
    case 'ascii': return ASCII;
    case 'base64url': return BASE64URL;
  }
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
    case 'latin1': case 'binary': return LATIN1;
    case 'ascii': return ASCII;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'base64url': return BASE64URL;
  }
  return undefined;
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isAnyArrayBuffer(v) {
  if (v instanceof ArrayBuffer) return true;
  if (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer) return true;
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

function isTypedArray(v) {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

// ---- the Buffer class ----

// FastBuffer is the real class of every Buffer; Buffer itself is a plain function (callable
// without new, as in Node) that shares FastBuffer's prototype.
// (No explicit constructor: goja builds derived classes with the implicit one fastest.)
class FastBuffer extends Uint8Array {}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false, enumerable: false, configurable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
// subarray/slice/map build their results through the species, straight as FastBuffer (as Node).
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true, enumerable: false });

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let enc = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    enc = encodingId(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer(0);
  return new FastBuffer(binding.fromString(string, enc));
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer(0);
  const b = new FastBuffer(len);
  if (isUint8Array(obj)) {
    b.set(obj);
  } else {
    for (let i = 0; i < len; i++) b[i] = obj[i];
  }
  return b;
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(ab, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer(0);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = Object.getPrototypeOf(Uint8Array.prototype).subarray.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return doFill(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingId(encoding) !== undefined;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

function base64ByteLength(str, bytes) {
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  const enc = encoding === undefined ? UTF8 : encodingId(encoding);
  switch (enc) {
    case UCS2: return len * 2;
    case LATIN1: case ASCII: return len;
    case HEX: return len >>> 1;
    case BASE64: case BASE64URL: return base64ByteLength(string, len);
  }
  return binding.byteLengthUtf8(string);
}
Buffer.byteLength = byteLength;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer(0);
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw new ERR_INVALID_ARG_TYPE('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
      length += list[i].length;
    }
  } else {
    validateInteger(length, 'length', 0, kMaxLength);
  }
  const out = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length && pos < length; i++) {
    const b = list[i];
    if (!isUint8Array(b)) throw new ERR_INVALID_ARG_TYPE('list[' + i + ']', ['Buffer', 'Uint8Array'], b);
    const n = Math.min(b.length, length - pos);
    out.set(n === b.length ? b : b.subarray(0, n), pos);
    pos += n;
  }
  return out;
};

// ---- prototype: strings ----

const proto = FastBuffer.prototype;

proto.toString = function toString(encoding, start, end) {
  const len = this.length;
  if (encoding === undefined && start === undefined && end === undefined) return binding.toString(this, UTF8, 0, len);
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  let enc = UTF8;
  if (encoding !== undefined) {
    enc = encodingId(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return binding.toString(this, enc, start, end);
};

proto.toLocaleString = proto.toString;

function writeAs(buf, string, enc, offset, length) {
  if (typeof string !== 'string') {
    const err = new ERR_INVALID_ARG_TYPE('argument', 'string', string);
    err.message = 'argument must be a string';
    throw err;
  }
  return binding.write(buf, string, enc, offset, length);
}

proto.write = function write(string, offset, length, encoding) {
  const len = this.length;
  if (offset === undefined) return writeAs(this, string, UTF8, 0, len);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0, len);
    const remaining = len - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateInteger(length, 'length', 0, len);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding) return writeAs(this, string, UTF8, offset, length);
  const enc = encodingId(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return writeAs(this, string, enc, offset, length);
};

// Per-encoding helpers Node also exposes (buf.hexSlice(start, end), buf.utf8Write(str, off, len)).
const sliceNames = ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
for (let id = 0; id < sliceNames.length; id++) {
  const name = sliceNames[id];
  Object.defineProperty(proto, name + 'Slice', {
    value: function (start = 0, end = this.length) {
      if (end > this.length || start < 0 || start > end) throw new ERR_OUT_OF_RANGE('index', '>= 0 and <= ' + this.length, start);
      return binding.toString(this, id, start, end);
    },
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(proto, name + 'Write', {
    value: function (string, offset = 0, length = this.length - offset) {
      if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return writeAs(this, string, id, offset, Math.min(length, this.length - offset));
    },
    writable: true, configurable: true, enumerable: false,
  });
}

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

// ---- prototype: comparison, copy, fill, search ----

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return binding.compare(this, otherBuffer) === 0;
};

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined && sourceEnd === undefined) {
    return binding.compare(this, target);
  }
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
};

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return binding.copy(this, target, targetStart, sourceStart, Math.min(sourceEnd, this.length));
};

function doFill(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = encoding === undefined ? UTF8 : encodingId(encoding);
    if (enc === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((enc === UTF8 && code < 128) || enc === LATIN1) value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = new Uint8Array(binding.fromString(value, enc));
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) {
    const err = new ERR_INVALID_ARG_VALUE('value', value);
    if (typeof value !== 'string') {
      err.message = "The argument 'value' is invalid. Received " + inspectForError(value);
    }
    throw err;
  }
  binding.fill(buf, pattern, offset, end);
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return doFill(this, value, offset, end, encoding);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);
  const len = buffer.length;
  if (byteOffset < 0) byteOffset += len;

  let needle;
  let step = 1;
  if (typeof val === 'number') {
    if (byteOffset < 0) {
      if (!dir) return -1;
      byteOffset = 0;
    }
    if (byteOffset >= len) {
      if (dir) return -1;
      byteOffset = len - 1;
    }
    return binding.indexOfByte(buffer, (val >>> 0) & 255, byteOffset, dir);
  }
  if (typeof val === 'string') {
    let enc = UTF8;
    if (encoding !== undefined) {
      enc = encodingId(encoding);
      if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    needle = new Uint8Array(binding.fromString(val, enc));
    if (enc === UCS2) step = 2;
  } else if (isUint8Array(val)) {
    needle = val;
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  if (needle.length === 0) return Math.min(Math.max(byteOffset, 0), len);
  if (byteOffset < 0) {
    if (!dir) return -1;
    byteOffset = 0;
  }
  if (byteOffset > len) {
    if (dir) return -1;
    byteOffset = len;
  }
  return binding.indexOf(buffer, needle, byteOffset, dir, step);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// slice shares memory, like subarray (Node's historical Buffer behaviour).
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.swap16 = function swap16() {
  if (this.length % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  binding.swap(this, 2);
  return this;
};
proto.swap32 = function swap32() {
  if (this.length % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  binding.swap(this, 4);
  return this;
};
proto.swap64 = function swap64() {
  if (this.length % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  binding.swap(this, 8);
  return this;
};

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return Buffer.isBuffer(this) ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return Buffer.isBuffer(this) ? this.byteOffset : undefined; },
});

// ---- prototype: numbers ----

function boundsError(value, last, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + last, value);
}

// checkRead validates offset for an access of size bytes and returns it.
function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  const last = buf.length - size;
  if (!(offset >= 0 && offset <= last) || Math.floor(offset) !== offset) boundsError(offset, last);
  return offset;
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) boundsError(byteLength, 6, 'byteLength');
}

function readUIntLEAt(buf, offset, size) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    v += buf[offset + i] * mul;
    mul *= 256;
  }
  return v;
}
function readUIntBEAt(buf, offset, size) {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[offset + i];
  return v;
}
function toSigned(v, size) {
  const half = 2 ** (size * 8 - 1);
  return v >= half ? v - half * 2 : v;
}

function defineRead(name, size, fn) {
  proto[name] = {
    [name](offset) {
      offset = checkOffset(this, offset, size);
      return fn(this, offset);
    },
  }[name];
}

defineRead('readUInt8', 1, (b, o) => b[o]);
defineRead('readInt8', 1, (b, o) => toSigned(b[o], 1));
defineRead('readUInt16LE', 2, (b, o) => b[o] | (b[o + 1] << 8));
defineRead('readUInt16BE', 2, (b, o) => (b[o] << 8) | b[o + 1]);
defineRead('readInt16LE', 2, (b, o) => toSigned(b[o] | (b[o + 1] << 8), 2));
defineRead('readInt16BE', 2, (b, o) => toSigned((b[o] << 8) | b[o + 1], 2));
defineRead('readUInt32LE', 4, (b, o) => readUIntLEAt(b, o, 4));
defineRead('readUInt32BE', 4, (b, o) => readUIntBEAt(b, o, 4));
defineRead('readInt32LE', 4, (b, o) => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24));
defineRead('readInt32BE', 4, (b, o) => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]);
defineRead('readBigUInt64LE', 8, (b, o) => (BigInt(readUIntLEAt(b, o + 4, 4)) << 32n) | BigInt(readUIntLEAt(b, o, 4)));
defineRead('readBigUInt64BE', 8, (b, o) => (BigInt(readUIntBEAt(b, o, 4)) << 32n) | BigInt(readUIntBEAt(b, o + 4, 4)));
defineRead('readBigInt64LE', 8, (b, o) => BigInt.asIntN(64, (BigInt(readUIntLEAt(b, o + 4, 4)) << 32n) | BigInt(readUIntLEAt(b, o, 4))));
defineRead('readBigInt64BE', 8, (b, o) => BigInt.asIntN(64, (BigInt(readUIntBEAt(b, o, 4)) << 32n) | BigInt(readUIntBEAt(b, o + 4, 4))));

// Hand-inlined versions of the most used accessors (goja calls are costly): the fast path is a
// valid integer offset; anything else goes through checkOffset for Node's errors.
proto.readUInt8 = function readUInt8(offset = 0) {
  if ((offset >>> 0) !== offset || offset >= this.length) offset = checkOffset(this, offset, 1);
  return this[offset];
};
proto.readUInt16BE = function readUInt16BE(offset = 0) {
  if ((offset >>> 0) !== offset || offset > this.length - 2) offset = checkOffset(this, offset, 2);
  return (this[offset] << 8) | this[offset + 1];
};
proto.readUInt16LE = function readUInt16LE(offset = 0) {
  if ((offset >>> 0) !== offset || offset > this.length - 2) offset = checkOffset(this, offset, 2);
  return this[offset] | (this[offset + 1] << 8);
};
proto.readUInt32BE = function readUInt32BE(offset = 0) {
  if ((offset >>> 0) !== offset || offset > this.length - 4) offset = checkOffset(this, offset, 4);
  return ((this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]) >>> 0;
};
proto.readUInt32LE = function readUInt32LE(offset = 0) {
  if ((offset >>> 0) !== offset || offset > this.length - 4) offset = checkOffset(this, offset, 4);
  return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24)) >>> 0;
};

// Floats go through a scratch typed array in host byte order.
const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64b = new Uint8Array(f64.buffer);
const hostLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloatBytes(scratch, b, o, size, le) {
  const rev = le !== hostLE;
  for (let i = 0; i < size; i++) scratch[rev ? size - 1 - i : i] = b[o + i];
}
function writeFloatBytes(scratch, b, o, size, le) {
  const rev = le !== hostLE;
  for (let i = 0; i < size; i++) b[o + i] = scratch[rev ? size - 1 - i : i];
}
defineRead('readFloatLE', 4, (b, o) => { readFloatBytes(f32b, b, o, 4, true); return f32[0]; });
defineRead('readFloatBE', 4, (b, o) => { readFloatBytes(f32b, b, o, 4, false); return f32[0]; });
defineRead('readDoubleLE', 8, (b, o) => { readFloatBytes(f64b, b, o, 8, true); return f64[0]; });
defineRead('readDoubleBE', 8, (b, o) => { readFloatBytes(f64b, b, o, 8, false); return f64[0]; });

proto.readUIntLE = function readUIntLE(offset, byteLength) {
  checkByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  return readUIntLEAt(this, offset, byteLength);
};
proto.readUIntBE = function readUIntBE(offset, byteLength) {
  checkByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  return readUIntBEAt(this, offset, byteLength);
};
proto.readIntLE = function readIntLE(offset, byteLength) {
  checkByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  return toSigned(readUIntLEAt(this, offset, byteLength), byteLength);
};
proto.readIntBE = function readIntBE(offset, byteLength) {
  checkByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  return toSigned(readUIntBEAt(this, offset, byteLength), byteLength);
};

function rangeText(min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size > 4) {
    const bits = size * 8;
    if (min === 0 || min === 0n) return '>= 0' + n + ' and < 2' + n + ' ** ' + bits + n;
    return '>= -(2' + n + ' ** ' + (bits - 1) + n + ') and < 2' + n + ' ** ' + (bits - 1) + n;
  }
  return '>= ' + min + n + ' and <= ' + max + n;
}

// checkWrite validates value and offset of an integer write and returns the offset.
function checkWrite(buf, value, offset, size, min, max) {
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, size), value);
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  return offset;
}

function storeLE(buf, v, offset, size) {
  for (let i = 0; i < size; i++) {
    buf[offset + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + size;
}
function storeBE(buf, v, offset, size) {
  for (let i = size - 1; i >= 0; i--) {
    buf[offset + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + size;
}

function writeIntAt(buf, value, offset, size, signed, le) {
  const bits = size * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  value = +value;
  offset = checkWrite(buf, value, offset, size, min, max);
  let v = Math.trunc(value);
  if (Number.isNaN(v)) v = 0;
  if (v < 0) v += 2 ** bits;
  return le ? storeLE(buf, v, offset, size) : storeBE(buf, v, offset, size);
}

function defineWrite(name, size, signed, le) {
  proto[name] = {
    [name](value, offset) {
      return writeIntAt(this, value, offset, size, signed, le);
    },
  }[name];
}
defineWrite('writeUInt8', 1, false, true);
defineWrite('writeInt8', 1, true, true);
defineWrite('writeUInt16LE', 2, false, true);
defineWrite('writeUInt16BE', 2, false, false);
defineWrite('writeInt16LE', 2, true, true);
defineWrite('writeInt16BE', 2, true, false);
defineWrite('writeUInt32LE', 4, false, true);
defineWrite('writeUInt32BE', 4, false, false);
defineWrite('writeInt32LE', 4, true, true);
defineWrite('writeInt32BE', 4, true, false);

// Fast paths for the common unsigned writes: an in-range number at a valid integer offset.
proto.writeUInt8 = function writeUInt8(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xff && (offset >>> 0) === offset && offset < this.length) {
    this[offset] = value;
    return offset + 1;
  }
  return writeIntAt(this, value, offset, 1, false, true);
};
proto.writeUInt16BE = function writeUInt16BE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffff && (offset >>> 0) === offset && offset + 2 <= this.length) {
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
  }
  return writeIntAt(this, value, offset, 2, false, false);
};
proto.writeUInt16LE = function writeUInt16LE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffff && (offset >>> 0) === offset && offset + 2 <= this.length) {
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    return offset + 2;
  }
  return writeIntAt(this, value, offset, 2, false, true);
};
proto.writeUInt32BE = function writeUInt32BE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffffffff && (offset >>> 0) === offset && offset + 4 <= this.length) {
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
  }
  return writeIntAt(this, value, offset, 4, false, false);
};
proto.writeUInt32LE = function writeUInt32LE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffffffff && (offset >>> 0) === offset && offset + 4 <= this.length) {
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
    return offset + 4;
  }
  return writeIntAt(this, value, offset, 4, false, true);
};

function writeIntN(name, signed, le) {
  proto[name] = {
    [name](value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeIntAt(this, value, offset, byteLength, signed, le);
    },
  }[name];
}
writeIntN('writeUIntLE', false, true);
writeIntN('writeUIntBE', false, false);
writeIntN('writeIntLE', true, true);
writeIntN('writeIntBE', true, false);

function writeBig(buf, value, offset, signed, le) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  offset = checkWrite(buf, value, offset, 8, min, max);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (le) {
    storeLE(buf, lo, offset, 4);
    storeLE(buf, hi, offset + 4, 4);
  } else {
    storeBE(buf, hi, offset, 4);
    storeBE(buf, lo, offset + 4, 4);
  }
  return offset + 8;
}
proto.writeBigUInt64LE = function writeBigUInt64LE(value, offset) { return writeBig(this, value, offset, false, true); };
proto.writeBigUInt64BE = function writeBigUInt64BE(value, offset) { return writeBig(this, value, offset, false, false); };
proto.writeBigInt64LE = function writeBigInt64LE(value, offset) { return writeBig(this, value, offset, true, true); };
proto.writeBigInt64BE = function writeBigInt64BE(value, offset) { return writeBig(this, value, offset, true, false); };

function writeFloatAt(buf, value, offset, size, le) {
  value = +value;
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  if (size === 4) {
    f32[0] = value;
    writeFloatBytes(f32b, buf, offset, 4, le);
  } else if (value !== value) {
    // The canonical quiet NaN, whatever bits the engine's NaN has.
    for (let i = 0; i < 8; i++) buf[offset + i] = 0;
    buf[le ? offset + 7 : offset] = 0x7f;
    buf[le ? offset + 6 : offset + 1] = 0xf8;
  } else {
    f64[0] = value;
    writeFloatBytes(f64b, buf, offset, 8, le);
  }
  return offset + size;
}
proto.writeFloatLE = function writeFloatLE(value, offset) { return writeFloatAt(this, value, offset, 4, true); };
proto.writeFloatBE = function writeFloatBE(value, offset) { return writeFloatAt(this, value, offset, 4, false); };
proto.writeDoubleLE = function writeDoubleLE(value, offset) { return writeFloatAt(this, value, offset, 8, true); };
proto.writeDoubleBE = function writeDoubleBE(value, offset) { return writeFloatAt(this, value, offset, 8, false); };

// Lower-case aliases (readUint8, writeUintLE, readBigUint64BE, ...).
for (const name of Object.getOwnPropertyNames(proto)) {
  if (/^(read|write)(Big)?UInt/.test(name)) {
    proto[name.replace('UInt', 'Uint')] = proto[name];
  }
}

// ---- inspect ----

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = module.exports.INSPECT_MAX_BYTES;
  const n = Math.min(max, this.length);
  let str = binding.toString(this, HEX, 0, n).replace(/(.{2})/g, '$1 ').trim();
  const remaining = this.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx) {
    const extras = Object.keys(this).filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
    if (extras.length > 0) {
      let fmt = (v) => String(v);
      try {
        const util = require('util');
        fmt = (v) => util.inspect(v, Object.assign({}, ctx, { breakLength: Infinity, compact: true }));
      } catch (e) { /* util unavailable */ }
      str += (str ? ', ' : '') + extras.map((k) => k + ': ' + fmt(this[k])).join(', ');
    }
  }
  return '<' + this.constructor.name + ' ' + str + '>';
};
proto.inspect = proto[customInspectSymbol];

// inspectForError renders a typed array the way Node's error messages quote it.
function inspectForError(v) {
  if (Buffer.isBuffer(v)) return proto[customInspectSymbol].call(v);
  return (v.constructor && v.constructor.name ? v.constructor.name : 'TypedArray') + '(' + v.length + ') [' +
    (v.length ? ' ' + Array.prototype.join.call(v, ', ') + ' ' : '') + ']';
}

// ---- module-level helpers ----

function isUtf8(input) {
  if (isTypedArray(input) || input instanceof DataView) return binding.isUtf8(input);
  if (isAnyArrayBuffer(input)) return binding.isUtf8(new Uint8Array(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}
function isAscii(input) {
  if (isTypedArray(input) || input instanceof DataView) return binding.isAscii(input);
  if (isAnyArrayBuffer(input)) return binding.isAscii(new Uint8Array(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function invalidCharacter(message) {
  const err = new Error(message);
  err.name = 'InvalidCharacterError';
  err.code = 5;
  return err;
}

function btoa(input) {
  if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('input');
  input = String(input);
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  return binding.toString(new Uint8Array(binding.fromString(input, LATIN1)), BASE64, 0, input.length);
}

function atob(input) {
  if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('input');
  input = String(input).replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = new Uint8Array(binding.fromString(input, BASE64));
  return binding.toString(bytes, LATIN1, 0, bytes.length);
}

function transcode() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('transcode()');
}

class Blob {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('Blob()');
  }
}
class File extends Blob {}

function resolveObjectURL() {
  return undefined;
}

let inspectMaxBytes = 50;

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  Blob,
  resolveObjectURL,
  File,
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return inspectMaxBytes; },
  set(v) {
    validateNumber(v, 'INSPECT_MAX_BYTES', 0);
    inspectMaxBytes = v;
  },
});

// ---- binding ----

function loadBinding() {
  try {
    return require('internal/buffer_binding');
  } catch (e) {
    return jsBinding();
  }
}

// jsBinding implements the Go binding's contract in plain JS (used only when the Go binding is
// not registered, e.g. under real node with tools/node-shim.js).
function jsBinding() {
  const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const b64val = new Int8Array(256).fill(-1);
  for (let i = 0; i < 64; i++) b64val[b64.charCodeAt(i)] = i;
  b64val[0x2d] = 62;
  b64val[0x5f] = 63;
  const hexDigits = '0123456789abcdef';
  const u8 = (v) => (v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength));

  function utf8Encode(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else {
          c = 0xfffd;
        }
      } else if (c >= 0xd800 && c <= 0xdfff) {
        c = 0xfffd;
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }
  function hexDecode(s) {
    const out = [];
    for (let i = 0; i + 1 < s.length; i += 2) {
      const a = parseInt(s[i], 16);
      const b = parseInt(s[i + 1], 16);
      if (Number.isNaN(a) || Number.isNaN(b)) break;
      out.push(a * 16 + b);
    }
    return out;
  }
  function base64Decode(s) {
    const out = [];
    let acc = 0;
    let k = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x3d) break;
      if (c > 255 || b64val[c] < 0) continue;
      acc = (acc << 6) | b64val[c];
      if (++k === 4) {
        out.push((acc >> 16) & 255, (acc >> 8) & 255, acc & 255);
        acc = 0;
        k = 0;
      }
    }
    if (k === 2) out.push((acc >> 4) & 255);
    else if (k === 3) out.push((acc >> 10) & 255, (acc >> 2) & 255);
    return out;
  }
  function encode(s, enc) {
    switch (enc) {
      case UCS2: {
        const out = [];
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          out.push(c & 255, c >> 8);
        }
        return out;
      }
      case LATIN1: case ASCII: {
        const out = [];
        for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 255);
        return out;
      }
      case HEX: return hexDecode(s);
      case BASE64: case BASE64URL: return base64Decode(s);
    }
    return utf8Encode(s);
  }
  function utf8Decode(b) {
    let out = '';
    for (let i = 0; i < b.length;) {
      const c = b[i];
      if (c < 0x80) {
        out += String.fromCharCode(c);
        i++;
        continue;
      }
      let need = 0;
      let lo = 0x80;
      let hi = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) need = 1;
      else if (c === 0xe0) { need = 2; lo = 0xa0; }
      else if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) need = 2;
      else if (c === 0xed) { need = 2; hi = 0x9f; }
      else if (c === 0xf0) { need = 3; lo = 0x90; }
      else if (c >= 0xf1 && c <= 0xf3) need = 3;
      else if (c === 0xf4) { need = 3; hi = 0x8f; }
      else {
        out += '\ufffd';
        i++;
        continue;
      }
      let cp = c & (0x3f >> need);
      let j = i + 1;
      let ok = true;
      for (let k = 0; k < need; k++) {
        if (j >= b.length || b[j] < lo || b[j] > hi) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (b[j] & 63);
        lo = 0x80;
        hi = 0xbf;
        j++;
      }
      out += ok ? String.fromCodePoint(cp) : '\ufffd';
      i = j;
    }
    return out;
  }
  function base64Encode(b, alphabet, pad) {
    let out = '';
    let i = 0;
    for (; i + 2 < b.length; i += 3) {
      const n = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
    }
    if (b.length - i === 1) {
      const n = b[i] << 16;
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (pad ? '==' : '');
    } else if (b.length - i === 2) {
      const n = (b[i] << 16) | (b[i + 1] << 8);
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (pad ? '=' : '');
    }
    return out;
  }
  function decode(b, enc) {
    let out = '';
    switch (enc) {
      case UCS2:
        for (let i = 0; i + 1 < b.length; i += 2) out += String.fromCharCode(b[i] | (b[i + 1] << 8));
        return out;
      case LATIN1:
        for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]);
        return out;
      case ASCII:
        for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i] & 0x7f);
        return out;
      case HEX:
        for (let i = 0; i < b.length; i++) out += hexDigits[b[i] >> 4] + hexDigits[b[i] & 15];
        return out;
      case BASE64: return base64Encode(b, b64, true);
      case BASE64URL: return base64Encode(b, b64url, false);
    }
    return utf8Decode(b);
  }
  function clamp(n, start, end) {
    start = Math.max(0, Math.min(start, n));
    end = Math.max(start, Math.min(end, n));
    return [start, end];
  }
  function indexOf(buf, needle, off, fwd, step) {
    const n = buf.length;
    const m = needle.length;
    if (m === 0) return Math.min(Math.max(off, 0), n);
    if (off < 0 || m > n) return -1;
    const match = (i) => {
      if (i % step !== 0) return false;
      for (let k = 0; k < m; k++) if (buf[i + k] !== needle[k]) return false;
      return true;
    };
    if (fwd) {
      for (let i = off; i <= n - m; i++) if (match(i)) return i;
    } else {
      for (let i = Math.min(off, n - m); i >= 0; i--) if (match(i)) return i;
    }
    return -1;
  }
  return {
    byteLengthUtf8: (s) => utf8Encode(s).length,
    fromString: (s, enc) => new Uint8Array(encode(s, enc)).buffer,
    write(buf, s, enc, off, max) {
      buf = u8(buf);
      if (off < 0 || off > buf.length) return 0;
      if (max < 0 || max > buf.length - off) max = buf.length - off;
      let bytes = encode(s, enc);
      if (bytes.length > max) {
        let n = max;
        if (enc === UTF8) while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--;
        if (enc === UCS2) n -= n % 2;
        bytes = bytes.slice(0, n);
      }
      buf.set(bytes, off);
      return bytes.length;
    },
    toString(buf, enc, start, end) {
      buf = u8(buf);
      [start, end] = clamp(buf.length, start, end);
      return decode(buf.subarray(start, end), enc);
    },
    indexOf: (buf, needle, off, fwd, step) => indexOf(u8(buf), u8(needle), off, fwd, step || 1),
    indexOfByte: (buf, byte, off, fwd) => indexOf(u8(buf), [byte & 255], off, fwd, 1),
    compare(a, b) {
      a = u8(a);
      b = u8(b);
      const n = Math.min(a.length, b.length);
      for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length === b.length ? 0 : (a.length < b.length ? -1 : 1);
    },
    fill(buf, pattern, start, end) {
      buf = u8(buf);
      pattern = u8(pattern);
      [start, end] = clamp(buf.length, start, end);
      for (let i = start, k = 0; i < end; i++, k = (k + 1) % pattern.length) buf[i] = pattern[k];
    },
    copy(src, dst, ds, ss, se) {
      src = u8(src);
      dst = u8(dst);
      [ss, se] = clamp(src.length, ss, se);
      if (ds < 0 || ds >= dst.length) return 0;
      const n = Math.min(se - ss, dst.length - ds);
      dst.set(src.subarray(ss, ss + n), ds);
      return n;
    },
    swap(buf, size) {
      buf = u8(buf);
      for (let i = 0; i + size <= buf.length; i += size) {
        for (let a = i, b = i + size - 1; a < b; a++, b--) {
          const t = buf[a];
          buf[a] = buf[b];
          buf[b] = t;
        }
      }
    },
    isUtf8(buf) {
      buf = u8(buf);
      const s = utf8Decode(buf);
      const again = utf8Encode(s);
      if (again.length !== buf.length) return false;
      for (let i = 0; i < again.length; i++) if (again[i] !== buf[i]) return false;
      return true;
    },
    isAscii(buf) {
      buf = u8(buf);
      for (let i = 0; i < buf.length; i++) if (buf[i] >= 0x80) return false;
      return true;
    },
  };
}
