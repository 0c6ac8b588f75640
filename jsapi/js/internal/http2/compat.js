'use strict';
// The HTTP/1 compatibility API of node:http2 (Node's lib/internal/http2/compat.js): the server
// 'request', 'checkContinue', 'checkExpectation' and 'connect' events with Http2ServerRequest and
// Http2ServerResponse over a ServerHttp2Stream; and, for createSecureServer({ allowHTTP1: true }),
// HTTP/1.1 connections (served by Go's net/http, see jsapi/http1.go) delivered to the same
// 'request' listeners through Http1IncomingMessage/Http1ServerResponse, small stand-ins for
// http.IncomingMessage/http.ServerResponse. Without allowHTTP1 a TLS connection that did not
// negotiate h2 is announced with 'unknownProtocol' and destroyed, as in Node.
//
// setup(server, options) is called by core when the first 'request' listener is added;
// setupSecure(server, handle, options) when a secure server is created.

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

const kBeginSend = Symbol('begin-send');
const kState = Symbol('state');
const kStream = Symbol('stream');
const kRequest = Symbol('request');
const kResponse = Symbol('response');
const kProxySocket = Symbol('proxy-socket');
const kHeaders = Symbol('headers');
const kRawHeaders = Symbol('rawHeaders');
const kTrailers = Symbol('trailers');
const kRawTrailers = Symbol('rawTrailers');
const kSetHeader = Symbol('setHeader');
const kAppendHeader = Symbol('appendHeader');
const kAborted = Symbol('aborted');

let statusMessageWarned = false;
let statusConnectionHeaderWarned = false;

function getAuthority(headers) {
  if (headers[HTTP2_HEADER_AUTHORITY] !== undefined) return headers[HTTP2_HEADER_AUTHORITY];
  if (headers[HTTP2_HEADER_HOST] !== undefined) return headers[HTTP2_HEADER_HOST];
}

function assertValidHeader(name, value) {
  if (name === '' || typeof name !== 'string' || name.includes(' ')) {
    throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  }
  if (isPseudoHeader(name)) throw new ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
  if (value === undefined || value === null) throw new ERR_HTTP2_INVALID_HEADER_VALUE(value, name);
  if (!isConnectionHeaderAllowed(name, value)) connectionHeaderMessageWarn();
}

function isPseudoHeader(name) {
  switch (name) {
    case HTTP2_HEADER_STATUS:
    case HTTP2_HEADER_METHOD:
    case HTTP2_HEADER_PATH:
    case HTTP2_HEADER_AUTHORITY:
    case HTTP2_HEADER_SCHEME:
      return true;
    default:
      return false;
  }
}

function statusMessageWarn() {
  if (statusMessageWarned === false) {
    process.emitWarning('Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)', 'UnsupportedWarning');
    statusMessageWarned = true;
  }
}

function isConnectionHeaderAllowed(name, value) {
  return name !== HTTP2_HEADER_CONNECTION || value === 'trailers';
}

function connectionHeaderMessageWarn() {
  if (statusConnectionHeaderWarned === false) {
    process.emitWarning('The provided connection header is not valid, ' +
      'the value will be dropped from the header and will never be in use.', 'UnsupportedWarning');
    statusConnectionHeaderWarned = true;
  }
}

const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const kLinkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function validateLinkHeaderFormat(value, name) {
  if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, kLinkFormat);
  }
}

function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints, 'hints');
    return hints;
  } else if (Array.isArray(hints)) {
    let result = '';
    for (let i = 0; i < hints.length; i++) {
      validateLinkHeaderFormat(hints[i], 'hints');
      result += hints[i];
      if (i !== hints.length - 1) result += ', ';
    }
    return result;
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, kLinkFormat);
}

// ---------------------------------------------------------------------------------------------
// HTTP/2: stream listeners

function onStreamData(chunk) {
  const request = this[kRequest];
  if (request !== undefined && !request.push(chunk)) this.pause();
}

function onStreamTrailers(trailers, flags, rawTrailers) {
  const request = this[kRequest];
  if (request !== undefined) {
    Object.assign(request[kTrailers], trailers);
    request[kRawTrailers].push(...rawTrailers);
  }
}

