'use strict';
// require('crypto'): digests, HMACs and randomness backed by Go's crypto packages
// (internal/crypto_binding, runtime/cryptobinding.go). Ciphers, keys and signatures are not
// provided: their functions exist and throw ERR_METHOD_NOT_IMPLEMENTED so feature checks see them.

const binding = require('internal/crypto_binding');
const { Buffer } = require('buffer');
const { Transform } = require('stream');
const {
  codes, registerCodes, validateString, validateFunction, validateObject,
} = require('internal/errors');

registerCodes({
  ERR_CRYPTO_HASH_FINALIZED: 'Digest already called',
  ERR_CRYPTO_HASH_UPDATE_FAILED: 'Hash update failed',
}, Error);
registerCodes({ ERR_CRYPTO_INVALID_DIGEST: 'Invalid digest: %s' }, TypeError);
registerCodes({ ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH: 'Input buffers must have the same byte length' }, RangeError);
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED } = codes;

const kMaxRandom = 2 ** 31 - 1;

// asBytes turns string/Buffer/TypedArray/DataView/ArrayBuffer input into a Uint8Array view.
function asBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

function encodeOutput(ab, encoding) {
  const buf = Buffer.from(ab);
  if (encoding === undefined || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// Hash and Hmac are Transform streams, as in Node: write data in, read the digest out.
const kState = Symbol('digestState');
const kDone = Symbol('digestDone');

class Hash extends Transform {
  constructor(algorithm, options, state) {
    super(options);
    this[kState] = state;
    this[kDone] = false;
  }
  update(data, encoding) {
    if (this[kDone]) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    const bytes = asBytes(data, encoding);
    if (bytes === null || data instanceof ArrayBuffer) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    this[kState].update(bytes);
    return this;
  }
  digest(encoding) {
    if (this[kDone]) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    this[kDone] = true;
    return encodeOutput(this[kState].digest(), encoding);
  }
  copy(options) {
    if (this[kDone]) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
    const state = this[kState].copy();
    if (state === null) throw new ERR_METHOD_NOT_IMPLEMENTED('copy()');
    return new Hash(undefined, options, state);
  }
  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }
  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

// Hmac shares Hash's machinery but cannot be copied.
class Hmac extends Hash {}
Object.defineProperty(Hmac.prototype, 'copy', { value: undefined, writable: true, configurable: true });

function createHash(algorithm, options) {
  validateString(algorithm, 'algorithm');
  const state = binding.createHash(algorithm);
  if (state === null) throw new Error('Digest method not supported');
  return new Hash(algorithm, options, state);
}

function keyBytes(key) {
  if (key !== null && typeof key === 'object' && typeof key.export === 'function') key = key.export();
  const bytes = asBytes(key, 'utf8');
  if (bytes === null) {
    throw new ERR_INVALID_ARG_TYPE('key',
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  return bytes;
}

function createHmac(hmac, key, options) {
  validateString(hmac, 'hmac');
  const bytes = keyBytes(key);
  const state = binding.createHmac(hmac, bytes);
  if (state === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
  return new Hmac(hmac, options, state);
}

// hash(algorithm, data, outputEncoding = 'hex'): the one-shot digest of Node 20.12+.
function hash(algorithm, data, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  const state = binding.createHash(algorithm);
  if (state === null) throw new Error('Digest method not supported');
  state.update(asBytes(data));
  return encodeOutput(state.digest(), outputEncoding);
}

// ---- randomness --------------------------------------------------------------------------------

function checkSize(size, name, max) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', size);
  if (!(size >= 0 && size <= max) || !Number.isInteger(size)) {
    if (!Number.isInteger(size) && size >= 0 && size <= max) {
      throw new ERR_OUT_OF_RANGE(name, 'an integer', size);
    }
    throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= ' + max, size);
  }
}

function randomBytes(size, callback) {
  checkSize(size, 'size', kMaxRandom);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  binding.randomFill(buf, 0, size);
  if (callback === undefined) return buf;
  process.nextTick(callback, null, buf);
}

function viewOf(buf) {
  if (ArrayBuffer.isView(buf)) return { bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), unit: buf.BYTES_PER_ELEMENT || 1 };
  if (buf instanceof ArrayBuffer) return { bytes: new Uint8Array(buf), unit: 1 };
  throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function fillRange(buf, offset, size) {
  const { bytes, unit } = viewOf(buf);
  const total = bytes.byteLength;
  offset = offset === undefined ? 0 : offset;
  checkSize(offset, 'offset', kMaxRandom);
  offset *= unit;
  if (offset > total) throw new ERR_OUT_OF_RANGE('offset', '>= 0 && <= ' + total, offset);
  if (size === undefined) {
    size = total - offset;
  } else {
    checkSize(size, 'size', kMaxRandom);
    size *= unit;
    if (size + offset > total) throw new ERR_OUT_OF_RANGE('size + offset', '<= ' + total, size + offset);
  }
  return { bytes, offset, size };
}

function randomFillSync(buf, offset, size) {
  const r = fillRange(buf, offset, size);
  binding.randomFill(r.bytes, r.offset, r.size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const r = fillRange(buf, offset, size);
  binding.randomFill(r.bytes, r.offset, r.size);
  process.nextTick(callback, null, buf);
}

// randomInt([min, ]max[, callback]) draws uniformly from [min, max) by rejection sampling on 48-bit
// random integers, the range Node allows.
function randomInt(min, max, callback) {
  if (typeof max === 'function' || max === undefined) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', 'greater than the value of "min" (' + min + ')', max);
  }
  const span = max - min;
  if (span > 2 ** 48) throw new ERR_OUT_OF_RANGE('max - min', '<= 281474976710655', span);
  const limit = 2 ** 48 - (2 ** 48 % span);
  const six = Buffer.alloc(6);
  let n;
  do {
    binding.randomFill(six, 0, 6);
    n = six.readUIntBE(0, 6);
  } while (n >= limit);
  const result = min + (n % span);
  if (callback === undefined) return result;
  process.nextTick(callback, null, result);
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const b = Buffer.alloc(16);
  binding.randomFill(b, 0, 16);
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

function domError(message, name, code) {
  const Ctor = globalThis.DOMException;
  if (typeof Ctor === 'function') return new Ctor(message, name);
  const e = new Error(message);
  e.name = name;
  e.code = code;
  return e;
}

const integerArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function getRandomValues(data) {
  if (!ArrayBuffer.isView(data) || data instanceof DataView ||
      !integerArrays.includes(Object.prototype.toString.call(data).slice(8, -1))) {
    throw domError('The data argument must be an integer-type TypedArray', 'TypeMismatchError', 17);
  }
  if (data.byteLength > 65536) {
    throw domError('The requested length exceeds 65,536 bytes', 'QuotaExceededError', 22);
  }
  binding.randomFill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 0, data.byteLength);
  return data;
}

// ---- comparisons and listings ------------------------------------------------------------------

function timingSafeEqual(buf1, buf2) {
  const a = bufferLike(buf1, 'buf1');
  const b = bufferLike(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

function bufferLike(v, name) {
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  const e = new TypeError('The "' + name + '" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

function getHashes() {
  return binding.hashes.slice();
}

// Node's numbers for the OpenSSL build it reports in process.versions.openssl (3.0.x).
const constants = Object.freeze({
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});

function notImplemented(name) {
  const fn = function () { throw new ERR_METHOD_NOT_IMPLEMENTED(name + '()'); };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const subtle = {};
const webcrypto = {
  getRandomValues(data) { return getRandomValues(data); },
  randomUUID() { return randomUUID(); },
  subtle,
};

module.exports = {
  createHash,
  createHmac,
  hash,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
  getHashes,
  getCiphers() { return []; },
  getCurves() { return []; },
  getFips() { return 0; },
  setFips: notImplemented('setFips'),
  constants,
  webcrypto,
  subtle,
  Hash,
  Hmac,
};
for (const name of ['createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'sign', 'verify',
  'createPrivateKey', 'createPublicKey', 'createSecretKey', 'generateKeyPair', 'generateKeyPairSync',
  'generateKey', 'generateKeySync', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync',
  'createECDH', 'createDiffieHellman', 'createDiffieHellmanGroup', 'getDiffieHellman', 'diffieHellman',
  'publicEncrypt', 'publicDecrypt', 'privateEncrypt', 'privateDecrypt', 'generatePrime', 'generatePrimeSync',
  'checkPrime', 'checkPrimeSync']) {
  module.exports[name] = notImplemented(name);
}
