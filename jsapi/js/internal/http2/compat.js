'use strict';
// The HTTP/1 compatibility API of node:http2 (Node's lib/internal/http2/compat.js): the server
// 'request', 'checkContinue', 'checkExpectation' and 'connect' events with Http2ServerRequest and
// Http2ServerResponse over a ServerHttp2Stream; and, for createSecureServer({ allowHTTP1: true }),
// HTTP/1.1 connections (served by Go's net/http, see jsapi/http1.go) delivered to the same
// 'request' listeners through Http1IncomingMessage/Http1ServerResponse, small stand-ins for
// http.IncomingMessage/http.ServerResponse. Without allowHTTP1 a TLS connection that did not
// negotiate h2 is announced with 'unknownProtocol' and destroyed, as in Node.
//
// The HTTP/2 half (Http2ServerRequest/Response) lives in compat_h2.js; this file re-exports it and
// holds the HTTP/1 bridge. setup(server, options) is called by core when the first 'request'
// listener is added; setupSecure(server, handle, options) when a secure server is created.

const EventEmitter = require('events');
const Stream = require('stream');
const { Readable } = Stream;
const {
  codes, validateFunction, validateString, validateObject, validateNumber,
} = require('internal/errors');
const {
  constants, assertValidPseudoHeader, checkIsHttpToken, checkInvalidHeaderChar,
} = require('internal/http2/util');

const {
  HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_CONNECTION, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH,
  HTTP2_HEADER_SCHEME, HTTP2_HEADER_STATUS, HTTP2_HEADER_HOST,
  HTTP_STATUS_CONTINUE, HTTP_STATUS_EARLY_HINTS, HTTP_STATUS_EXPECTATION_FAILED,
  HTTP_STATUS_METHOD_NOT_ALLOWED, HTTP_STATUS_OK,
} = constants;

require('internal/errors').registerCodes({
  ERR_HTTP_HEADERS_SENT: 'Cannot %s headers after they are sent to the client',
}, Error);
require('internal/errors').registerCodes({
  ERR_HTTP_INVALID_HEADER_VALUE: 'Invalid value "%s" for header "%s"',
}, TypeError);
require('internal/errors').registerCodes({
  ERR_HTTP_INVALID_STATUS_CODE: 'Invalid status code: %s',
}, RangeError);

const {
  ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INFO_STATUS_NOT_ALLOWED, ERR_HTTP2_INVALID_HEADER_VALUE,
  ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_NO_SOCKET_MANIPULATION, ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED,
  ERR_HTTP2_STATUS_INVALID, ERR_INVALID_ARG_VALUE, ERR_INVALID_HTTP_TOKEN, ERR_STREAM_WRITE_AFTER_END,
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_INVALID_STATUS_CODE, ERR_INVALID_CHAR,
  ERR_STREAM_DESTROYED, ERR_STREAM_ALREADY_FINISHED,
} = codes;

const kState = Symbol('state');
const kStream = Symbol('stream');
const {
  setup, onServerStream, Http2ServerRequest, Http2ServerResponse, validateLinkHeaderValue,
} = require('internal/http2/compat_h2');

// ---------------------------------------------------------------------------------------------
// HTTP/1.1 over the same TLS port (allowHTTP1) and 'unknownProtocol'

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported',
  226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
  412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended', 511: 'Network Authentication Required',
};

// Headers http.IncomingMessage keeps only the first value of (Node's matchKnownFields).
const kFirstValueHeaders = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

function addHeaderLine(dest, field, value) {
  if (kFirstValueHeaders.has(field)) {
    if (dest[field] === undefined) dest[field] = value;
  } else if (field === 'set-cookie') {
    if (dest[field] === undefined) dest[field] = [value];
    else dest[field].push(value);
  } else if (dest[field] === undefined) {
    dest[field] = value;
  } else {
    dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
  }
}