function onStreamEnd() {
  const request = this[kRequest];
  if (request !== undefined) this[kRequest].push(null);
}

function onStreamError(error) {
  // Errors in compatibility mode are not forwarded to the request and response objects.
}

function onRequestPause() {
  this[kStream].pause();
}

function onRequestResume() {
  this[kStream].resume();
}

function onStreamDrain() {
  const response = this[kResponse];
  if (response !== undefined) response.emit('drain');
}

function onStreamAbortedRequest() {
  const request = this[kRequest];
  if (request !== undefined && request[kState].closed === false) {
    request[kAborted] = true;
    request.emit('aborted');
  }
}

function onStreamAbortedResponse() {
  // nothing, as in Node
}

function resumeStream(stream) {
  stream.resume();
}

// The session's socket: Node's session[kSocket]; here the session's own socket proxy, which
// forwards everything but the forbidden methods to the connection's description.
function sessionSocket(stream) {
  const session = stream.session;
  return session !== undefined ? session.socket : stream;
}

const proxySocketHandler = {
  has(stream, prop) {
    const ref = sessionSocket(stream);
    return (prop in stream) || (prop in ref);
  },

  get(stream, prop) {
    switch (prop) {
      case 'on':
      case 'once':
      case 'end':
      case 'emit':
      case 'destroy':
        return stream[prop].bind(stream);
      case 'writable':
      case 'destroyed':
        return stream[prop];
      case 'readable': {
        if (stream.destroyed) return false;
        const request = stream[kRequest];
        return request ? request.readable : stream.readable;
      }
      case 'setTimeout': {
        const session = stream.session;
        if (session !== undefined) return session.setTimeout.bind(session);
        return stream.setTimeout.bind(stream);
      }
      case 'write':
      case 'read':
      case 'pause':
      case 'resume':
        throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
      default: {
        const ref = sessionSocket(stream);
        const value = ref[prop];
        return typeof value === 'function' ? value.bind(ref) : value;
      }
    }
  },
  getPrototypeOf(stream) {
    return Reflect.getPrototypeOf(sessionSocket(stream));
  },
  set(stream, prop, value) {
    switch (prop) {
      case 'writable':
      case 'readable':
      case 'destroyed':
      case 'on':
      case 'once':
      case 'end':
      case 'emit':
      case 'destroy':
        stream[prop] = value;
        return true;
      case 'setTimeout': {
        const session = stream.session;
        if (session !== undefined) session.setTimeout = value;
        else stream.setTimeout = value;
        return true;
      }
      case 'write':
      case 'read':
      case 'pause':
      case 'resume':
        throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
      default: {
        const ref = sessionSocket(stream);
        ref[prop] = value;
        return true;
      }
    }
  },
};

function onStreamCloseRequest() {
  const req = this[kRequest];
  if (req === undefined) return;
  const state = req[kState];
  state.closed = true;
  req.push(null);
  // If the user didn't interact with incoming data and didn't pipe it, dump it for compatibility
  // with http1.
  if (!state.didRead && !req._readableState.resumeScheduled) req.resume();
  this[kProxySocket] = null;
  this[kRequest] = undefined;
  req.emit('close');
}

