'use strict';
// Buffer helpers for streams: encoding names, string<->bytes for every encoding Node streams
// accept (goja_nodejs's Buffer only knows utf8/hex/base64), and a StringDecoder that keeps
// incomplete multi-byte characters across chunks.

const { Buffer } = require('buffer');
const { codes: { ERR_UNKNOWN_ENCODING } } = require('internal/errors');

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const e = String(enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return e;
    default: return undefined;
  }
}

function isEncoding(enc) {
  return typeof enc === 'string' && enc !== '' && normalizeEncoding(enc) !== undefined;
}

// toBuffer turns any Uint8Array view into a Buffer sharing the same memory.
function toBuffer(u8) {
  if (u8 instanceof Buffer) return u8;
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function sliceBuffer(buf, start, end) {
  return toBuffer(buf.subarray(start, end));
}

let nativeEncodings = null;
function native(enc) {
  if (nativeEncodings === null) {
    nativeEncodings = {};
    // Probe which encodings this Buffer implements itself.
    const probes = { latin1: ['\u00e9', 1], ascii: ['a', 1], utf16le: ['a', 2] };
    for (const name of Object.keys(probes)) {
      try {
        nativeEncodings[name] = Buffer.from(probes[name][0], name).length === probes[name][1] &&
          (typeof Buffer.isEncoding !== 'function' || Buffer.isEncoding(name));
      } catch (e) {
        nativeEncodings[name] = false;
      }
    }
    nativeEncodings.utf8 = nativeEncodings.hex = nativeEncodings.base64 = nativeEncodings.base64url = true;
  }
  return nativeEncodings[enc];
}

function bufferFrom(str, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (native(enc)) return Buffer.from(str, enc);
  if (enc === 'utf16le') {
    const b = Buffer.alloc(str.length * 2);
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      b[2 * i] = c & 0xff;
      b[2 * i + 1] = c >> 8;
    }
    return b;
  }
  const b = Buffer.alloc(str.length);
  for (let i = 0; i < str.length; i++) b[i] = str.charCodeAt(i) & 0xff;
  return b;
}

function bytesToLatin1(buf, mask) {
  let s = '';
  for (let i = 0; i < buf.length; i += 4096) {
    const part = buf.subarray(i, Math.min(buf.length, i + 4096));
    const codes = new Array(part.length);
    for (let j = 0; j < part.length; j++) codes[j] = part[j] & mask;
    s += String.fromCharCode.apply(null, codes);
  }
  return s;
}

function bufferToString(buf, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (native(enc)) return toBuffer(buf).toString(enc);
  if (enc === 'latin1') return bytesToLatin1(buf, 0xff);
  if (enc === 'ascii') return bytesToLatin1(buf, 0x7f);
  // utf16le
  let s = '';
  const n = buf.length - (buf.length % 2);
  for (let i = 0; i < n; i += 8192) {
    const end = Math.min(n, i + 8192);
    const codes = [];
    for (let j = i; j < end; j += 2) codes.push(buf[j] | (buf[j + 1] << 8));
    s += String.fromCharCode.apply(null, codes);
  }
  return s;
}

// utf8Need returns how many bytes at the end of buf belong to an incomplete UTF-8 character.
function utf8Incomplete(buf) {
  const len = buf.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const b = buf[len - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    let need = 0;
    if ((b & 0xe0) === 0xc0) need = 2;
    else if ((b & 0xf0) === 0xe0) need = 3;
    else if ((b & 0xf8) === 0xf0) need = 4;
    return need > back ? back : 0;
  }
  return 0;
}

class StringDecoder {
  constructor(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = enc;
    this.pending = null; // bytes held back from the previous write
  }

  write(chunk) {
    if (typeof chunk === 'string') return chunk;
    let buf = toBuffer(chunk);
    if (this.pending !== null) {
      buf = Buffer.concat([this.pending, buf]);
      this.pending = null;
    }
    if (buf.length === 0) return '';
    let keep = 0;
    switch (this.encoding) {
      case 'utf8': keep = utf8Incomplete(buf); break;
      case 'utf16le': {
        keep = buf.length % 2;
        if (keep === 0 && buf.length >= 2) {
          const last = buf[buf.length - 2] | (buf[buf.length - 1] << 8);
          if (last >= 0xd800 && last <= 0xdbff) keep = 2; // high surrogate waits for its pair
        }
        break;
      }
      case 'base64': case 'base64url': keep = buf.length % 3; break;
      default: keep = 0;
    }
    if (keep > 0) {
      this.pending = Buffer.concat([sliceBuffer(buf, buf.length - keep, buf.length)]);
      buf = sliceBuffer(buf, 0, buf.length - keep);
    }
    return buf.length ? bufferToString(buf, this.encoding) : '';
  }

  end(chunk) {
    let s = chunk !== undefined && chunk !== null ? this.write(chunk) : '';
    if (this.pending !== null) {
      const rest = this.pending;
      this.pending = null;
      if (this.encoding === 'utf8') s += '\ufffd';
      else s += bufferToString(rest, this.encoding);
    }
    return s;
  }
}

module.exports = { normalizeEncoding, isEncoding, toBuffer, sliceBuffer, bufferFrom, bufferToString, StringDecoder };