// A small net.Socket look-alike for an HTTP/1 connection (req.socket/res.socket) or a connection
// that negotiated no protocol the server speaks ('unknownProtocol').
class Http1Socket extends EventEmitter {
  constructor(info, handle) {
    super();
    Object.assign(this, info);
    this[kStream] = handle;
    this.destroyed = false;
    this.encrypted = true;
    this.readable = true;
    this.writable = true;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = this.writable = false;
    if (this[kStream]) this[kStream].destroy();
    else if (this._httpMessage && !this._httpMessage[kState].closed) this._httpMessage.destroy();
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }

  end(data, encoding, cb) {
    if (typeof data === 'function') {
      cb = data;
      data = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.destroyed || !this.writable) return this;
    this.writable = false;
    let buf;
    if (data !== undefined && data !== null) buf = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    if (this[kStream]) this[kStream].end(buf);
    if (typeof cb === 'function') this.once('finish', cb);
    return this;
  }

  setTimeout(msecs, cb) {
    validateNumber(msecs, 'msecs', 0);
    if (this._timer) clearTimeout(this._timer);
    this._timer = null;
    if (msecs > 0) {
      this._timer = setTimeout(() => this.emit('timeout'), msecs);
      this._timer.unref();
    }
    if (typeof cb === 'function') this.once('timeout', cb);
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  address() {
    return { address: this.localAddress, family: this.localFamily, port: this.localPort };
  }

  _closed() {
    if (this._timer) clearTimeout(this._timer);
    this.destroyed = true;
    this.readable = this.writable = false;
    this.emit('close', false);
  }
}

// http.IncomingMessage for a request that came over HTTP/1.1.
class Http1IncomingMessage extends Readable {
  constructor(socket, info, handle) {
    super({ autoDestroy: false });
    this[kStream] = handle;
    this.socket = socket;
    this.httpVersionMajor = info.protoMajor;
    this.httpVersionMinor = info.protoMinor;
    this.httpVersion = info.protoMajor + '.' + info.protoMinor;
    this.complete = false;
    this.rawHeaders = info.rawHeaders;
    this.rawTrailers = [];
    this.aborted = false;
    this.upgrade = false;
    this.url = info.url;
    this.method = info.method;
    this.statusCode = null;
    this.statusMessage = null;
    this.headers = {};
    this.trailers = {};
    const raw = info.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) addHeaderLine(this.headers, raw[i].toLowerCase(), raw[i + 1]);
    this[kState] = { wantData: false, closed: false };
  }

  get connection() {
    return this.socket;
  }

  get headersDistinct() {
    const out = Object.create(null);
    const raw = this.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const k = raw[i].toLowerCase();
      (out[k] || (out[k] = [])).push(raw[i + 1]);
    }
    return out;
  }

  _read() {
    const h = this[kStream];
    if (h && !this[kState].closed) h.resume();
  }

  _onData(buf) {
    if (this.push(buf)) this[kStream].resume();
  }

  _onEnd(trailers) {
    if (trailers) {
      for (let i = 0; i < trailers.length; i += 2) {
        this.rawTrailers.push(trailers[i], trailers[i + 1]);
        addHeaderLine(this.trailers, trailers[i].toLowerCase(), trailers[i + 1]);
      }
    }
    this.complete = true;
    this.push(null);
  }

  setTimeout(msecs, callback) {
    this.socket.setTimeout(msecs, callback);
    return this;
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = !this.complete;
    }
    cb(err);
  }
}

function validateHttp1Header(name, value) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  }
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  const vals = Array.isArray(value) ? value : [value];
  for (const v of vals) {
    if (checkInvalidHeaderChar(String(v))) throw new ERR_INVALID_CHAR('header content', name);
  }
}

const kOutHeaders = Symbol('kOutHeaders');
const kHighWaterMark = 16384;