function onStreamTimeout(kind) {
  return function onStreamTimeout() {
    const obj = this[kind];
    if (obj !== undefined) obj.emit('timeout');
  };
}

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super(Object.assign({ autoDestroy: false }, options));
    this[kState] = {
      closed: false,
      didRead: false,
    };
    this[kHeaders] = headers;
    this[kRawHeaders] = rawHeaders;
    this[kTrailers] = {};
    this[kRawTrailers] = [];
    this[kStream] = stream;
    this[kAborted] = false;
    stream[kProxySocket] = null;
    stream[kRequest] = this;

    stream.on('trailers', onStreamTrailers);
    stream.on('end', onStreamEnd);
    stream.on('error', onStreamError);
    stream.on('aborted', onStreamAbortedRequest);
    stream.on('close', onStreamCloseRequest);
    stream.on('timeout', onStreamTimeout(kRequest));
    this.on('pause', onRequestPause);
    this.on('resume', onRequestResume);
  }

  get aborted() {
    return this[kAborted];
  }

  get complete() {
    return this[kAborted] || this.readableEnded || this[kState].closed || this[kStream].destroyed;
  }

  get stream() {
    return this[kStream];
  }

  get headers() {
    return this[kHeaders];
  }

  get rawHeaders() {
    return this[kRawHeaders];
  }

  get trailers() {
    return this[kTrailers];
  }

  get rawTrailers() {
    return this[kRawTrailers];
  }

  get httpVersionMajor() {
    return 2;
  }

  get httpVersionMinor() {
    return 0;
  }

  get httpVersion() {
    return '2.0';
  }

  get socket() {
    const stream = this[kStream];
    const proxySocket = stream[kProxySocket];
    if (proxySocket === null || proxySocket === undefined) {
      return stream[kProxySocket] = new Proxy(stream, proxySocketHandler);
    }
    return proxySocket;
  }

  get connection() {
    return this.socket;
  }

  _read(nread) {
    const state = this[kState];
    if (state.closed) return;
    if (!state.didRead) {
      state.didRead = true;
      this[kStream].on('data', onStreamData);
    } else {
      process.nextTick(resumeStream, this[kStream]);
    }
  }

  get method() {
    return this[kHeaders][HTTP2_HEADER_METHOD];
  }

  set method(method) {
    validateString(method, 'method');
    if (method.trim() === '') throw new ERR_INVALID_ARG_VALUE('method', method);
    this[kHeaders][HTTP2_HEADER_METHOD] = method;
  }

  get authority() {
    return getAuthority(this[kHeaders]);
  }

  get scheme() {
    return this[kHeaders][HTTP2_HEADER_SCHEME];
  }

  get url() {
    return this[kHeaders][HTTP2_HEADER_PATH];
  }

  set url(url) {
    this[kHeaders][HTTP2_HEADER_PATH] = url;
  }

  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }
}

function onStreamTrailersReady() {
  this.sendTrailers(this[kResponse][kTrailers]);
}

