'use strict';
// TextEncoder / TextDecoder (WHATWG Encoding) for UTF-8, UTF-16LE and latin1, on top of Buffer.
const { codes } = require('internal/errors');

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    const b = Buffer.from(String(input), 'utf8');
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  encodeInto(src, dest) {
    const b = Buffer.from(String(src), 'utf8');
    let n = Math.min(b.length, dest.length);
    // Never split a UTF-8 sequence.
    while (n > 0 && n < b.length && (b[n] & 0xc0) === 0x80) n--;
    for (let i = 0; i < n; i++) dest[i] = b[i];
    const read = Buffer.from(b.subarray(0, n)).toString('utf8').length;
    return { read, written: n };
  }
}

const labels = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le',
  latin1: 'latin1', 'iso-8859-1': 'latin1', ascii: 'latin1', 'us-ascii': 'latin1', 'windows-1252': 'latin1',
};

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  constructor(encoding = 'utf-8', options = {}) {
    const e = labels[String(encoding).trim().toLowerCase()];
    if (!e) {
      const err = new RangeError('The "' + encoding + '" encoding is not supported');
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.#encoding = e;
    this.#fatal = !!(options && options.fatal);
    this.#ignoreBOM = !!(options && options.ignoreBOM);
  }
  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input, options = {}) {
    let bytes;
    if (input === undefined) bytes = Buffer.alloc(0);
    else if (input instanceof ArrayBuffer) bytes = Buffer.from(input);
    else if (ArrayBuffer.isView(input)) bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    else throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    if (this.#pending) {
      bytes = Buffer.concat([this.#pending, bytes]);
      this.#pending = null;
    }
    const stream = !!(options && options.stream);
    if (this.#encoding === 'utf-8') {
      if (stream) {
        // Hold back an incomplete trailing sequence for the next call.
        let i = bytes.length - 1;
        let back = 0;
        while (i >= 0 && back < 4 && (bytes[i] & 0xc0) === 0x80) {
          i--;
          back++;
        }
        if (i >= 0) {
          const lead = bytes[i];
          const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
          if (need > back + 1) {
            this.#pending = Buffer.from(bytes.subarray(i));
            bytes = bytes.subarray(0, i);
          }
        }
      }
      let s = bytes.toString('utf8');
      if (this.#fatal && s.includes('\ufffd') && !Buffer.from(s, 'utf8').equals(bytes)) {
        const err = new TypeError('The encoded data was not valid for encoding utf-8');
        err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
        throw err;
      }
      if (!this.#ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      return s;
    }
    if (this.#encoding === 'utf-16le') {
      let s = bytes.toString('utf16le');
      if (!this.#ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      return s;
    }
    return bytes.toString('latin1');
  }
}

module.exports = { TextEncoder, TextDecoder };