// http.ServerResponse for a request that came over HTTP/1.1 (Node's OutgoingMessage shape: a
// legacy Stream with write/end).
class Http1ServerResponse extends Stream {
  constructor(req, handle) {
    super();
    this.req = req;
    this[kStream] = handle;
    this[kOutHeaders] = null;
    this[kState] = {
      headersSent: false, ending: false, finished: false, closed: false, destroyed: false,
      pending: 0, needDrain: false, cbs: [], trailers: null,
    };
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this.writable = true;
    this.destroyed = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.strictContentLength = false;
    this._socket = req.socket;
  }

  get socket() {
    return this[kState].closed ? null : this._socket;
  }

  get connection() {
    return this.socket;
  }

  get headersSent() {
    return this[kState].headersSent;
  }

  get _header() {
    return this[kState].headersSent;
  }

  get finished() {
    return this[kState].ending;
  }

  get writableEnded() {
    return this[kState].ending;
  }

  get writableFinished() {
    return this[kState].finished;
  }

  get writableLength() {
    return this[kState].pending;
  }

  get writableHighWaterMark() {
    return kHighWaterMark;
  }

  get writableCorked() {
    return 0;
  }

  get writableNeedDrain() {
    return this[kState].needDrain;
  }

  setHeader(name, value) {
    if (this[kState].headersSent) throw new ERR_HTTP_HEADERS_SENT('set');
    validateHttp1Header(name, value);
    if (this[kOutHeaders] === null) this[kOutHeaders] = Object.create(null);
    this[kOutHeaders][name.toLowerCase()] = [name, value];
    return this;
  }

  appendHeader(name, value) {
    if (this[kState].headersSent) throw new ERR_HTTP_HEADERS_SENT('append');
    validateHttp1Header(name, value);
    const field = name.toLowerCase();
    const headers = this[kOutHeaders];
    if (headers === null || !headers[field]) return this.setHeader(name, value);
    if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
    const existing = headers[field][1];
    if (Array.isArray(value)) existing.push(...value);
    else existing.push(value);
    return this;
  }

  getHeader(name) {
    validateString(name, 'name');
    const headers = this[kOutHeaders];
    if (headers === null) return;
    const entry = headers[name.toLowerCase()];
    return entry && entry[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    return this[kOutHeaders] !== null ? Object.values(this[kOutHeaders]).map((e) => e[0]) : [];
  }

  getHeaders() {
    const out = Object.create(null);
    const headers = this[kOutHeaders];
    if (headers) for (const k of Object.keys(headers)) out[k] = headers[k][1];
    return out;
  }

  hasHeader(name) {
    validateString(name, 'name');
    return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this[kState].headersSent) throw new ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    if (key === 'date') this.sendDate = false;
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  }