function onStreamCloseResponse() {
  const res = this[kResponse];
  if (res === undefined) return;
  const state = res[kState];
  if (this.headRequest !== state.headRequest) return;
  state.closed = true;
  this[kProxySocket] = null;
  this.removeListener('wantTrailers', onStreamTrailersReady);
  this[kResponse] = undefined;
  res.emit('finish');
  res.emit('close');
}

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    super(options);
    this[kState] = {
      closed: false,
      ending: false,
      destroyed: false,
      headRequest: false,
      sendDate: true,
      statusCode: HTTP_STATUS_OK,
    };
    this[kHeaders] = Object.create(null);
    this[kTrailers] = Object.create(null);
    this[kStream] = stream;
    stream[kProxySocket] = null;
    stream[kResponse] = this;
    this.writable = true;
    // Node's core initializes stream[kRequest] to null: a pushed stream's response has req null.
    this.req = stream[kRequest] === undefined ? null : stream[kRequest];
    stream.on('drain', onStreamDrain);
    stream.on('aborted', onStreamAbortedResponse);
    stream.on('close', onStreamCloseResponse);
    stream.on('wantTrailers', onStreamTrailersReady);
    stream.on('timeout', onStreamTimeout(kResponse));
  }

  // finalhandler and friends only check this for truthiness.
  get _header() {
    return this.headersSent;
  }

  get writableEnded() {
    return this[kState].ending;
  }

  get finished() {
    return this[kState].ending;
  }

  get socket() {
    // As in http1, only the response drops its socket once closed.
    if (this[kState].closed) return undefined;
    const stream = this[kStream];
    const proxySocket = stream[kProxySocket];
    if (proxySocket === null || proxySocket === undefined) {
      return stream[kProxySocket] = new Proxy(stream, proxySocketHandler);
    }
    return proxySocket;
  }

  get connection() {
    return this.socket;
  }

  get stream() {
    return this[kStream];
  }

  get headersSent() {
    return this[kStream].headersSent;
  }

  get sendDate() {
    return this[kState].sendDate;
  }

  set sendDate(bool) {
    this[kState].sendDate = Boolean(bool);
  }

  get statusCode() {
    return this[kState].statusCode;
  }

  get writableCorked() {
    return this[kStream].writableCorked;
  }

  get writableHighWaterMark() {
    return this[kStream].writableHighWaterMark;
  }

  get writableFinished() {
    return this[kStream].writableFinished;
  }

  get writableLength() {
    return this[kStream].writableLength;
  }

  set statusCode(code) {
    code |= 0;
    if (code >= 100 && code < 200) throw new ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    this[kState].statusCode = code;
  }

  setTrailer(name, value) {
    validateString(name, 'name');
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    this[kTrailers][name] = value;
  }

  addTrailers(headers) {
    const keys = Object.keys(headers);
    for (let i = 0; i < keys.length; i++) this.setTrailer(keys[i], headers[keys[i]]);
  }

  getHeader(name) {
    validateString(name, 'name');
    name = name.trim().toLowerCase();
    return this[kHeaders][name];
  }

  getHeaderNames() {
    return Object.keys(this[kHeaders]);
  }

  getHeaders() {
    return Object.assign(Object.create(null), this[kHeaders]);
  }

  hasHeader(name) {
    validateString(name, 'name');
    name = name.trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(this[kHeaders], name);
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    if (name === 'date') {
      this[kState].sendDate = false;
      return;
    }
    delete this[kHeaders][name];
  }

  setHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this[kSetHeader](name, value);
  }

  [kSetHeader](name, value) {
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (!isConnectionHeaderAllowed(name, value)) return;
    if (name[0] === ':') {
      const err = assertValidPseudoHeader(name);
      if (err !== undefined) throw err;
    } else if (!checkIsHttpToken(name)) {
      this.destroy(new ERR_INVALID_HTTP_TOKEN('Header name', name));
    }
    this[kHeaders][name] = value;
  }

  appendHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this[kAppendHeader](name, value);
  }

  [kAppendHeader](name, value) {
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (!isConnectionHeaderAllowed(name, value)) return;
    if (name[0] === ':') {
      const err = assertValidPseudoHeader(name);
      if (err !== undefined) throw err;
    } else if (!checkIsHttpToken(name)) {
      this.destroy(new ERR_INVALID_HTTP_TOKEN('Header name', name));
    }
    const headers = this[kHeaders];
    if (headers === null || !headers[name]) return this.setHeader(name, value);
    if (!Array.isArray(headers[name])) headers[name] = [headers[name]];
    const existingValues = headers[name];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) existingValues.push(value[i]);
    } else {
      existingValues.push(value);
    }
  }

  get statusMessage() {
    statusMessageWarn();
    return '';
  }

  set statusMessage(msg) {
    statusMessageWarn();
  }

  flushHeaders() {
    const state = this[kState];
    if (!state.closed && !this[kStream].headersSent) this.writeHead(state.statusCode);
  }

  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    if (state.closed || this.stream.destroyed || this.stream.closed) return this;
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (typeof statusMessage === 'string') statusMessageWarn();
    if (headers === undefined && typeof statusMessage === 'object') headers = statusMessage;

    let i;
    if (Array.isArray(headers)) {
      if (this[kHeaders]) {
        // Headers given here override earlier ones but may hold explicit duplicates: remove the
        // conflicts first, then append.
        if (headers.length && Array.isArray(headers[0])) {
          for (let n = 0; n < headers.length; n += 1) this.removeHeader(headers[n][0]);
        } else {
          for (let n = 0; n < headers.length; n += 2) this.removeHeader(headers[n]);
        }
      }
      if (headers.length && Array.isArray(headers[0])) {
        for (i = 0; i < headers.length; i++) this[kAppendHeader](headers[i][0], headers[i][1]);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (i = 0; i < headers.length; i += 2) this[kAppendHeader](headers[i], headers[i + 1]);
      }
    } else if (typeof headers === 'object') {
      const keys = Object.keys(headers);
      for (i = 0; i < keys.length; i++) this[kSetHeader](keys[i], headers[keys[i]]);
    }

    state.statusCode = statusCode;
    this[kBeginSend]();
    return this;
  }

  cork() {
    this[kStream].cork();
  }

  uncork() {
    this[kStream].uncork();
  }

  write(chunk, encoding, cb) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    let err;
    if (state.ending) {
      err = new ERR_STREAM_WRITE_AFTER_END();
    } else if (state.closed) {
      err = new ERR_HTTP2_INVALID_STREAM();
    } else if (state.destroyed) {
      return false;
    }
    if (err) {
      if (typeof cb === 'function') process.nextTick(cb, err);
      this.destroy(err);
      return false;
    }
    const stream = this[kStream];
    if (!stream.headersSent) this.writeHead(state.statusCode);
    return stream.write(chunk, encoding, cb);
  }

  end(chunk, encoding, cb) {
    const stream = this[kStream];
    const state = this[kState];
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if ((state.closed || state.ending) && state.headRequest === stream.headRequest) {
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.headRequest = stream.headRequest;
    state.ending = true;
    if (typeof cb === 'function') {
      if (stream.writableEnded) this.once('finish', cb);
      else stream.once('finish', cb);
    }
    if (!stream.headersSent) this.writeHead(this[kState].statusCode);
    if (this[kState].closed || stream.destroyed) onStreamCloseResponse.call(stream);
    else stream.end();
    return this;
  }

  destroy(err) {
    if (this[kState].destroyed) return;
    this[kState].destroyed = true;
    this[kStream].destroy(err);
  }

  setTimeout(msecs, callback) {
    if (this[kState].closed) return;
    this[kStream].setTimeout(msecs, callback);
  }

  createPushResponse(headers, callback) {
    validateFunction(callback, 'callback');
    if (this[kState].closed) {
      process.nextTick(callback, new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    this[kStream].pushStream(headers, {}, (err, stream, headers, options) => {
      if (err) {
        callback(err);
        return;
      }
      callback(null, new Http2ServerResponse(stream));
    });
  }

  [kBeginSend]() {
    const state = this[kState];
    const headers = this[kHeaders];
    headers[HTTP2_HEADER_STATUS] = state.statusCode;
    const options = {
      endStream: state.ending,
      waitForTrailers: true,
      sendDate: state.sendDate,
    };
    this[kStream].respond(headers, options);
  }

  // Like Node: no callback support.
  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ [HTTP2_HEADER_STATUS]: HTTP_STATUS_CONTINUE });
    return true;
  }

  writeEarlyHints(hints) {
    validateObject(hints, 'hints');
    const headers = Object.create(null);
    const linkHeaderValue = validateLinkHeaderValue(hints.link);
    for (const key of Object.keys(hints)) {
      if (key !== 'link') headers[key] = hints[key];
    }
    if (linkHeaderValue.length === 0) return false;
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders(Object.assign({}, headers, {
      [HTTP2_HEADER_STATUS]: HTTP_STATUS_EARLY_HINTS,
      'Link': linkHeaderValue,
    }));
    return true;
  }
}

