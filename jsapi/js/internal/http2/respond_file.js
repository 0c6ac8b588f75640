'use strict';
// ServerHttp2Stream.respondWithFile and respondWithFD: open/stat the file (asynchronously, as
// Node; respondWithFD stats only for a statCheck), let statCheck adjust the headers or cancel, then
// respond (respondWithFile with content-length) and stream the bytes through the stream's own
// write() so flow control and backpressure apply.

const fs = require('fs');
const { codes } = require('internal/errors');
const { assertIsObject, constants: { NGHTTP2_INTERNAL_ERROR } } = require('internal/http2/util');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_HEADERS_SENT,
  ERR_HTTP2_PAYLOAD_FORBIDDEN, ERR_HTTP2_SEND_FILE, ERR_HTTP2_SEND_FILE_NOSEEK,
} = codes;

const kChunk = 64 * 1024;

// checkCall validates what both methods share and returns copies of headers and options.
function checkCall(stream, headers, options) {
  if (stream.destroyed || stream.closed) throw new ERR_HTTP2_INVALID_STREAM();
  if (stream.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
  assertIsObject(options, 'options');
  options = Object.assign({}, options);
  if (options.offset !== undefined && typeof options.offset !== 'number') {
    throw new ERR_INVALID_ARG_VALUE('options.offset', options.offset);
  }
  if (options.length !== undefined && typeof options.length !== 'number') {
    throw new ERR_INVALID_ARG_VALUE('options.length', options.length);
  }
  if (options.statCheck !== undefined && typeof options.statCheck !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('options.statCheck', options.statCheck);
  }
  assertIsObject(headers, 'headers');
  headers = Object.assign(Object.create(null), headers);
  const status = (headers[':status'] | 0) || 200;
  if (status === 204 || status === 205 || status === 304) throw new ERR_HTTP2_PAYLOAD_FORBIDDEN(status);
  return { headers, options };
}

// send responds and pumps [offset, offset+length) of fd into the stream. stat is undefined for
// respondWithFD without statCheck (Node does not stat then): the bytes run to the end of the file
// or options.length. Only respondWithFile announces a regular file's size as content-length.
function send(stream, fd, stat, headers, options, closeFd) {
  const done = () => {
    if (closeFd) fs.close(fd, () => {});
  };
  if (stat === undefined) {
    // Not observable: only picks how to read. A descriptor that cannot even be looked at fails
    // the way its first read would (below).
    try {
      stat = fs.fstatSync(fd);
    } catch {
      stat = null;
    }
  }
  if (stat !== null && !stat.isFile()) {
    sendUnsized(stream, fd, headers, options, done);
    return;
  }
  const offset = options.offset !== undefined ? Math.max(0, options.offset | 0) : 0;
  let length = stat !== null ? stat.size - offset : Infinity;
  if (options.length !== undefined && options.length >= 0) length = Math.min(options.length, length);
  if (length < 0) length = 0;
  if (closeFd) headers['content-length'] = length;
  stream.respond(headers, { waitForTrailers: options.waitForTrailers, sendDate: options.sendDate });
  if (stream.headRequest === true || stream.destroyed) {
    done();
    return;
  }
  stream.once('close', done);
  let pos = offset;
  let remaining = length;
  const pump = () => {
    try {
      while (remaining > 0 && !stream.destroyed) {
        const buf = Buffer.allocUnsafe(Math.min(kChunk, remaining));
        const n = fs.readSync(fd, buf, 0, buf.length, pos);
        if (n === 0) break;
        pos += n;
        remaining -= n;
        if (!stream.write(n === buf.length ? buf : buf.subarray(0, n))) {
          stream.once('drain', pump);
          return;
        }
      }
    } catch (err) {
      // As in Node, a failed read resets the stream; the error itself is not reported.
      void err;
      require('internal/http2/core').resetStream(stream, NGHTTP2_INTERNAL_ERROR);
      return;
    }
    if (!stream.destroyed) stream.end();
  };
  pump();
}

// sendUnsized responds without content-length and streams a file that has no size to go by (a
// FIFO, a socket, a character device) until it ends. fs.read sends such reads off the loop, so a
// writer in this same process can fill the FIFO meanwhile.
function sendUnsized(stream, fd, headers, options, done) {
  stream.respond(headers, { waitForTrailers: options.waitForTrailers, sendDate: options.sendDate });
  if (stream.headRequest === true || stream.destroyed) {
    done();
    return;
  }
  stream.once('close', done);
  const pump = () => {
    if (stream.destroyed) return;
    const buf = Buffer.allocUnsafe(kChunk);
    fs.read(fd, buf, 0, kChunk, null, (err, n) => {
      if (err) {
        stream.destroy(err);
        return;
      }
      if (stream.destroyed) return;
      if (n === 0) {
        stream.end();
        return;
      }
      if (stream.write(buf.subarray(0, n))) pump();
      else stream.once('drain', pump);
    });
  };
  pump();
}

// withStat runs statCheck and reports stat errors through onError (or destroys the stream).
function withStat(stream, fd, headers, options, closeFd, isFile) {
  fs.fstat(fd, (err, stat) => {
    const fail = (e) => {
      if (closeFd) fs.close(fd, () => {});
      if (typeof options.onError === 'function') options.onError(e);
      else stream.destroy(e);
    };
    if (err) return fail(err);
    if (stream.destroyed || stream.closed) {
      if (closeFd) fs.close(fd, () => {});
      return undefined;
    }
    if (isFile && stat.isDirectory()) return fail(new ERR_HTTP2_SEND_FILE());
    if (isFile && !stat.isFile() && (options.offset !== undefined || options.length !== undefined)) {
      return fail(new ERR_HTTP2_SEND_FILE_NOSEEK());
    }
    if (typeof options.statCheck === 'function') {
      // respondWithFD's statCheck may move the range through a third argument; respondWithFile's
      // gets (stat, headers) only, as in Node.
      let statOptions;
      if (!isFile) {
        statOptions = { offset: options.offset !== undefined ? options.offset : 0,
          length: options.length !== undefined ? options.length : -1 };
      }
      const verdict = isFile ? options.statCheck.call(stream, stat, headers) :
        options.statCheck.call(stream, stat, headers, statOptions);
      if (verdict === false) {
        if (closeFd) fs.close(fd, () => {});
        return undefined;
      }
      if (statOptions !== undefined) {
        if (statOptions.offset !== undefined) options.offset = statOptions.offset;
        if (statOptions.length !== undefined && statOptions.length !== -1) options.length = statOptions.length;
      }
    }
    try {
      send(stream, fd, stat, headers, options, closeFd);
    } catch (e) {
      fail(e);
    }
    return undefined;
  });
}

function respondWithFile(stream, path, headers, options) {
  ({ headers, options } = checkCall(stream, headers, options));
  if (typeof path !== 'string' && !(path instanceof Uint8Array) && !(path instanceof URL)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  fs.open(path, 'r', (err, fd) => {
    if (err) {
      if (typeof options.onError === 'function') options.onError(err);
      else stream.destroy(err);
      return;
    }
    withStat(stream, fd, headers, options, true, true);
  });
}

function respondWithFD(stream, fd, headers, options) {
  ({ headers, options } = checkCall(stream, headers, options));
  if (fd !== null && typeof fd === 'object' && typeof fd.fd === 'number') fd = fd.fd; // FileHandle
  if (typeof fd !== 'number') throw new ERR_INVALID_ARG_TYPE('fd', ['number', 'FileHandle'], fd);
  if (!Number.isInteger(fd) || fd < 0) throw new ERR_INVALID_ARG_VALUE('fd', fd, 'must be a non-negative integer');
  // Without statCheck Node neither stats the descriptor nor waits: the headers go out now.
  if (typeof options.statCheck !== 'function') send(stream, fd, undefined, headers, options, false);
  else withStat(stream, fd, headers, options, false, false);
}

module.exports = { respondWithFile, respondWithFD };