  writeHead(statusCode, reason, obj) {
    if (this[kState].headersSent) throw new ERR_HTTP_HEADERS_SENT('write');
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      obj = obj === undefined ? reason : obj;
    }
    this.statusCode = statusCode;
    if (obj) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (const [k, v] of obj) this.appendHeader(k, v);
        } else {
          if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
          for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
          for (let n = 0; n < obj.length; n += 2) this.appendHeader(obj[n], obj[n + 1]);
        }
      } else {
        for (const k of Object.keys(obj)) if (obj[k] !== undefined) this.setHeader(k, obj[k]);
      }
    }
    this._send();
    return this;
  }

  _send() {
    const state = this[kState];
    if (state.headersSent) return;
    if (this.statusMessage === undefined) this.statusMessage = STATUS_CODES[this.statusCode] || 'unknown';
    state.headersSent = true;
    const flat = [];
    const headers = this[kOutHeaders];
    if (headers) {
      for (const k of Object.keys(headers)) {
        const [name, value] = headers[k];
        if (Array.isArray(value)) for (const v of value) flat.push(name, String(v));
        else flat.push(name, String(value));
      }
    }
    if (state.destroyed) return;
    this[kStream].respond(this.statusCode, String(this.statusMessage), flat, this.sendDate);
  }

  flushHeaders() {
    if (!this[kState].headersSent) this.writeHead(this.statusCode);
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    const state = this[kState];
    if (state.ending) {
      const err = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        this.emit('error', err);
        if (typeof cb === 'function') cb(err);
      });
      return false;
    }
    if (state.destroyed) {
      const err = new ERR_STREAM_DESTROYED('write');
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (!state.headersSent) this._send();
    return this._write(chunk, encoding, cb);
  }

  _write(chunk, encoding, cb) {
    const state = this[kState];
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
    if (buf.length === 0) {
      if (typeof cb === 'function') process.nextTick(cb);
      return state.pending < kHighWaterMark;
    }
    state.pending += buf.length;
    state.cbs.push({ n: buf.length, cb });
    this[kStream].write(buf);
    const ok = state.pending < kHighWaterMark;
    if (!ok) state.needDrain = true;
    return ok;
  }

  _onWritten() {
    const state = this[kState];
    const w = state.cbs.shift();
    if (!w) return;
    state.pending -= w.n;
    if (typeof w.cb === 'function') w.cb();
    if (state.needDrain && state.pending === 0) {
      state.needDrain = false;
      this.emit('drain');
    }
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    const state = this[kState];
    if (state.ending) {
      if (typeof cb === 'function') {
        if (state.finished) process.nextTick(cb, new ERR_STREAM_ALREADY_FINISHED('end'));
        else this.once('finish', cb);
      }
      return this;
    }
    // As OutgoingMessage: a body given whole to end() gets a Content-Length unless the headers say
    // otherwise (a declared Trailer means chunked).
    const implicitLength = !state.headersSent && !this.hasHeader('content-length') &&
      !this.hasHeader('transfer-encoding') && !this.hasHeader('trailer');
    if (chunk !== null && chunk !== undefined) {
      if (implicitLength) {
        const len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding || 'utf8') : chunk.length;
        this.setHeader('Content-Length', len);
      }
      this.write(chunk, encoding);
    } else if (implicitLength) {
      this.setHeader('Content-Length', 0);
    }
    if (!state.headersSent) this._send();
    state.ending = true;
    this.writable = false;
    if (typeof cb === 'function') this.once('finish', cb);
    if (!state.destroyed) {
      const trailers = state.trailers;
      this[kStream].end(trailers);
    }
    return this;
  }

  addTrailers(headers) {
    const flat = this[kState].trailers || (this[kState].trailers = []);
    const list = Array.isArray(headers) ? headers : Object.keys(headers).map((k) => [k, headers[k]]);
    for (const [k, v] of list) {
      if (typeof k !== 'string' || !k || !checkIsHttpToken(k)) throw new ERR_INVALID_HTTP_TOKEN('Trailer name', k);
      if (checkInvalidHeaderChar(String(v))) throw new ERR_INVALID_CHAR('trailer content', k);
      flat.push(k, String(v));
    }
  }

  writeContinue(cb) {
    // net/http answers "100 Continue" itself when the handler first reads the body.
    this[kStream].resume();
    if (typeof cb === 'function') process.nextTick(cb);
  }

  writeProcessing() {}

  writeEarlyHints(hints, cb) {
    validateObject(hints, 'hints');
    validateLinkHeaderValue(hints.link);
    if (typeof cb === 'function') process.nextTick(cb);
  }

  setTimeout(msecs, callback) {
    if (this._socket) this._socket.setTimeout(msecs, callback);
    return this;
  }

  cork() {}

  uncork() {}

  destroy(err) {
    const state = this[kState];
    if (state.destroyed) return this;
    state.destroyed = true;
    this.destroyed = true;
    this[kStream].destroy();
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }

  // The handler goroutine is done: the response was written out (finished) or the connection
  // went away before that.
  _onClose(finished) {
    const state = this[kState];
    if (state.closed) return;
    state.closed = true;
    const req = this.req;
    if (!finished && !req.complete) {
      req.aborted = true;
      req.emit('aborted');
    }
    req[kState].closed = true;
    if (!req.readableEnded) {
      req.push(null);
      if (!req.readableFlowing) req.resume();
    }
    if (finished) {
      state.finished = true;
      this.emit('finish');
    }
    this.destroyed = true;
    const socket = this._socket;
    process.nextTick(() => {
      // http.Server's order: the response's 'close', then the request's.
      this.emit('close');
      req.emit('close');
    });
  }
}