function onServerStream(ServerRequest, ServerResponse, stream, headers, flags, rawHeaders) {
  const server = this;
  const request = new ServerRequest(stream, headers, undefined, rawHeaders);
  const response = new ServerResponse(stream);

  const method = headers[HTTP2_HEADER_METHOD];
  if (method === 'CONNECT') {
    if (!server.emit('connect', request, response)) {
      response.statusCode = HTTP_STATUS_METHOD_NOT_ALLOWED;
      response.end();
    }
    return;
  }

  if (headers.expect !== undefined) {
    if (headers.expect === '100-continue') {
      if (server.listenerCount('checkContinue')) {
        server.emit('checkContinue', request, response);
      } else {
        response.writeContinue();
        server.emit('request', request, response);
      }
    } else if (server.listenerCount('checkExpectation')) {
      server.emit('checkExpectation', request, response);
    } else {
      response.statusCode = HTTP_STATUS_EXPECTATION_FAILED;
      response.end();
    }
    return;
  }

  server.emit('request', request, response);
}

function setup(server, options) {
  options = options || {};
  const Req = options.Http2ServerRequest || Http2ServerRequest;
  const Res = options.Http2ServerResponse || Http2ServerResponse;
  server.on('stream', onServerStream.bind(server, Req, Res));
}

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
