'use strict';
// string_decoder: turns a sequence of Buffers into strings without breaking multi-byte
// characters at chunk boundaries. The bytes of an incomplete character at the end of a chunk are
// held back and decoded together with the next chunk; end() flushes whatever is left (an
// incomplete UTF-8 sequence becomes U+FFFD, as Buffer#toString would make it).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const canonical = {
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii',
};

function normalize(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const e = canonical[String(enc).toLowerCase()];
  if (e === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return e;
}

// How many bytes at the end of buf belong to a UTF-8 character that continues in the next chunk.
function utf8Incomplete(buf) {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    let need = 0;
    if ((b & 0xe0) === 0xc0) need = 2;
    else if ((b & 0xf0) === 0xe0) need = 3;
    else if ((b & 0xf8) === 0xf0) need = 4;
    return need > back ? back : 0;
  }
  return 0;
}

// Bytes to hold back for UTF-16LE: an odd trailing byte (what precedes it goes out as is, even a
// lone high surrogate, as Node does), or a final high surrogate waiting for its pair.
function utf16Incomplete(buf) {
  const n = buf.length;
  if (n % 2 === 1) return 1;
  if (n >= 2) {
    const hi = buf[n - 1];
    if (hi >= 0xd8 && hi <= 0xdb) return 2;
  }
  return 0;
}

function holdBack(enc, buf) {
  switch (enc) {
    case 'utf8': return utf8Incomplete(buf);
    case 'utf16le': return utf16Incomplete(buf);
    case 'base64':
    case 'base64url': return buf.length % 3;
    default: return 0;
  }
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalize(encoding);
    this._pending = null;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (!Buffer.isBuffer(buf)) buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (this._pending !== null) {
      buf = Buffer.concat([this._pending, buf]);
      this._pending = null;
    }
    const keep = holdBack(this.encoding, buf);
    if (keep === 0) return buf.toString(this.encoding);
    this._pending = Buffer.from(buf.subarray(buf.length - keep));
    return buf.toString(this.encoding, 0, buf.length - keep);
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    if (this._pending !== null) {
      const rest = this._pending;
      this._pending = null;
      out += this.encoding === 'utf8' ? '\ufffd' : rest.toString(this.encoding);
    }
    return out;
  }

  text(buf, offset) {
    return this.write(buf.subarray(offset));
  }

  get lastNeed() {
    if (this._pending === null) return 0;
    const p = this._pending;
    if (this.encoding === 'utf8') {
      const b = p[0];
      const total = (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : 4;
      return total - p.length;
    }
    if (this.encoding === 'utf16le') return p.length % 2 === 1 ? 1 : 2;
    return 3 - p.length;
  }

  get lastTotal() {
    return this._pending === null ? 0 : this._pending.length + this.lastNeed;
  }
}

module.exports = { StringDecoder };