const kHTTP1Sockets = Symbol('http1-sockets');

// Called by the binding for each HTTP/1 request (this = the server). Requests on one connection
// share one socket object, as in Node.
function onHTTP1Request(info, handle) {
  const server = this;
  const connId = info.socket.connId;
  let socket = connId !== undefined ? server[kHTTP1Sockets].get(connId) : undefined;
  if (socket === undefined) {
    const sinfo = Object.assign({}, info.socket);
    delete sinfo.connId;
    socket = new Http1Socket(sinfo, null);
    if (connId !== undefined) server[kHTTP1Sockets].set(connId, socket);
  }
  const req = new Http1IncomingMessage(socket, info, handle);
  const res = new Http1ServerResponse(req, handle);
  socket._httpMessage = res;
  const target = {
    data: (buf) => req._onData(buf),
    end: (trailers) => req._onEnd(trailers),
    written: () => res._onWritten(),
    close: (finished) => res._onClose(finished),
  };
  process.nextTick(emitHTTP1Request, server, req, res);
  return target;
}

function emitHTTP1Request(server, req, res) {
  if (req.headers.expect !== undefined && /(?:^|\W)100-continue(?:$|\W)/i.test(req.headers.expect)) {
    if (server.listenerCount('checkContinue') > 0) {
      server.emit('checkContinue', req, res);
    } else {
      res.writeContinue();
      server.emit('request', req, res);
    }
    return;
  }
  if (req.headers.expect !== undefined) {
    if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(HTTP_STATUS_EXPECTATION_FAILED);
      res.end();
    }
    return;
  }
  server.emit('request', req, res);
}

// Called by the binding for a TLS connection that negotiated neither h2 nor (with allowHTTP1)
// http/1.1 (this = the server). handle: { destroy(), end(buf) }; the returned object's close()
// is called when the connection is gone.
function onUnknownProtocol(info, handle, timeoutMs) {
  const server = this;
  const socket = new Http1Socket(info, handle);
  socket.alpnProtocol = info.alpnProtocol || false;
  process.nextTick(() => {
    if (socket.destroyed) return;
    if (!server.emit('unknownProtocol', socket)) {
      const timer = setTimeout(() => {
        if (!socket.destroyed) socket.destroy();
      }, timeoutMs);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
      socket.end('HTTP/1.0 403 Forbidden\r\n' +
        'Content-Type: text/plain\r\n\r\n' +
        'Missing ALPN Protocol, expected `h2` to be available.\n' +
        'If this is a HTTP request: The server was not ' +
        'configured with the `allowHTTP1` option or a ' +
        'listener for the `unknownProtocol` event.\n');
    }
  });
  return { close: () => socket._closed() };
}

// Called by the binding when an HTTP/1 connection is gone (this = the server).
function onHTTP1ConnClose(connId) {
  const socket = this[kHTTP1Sockets].get(connId);
  if (socket === undefined) return;
  this[kHTTP1Sockets].delete(connId);
  socket._closed();
}

function setupSecure(server, handle, options) {
  if (typeof handle.setFallback !== 'function') return;
  server[kHTTP1Sockets] = new Map();
  handle.setFallback(options.allowHTTP1 === true, onHTTP1Request.bind(server),
    onUnknownProtocol.bind(server), options.unknownProtocolTimeout, onHTTP1ConnClose.bind(server));
}

module.exports = {
  setup,
  setupSecure,
  onServerStream,
  Http2ServerRequest,
  Http2ServerResponse,
  Http1IncomingMessage,
  Http1ServerResponse,
};
