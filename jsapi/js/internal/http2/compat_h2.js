'use strict';
// The HTTP/2 half of node:http2's compatibility API: Http2ServerRequest (a Readable) and
// Http2ServerResponse (a legacy Stream with write/end) wrapped around one ServerHttp2Stream, so
// that handlers written for http.createServer() can serve HTTP/2 streams.
//
// Written from Node's documentation ("Compatibility API" in doc/api/http2.md) and from Node 20's
// observable behaviour (event order, return values, error codes and messages); the probe results
// that shaped the less obvious choices are noted next to the code that depends on them.
//
// Shape: every ServerHttp2Stream served here gets one Exchange record (stored on the stream under
// kExchange) that links it to its request and response objects. The stream listeners are shared
// plain functions that find the exchange through `this`, so serving a request allocates no
// closures. Only the listeners every exchange needs ('close', 'aborted', 'error') are added up
// front; the others are added by the first call that can make their event matter (reading the
// body, setTimeout, a write that returns false, setTrailer, or any use of req.stream/res.stream,
// after which the stream may be driven directly). Exports used by compat.js: setup,
// onServerStream, Http2ServerRequest, Http2ServerResponse, validateLinkHeaderValue.

const { Readable, Stream } = require('stream');
const EventEmitter = require('events');
const ticks = require('internal/ticks');
// The Readable's own tick steps, for a request woken while its drain ticks are queued.
const { emitReadableNow, resumeNow, emitEnd } = require('internal/streams/readable');
const {
  codes, validateFunction, validateNumber, validateObject, validateString,
} = require('internal/errors');
const { checkIsHttpToken } = require('internal/http2/util');

const {
  ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INFO_STATUS_NOT_ALLOWED, ERR_HTTP2_INVALID_HEADER_VALUE,
  ERR_HTTP2_INVALID_PSEUDOHEADER, ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_NO_SOCKET_MANIPULATION,
  ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED, ERR_HTTP2_STATUS_INVALID, ERR_INVALID_ARG_VALUE,
  ERR_INVALID_HTTP_TOKEN, ERR_STREAM_WRITE_AFTER_END,
} = codes;

const kExchange = Symbol('http2.compat.exchange');
const kIncoming = Symbol('http2.compat.incoming');
const kOutgoing = Symbol('http2.compat.outgoing');
const kSendHead = Symbol('http2.compat.sendHead');
const kServerClasses = Symbol('http2.compat.classes');

// ---------------------------------------------------------------------------------------------
// Process-wide warnings. Node warns once per process for each kind, however many responses
// trigger it (probed: two requests each reading statusMessage give one warning).

let statusMessageWarned = false;
let connectionHeaderWarned = false;

function warnStatusMessage() {
  if (statusMessageWarned) return;
  statusMessageWarned = true;
  process.emitWarning('Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)', 'UnsupportedWarning');
}

function warnConnectionHeader() {
  if (connectionHeaderWarned) return;
  connectionHeaderWarned = true;
  process.emitWarning('The provided connection header is not valid, the value will be dropped ' +
    'from the header and will never be in use.', 'UnsupportedWarning');
}

// ---------------------------------------------------------------------------------------------
// Header field checks shared by setHeader/appendHeader/setTrailer.

// Response pseudo-headers a handler may not set by name: Node answers with
// ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED for these, ERR_HTTP2_INVALID_PSEUDOHEADER for names that are
// no pseudo-header at all (':foo'), and lets ':protocol' through to respond(), which rejects it.
const kReservedPseudo = new Set([':status', ':method', ':path', ':authority', ':scheme']);

// Names are compared trimmed and lower-cased (getHeader(' X-Y ') finds 'x-y' in Node).
function fieldKey(name) {
  validateString(name, 'name');
  return name.trim().toLowerCase();
}

// Names setHeader() accepted before that need no work: already trimmed and lower-case, valid
// tokens, neither pseudo-headers nor 'connection'. A server uses a small fixed set of names; the
// set stops growing at 256 in case one does not.
const kPlainNames = new Set();

function rememberPlain(name, key) {
  if (name === key && key.charCodeAt(0) !== 58 /* ':' */ && kPlainNames.size < 256) kPlainNames.add(key);
}

// Throws for a name/value a response may not carry. Trailers skip the pseudo-header rules.
function checkField(key, value, trailer) {
  if (key.charCodeAt(0) === 58 /* ':' */) {
    if (!trailer) {
      if (kReservedPseudo.has(key)) throw new ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
      if (key !== ':protocol') throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
    }
  } else if (!checkIsHttpToken(key)) {
    throw new ERR_INVALID_HTTP_TOKEN('Header name', key);
  }
  if (value === undefined || value === null) throw new ERR_HTTP2_INVALID_HEADER_VALUE(value, key);
}

// ---------------------------------------------------------------------------------------------
// Early hints: the Link values writeEarlyHints accepts. Reverse-engineered from Node 20's answers:
// a <target> with no surrounding blanks, then any number of ";param" parts, each a token, a
// token=value or =value, where a value is bare or "quoted" and contains no blank, ';' or '"'.
// A list in one string ("</a>, </b>") is rejected: lists are given as arrays.

const kLinkValue = /^<[^>]*>(?:[ \t]*;[ \t]*(?:[^;"\s=]+|[^;"\s=]*=(?:"[^;"\s]*"|[^;"\s]*)))*$/;

function badHints(value) {
  return new ERR_INVALID_ARG_VALUE('hints', value,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

// Returns the value to send as the link header ('' for an empty list); throws
// ERR_INVALID_ARG_VALUE naming the offending entry. compat.js uses it for HTTP/1 too.
function validateLinkHeaderValue(link) {
  if (typeof link === 'string') {
    if (!kLinkValue.test(link)) throw badHints(link);
    return link;
  }
  if (!Array.isArray(link)) throw badHints(link);
  for (let i = 0; i < link.length; i++) {
    const entry = link[i];
    if (typeof entry !== 'string' || !kLinkValue.test(entry)) throw badHints(entry);
  }
  return link.join(', ');
}

// ---------------------------------------------------------------------------------------------
// The exchange: one per stream, shared by the request (if any: pushed responses have none) and
// the response.

// Listener groups added on demand (Exchange.hooked bits).
const H_DATA = 1; // 'data': the request body is being read
const H_END = 2; // 'end' of the request body (read, or the stream was resumed directly)
const H_TRAILERS = 4; // 'trailers': the request may carry trailers
const H_TIMEOUT = 8; // 'timeout'
const H_DRAIN = 16; // 'drain'
const H_WANT_TRAILERS = 32; // 'wantTrailers': the response has trailers to send
const H_EXPOSED = H_END | H_TRAILERS | H_TIMEOUT | H_DRAIN | H_WANT_TRAILERS;

class Exchange {
  constructor(stream) {
    this.stream = stream;
    this.request = null;
    this.response = null;
    this.closed = false;
    this.socketView = null;
    this.hooked = 0;
  }
}

// True once the stream can no longer carry a response head: closed (stream.close() included,
// before its 'close' event) or destroyed.
function streamGone(ex) {
  const stream = ex.stream;
  return ex.closed || stream.destroyed || stream.closed === true;
}

function exchangeOf(stream) {
  let ex = stream[kExchange];
  if (ex === undefined) {
    ex = new Exchange(stream);
    stream[kExchange] = ex;
    stream.on('aborted', relayAborted);
    // The stream's errors are not re-emitted on req/res (Node neither does: a client reset with
    // INTERNAL_ERROR reaches the handler as 'aborted' + 'close'); the listener keeps them from
    // becoming uncaught exceptions.
    stream.on('error', ignoreStreamError);
    stream.on('close', relayClose);
    // Trailers follow a body: a request that ended with its headers has none.
    if (!stream.endAfterHeaders) hook(ex, H_TRAILERS);
  }
  return ex;
}

// Adds the stream listeners of the groups in `bits` that are not there yet.
function hook(ex, bits) {
  const missing = bits & ~ex.hooked;
  if (missing === 0) return;
  ex.hooked |= missing;
  const stream = ex.stream;
  if (missing & H_DATA) stream.on('data', relayData);
  if (missing & H_END) stream.on('end', relayEnd);
  if (missing & H_TRAILERS) stream.on('trailers', relayTrailers);
  if (missing & H_TIMEOUT) stream.on('timeout', relayTimeout);
  if (missing & H_DRAIN) stream.on('drain', relayDrain);
  if (missing & H_WANT_TRAILERS) stream.on('wantTrailers', relayWantTrailers);
}

// req.stream/res.stream hand the stream out: from then on anything may happen to it directly
// (its own setTimeout, writes, resume...), so every relay is put in place. The body stays
// unread.
function exposedStream(ex) {
  if ((ex.hooked & H_EXPOSED) !== H_EXPOSED) hook(ex, H_EXPOSED);
  return ex.stream;
}

// Stream listeners (this = the stream).

function relayData(chunk) {
  const req = this[kExchange].request;
  if (req !== null && !req.push(chunk)) this.pause();
}

function relayEnd() {
  const req = this[kExchange].request;
  if (req !== null) endBody(req);
}

function relayTrailers(trailers, flags, raw) {
  const req = this[kExchange].request;
  if (req === null) return;
  const inc = req[kIncoming];
  inc.trailers = trailers;
  if (Array.isArray(raw)) {
    inc.rawTrailers = raw;
  } else {
    const list = [];
    for (const name of Object.keys(trailers)) {
      const v = trailers[name];
      if (Array.isArray(v)) for (const one of v) list.push(name, String(one));
      else list.push(name, String(v));
    }
    inc.rawTrailers = list;
  }
}

function relayAborted() {
  const req = this[kExchange].request;
  if (req === null) return;
  req[kIncoming].aborted = true;
  req.emit('aborted');
}

// req.setTimeout/res.setTimeout arm the stream's timer; its expiry is announced on both objects.
// Node 20 does not destroy the stream when nobody listens (probed), so neither do we.
function relayTimeout() {
  const ex = this[kExchange];
  if (ex.request !== null) ex.request.emit('timeout');
  if (ex.response !== null) ex.response.emit('timeout');
}

function relayDrain() {
  const res = this[kExchange].response;
  if (res !== null) res.emit('drain');
}

// Responses always go out with waitForTrailers (unless their headers end the stream), because
// setTrailer/addTrailers may be called until 'wantTrailers' (after end() too). Without this
// listener (no trailers were set) core answers 'wantTrailers' with the empty block itself.
function relayWantTrailers() {
  const res = this[kExchange].response;
  const trailers = res !== null ? res[kOutgoing].trailers : null;
  this.sendTrailers(trailers !== null ? trailers : {});
}

function ignoreStreamError() {}

// The stream is gone. Node's order (probed): the request's 'close', then the response's 'finish'
// and 'close' — 'finish' even when the response never ended — all before any 'close' listener
// the handler put on the stream itself; an unread request body is drained so that 'end' still
// follows.
function relayClose() {
  const ex = this[kExchange];
  ex.closed = true;
  const req = ex.request;
  if (req !== null) {
    // The body is ended and, unless the handler paused the request or reads it through
    // 'readable', resumed so that its 'end' follows; then 'close' (Node's order, probed).
    const inc = req[kIncoming];
    if (inc.dormant) {
      drainDormant(req, inc);
    } else {
      endBody(req);
      if (req.readableFlowing === null) req.resume();
    }
    req.emit('close');
  }
  const res = ex.response;
  if (res !== null) {
    res.emit('finish');
    res.emit('close');
  }
}

function endBody(req) {
  const inc = req[kIncoming];
  if (inc.eof) return;
  inc.eof = true;
  req.push(null);
}

// ---------------------------------------------------------------------------------------------
// req.socket / res.socket: a view of the session's socket in which the parts that would disturb
// the HTTP/2 framing go to the stream or the session instead (as documented for Node):
// destroyed/readable/writable and destroy/emit/end/on/once → the stream, setTimeout → the
// session, pause/read/resume/write → ERR_HTTP2_NO_SOCKET_MANIPULATION; the rest → the socket.

function refuseSocketIO() {
  throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
}

const kStreamFlags = new Set(['destroyed', 'readable', 'writable']);
const kStreamMethods = new Set(['destroy', 'emit', 'end', 'on', 'once']);
const kForbiddenIO = new Set(['pause', 'read', 'resume', 'write']);

function socketViewOf(ex) {
  if (ex.socketView !== null) return ex.socketView;
  // The view reaches the stream (on/once/emit/end...), so it counts as handing the stream out.
  const stream = exposedStream(ex);
  const session = stream.session;
  const socket = (session && session.socket) || {};
  ex.socketView = new Proxy(socket, {
    get(target, prop) {
      if (typeof prop === 'string') {
        if (kStreamFlags.has(prop)) return stream[prop];
        if (kStreamMethods.has(prop)) return stream[prop].bind(stream);
        if (kForbiddenIO.has(prop)) return refuseSocketIO;
        if (prop === 'setTimeout' && session) return session.setTimeout.bind(session);
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(target, prop, value) {
      if (typeof prop === 'string' && kStreamFlags.has(prop)) stream[prop] = value;
      else Reflect.set(target, prop, value);
      return true;
    },
  });
  return ex.socketView;
}

// ---------------------------------------------------------------------------------------------
// Http2ServerRequest
//
// Most requests are answered without anybody reading their body (a GET has none), so a request
// starts "dormant": an emitter with the Readable prototype but no _readableState. The first use
// of anything that needs the Readable machinery (read, resume, pipe, a 'data' or 'readable'
// listener, destroy, any Readable getter not mirrored below...) reaches the _readableState
// accessor, which creates the state as it would be at that moment ("waking" the request); from
// then on it is an ordinary Readable.
//
// What an unread request does when its stream closes is observable (Node 20, probed): the body
// has ended (push(null) ran when the stream's readable side ended, its 'readable' tick is over),
// resume() drains it, then 'close' is emitted; the resume tick emits 'resume' and queues the
// 'end' tick. A request whose stream was reset had no end of body before: its push(null) comes
// at the close and queues a 'readable' tick ahead of the resume tick, whose read() queues 'end'.
// A dormant request queues the same ticks in the same places with cheap bodies (no listener for
// 'data'/'readable' can exist on it); one woken in between gets a state matching the ticks
// already run, and the remaining ticks hand over to the Readable's own steps.

// inc.drain: what the close of a dormant request's stream has started (0: still open).
const D_CLOSED = 1;
const D_ANNOUNCE = 2; // the 'readable' tick is pending
const D_RESUME = 4; // the resume tick is pending
const D_END_QUEUED = 8; // the 'end' tick is pending
const D_ENDED = 16; // 'end' was emitted

// The Readable options of every request. autoDestroy stays off: 'close' belongs to the stream's
// lifetime, not to the body's end.
const kReadableOptions = Object.freeze({ autoDestroy: false });

// The stream closed under a dormant request: end and resume its body (see above).
function drainDormant(req, inc) {
  inc.eof = true;
  if (inc.aborted) {
    inc.drain = D_CLOSED | D_ANNOUNCE | D_RESUME;
    ticks.queue(announceTick, req, inc);
  } else {
    inc.drain = D_CLOSED | D_RESUME;
  }
  ticks.queue(resumeTick, req, inc);
}

function queueEnd(req, inc) {
  if (inc.drain & (D_END_QUEUED | D_ENDED)) return;
  inc.drain |= D_END_QUEUED;
  ticks.queue(endTick, req, inc);
}

// The tick of push(null) on a Readable never read: 'readable', then a read() that meets the
// end.
function announceTick(req, inc) {
  if (inc.dormant) {
    inc.drain &= ~D_ANNOUNCE;
    queueEnd(req, inc);
    return;
  }
  emitReadableNow(req);
}

// The tick of resume().
function resumeTick(req, inc) {
  if (inc.dormant) {
    inc.drain &= ~D_RESUME;
    queueEnd(req, inc);
    req.emit('resume');
    return;
  }
  resumeNow(req, req._readableState);
}

// The tick that emits 'end'.
function endTick(req, inc) {
  if (inc.dormant) {
    inc.drain = (inc.drain & ~D_END_QUEUED) | D_ENDED;
    req.emit('end');
    return;
  }
  emitEnd(req._readableState, req);
}

// Creates the Readable state of a dormant request as it would be now.
function wake(req) {
  const inc = req[kIncoming];
  const st = new Readable.ReadableState(kReadableOptions, req, false);
  Object.defineProperty(req, '_readableState', { value: st, writable: true, configurable: true, enumerable: true });
  inc.dormant = false;
  const drain = inc.drain;
  if (drain !== 0) {
    st.ended = true;
    st.flowing = true;
    st.paused = false;
    st.needReadable = false;
    st.emittedReadable = (drain & D_ANNOUNCE) !== 0;
    st.resumeScheduled = (drain & D_RESUME) !== 0;
    st.endQueued = (drain & D_END_QUEUED) !== 0;
    st.endEmitted = (drain & D_ENDED) !== 0;
  } else {
    // From now on the body ends as a woken one does: when the stream's readable side ends.
    const ex = req[kExchange];
    if (!ex.closed) hook(ex, H_END);
  }
  return st;
}

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    // Built without Readable's constructor: the state comes on first use (see above). A
    // subclass gets it at once, its own methods may expect it.
    const req = Object.create(new.target.prototype);
    const subclassed = new.target !== Http2ServerRequest;
    if (subclassed) Readable.call(req, kReadableOptions);
    else Stream.call(req);
    const ex = exchangeOf(stream);
    ex.request = req;
    req[kExchange] = ex;
    // An awake request's body ends when the stream's readable side does (see wake()).
    if (subclassed) hook(ex, H_END);
    req[kIncoming] = {
      headers,
      rawHeaders,
      trailers: null,
      rawTrailers: null,
      aborted: false,
      eof: false,
      dormant: !subclassed,
      drain: 0,
    };
    return req;
  }

  get _readableState() {
    return wake(this);
  }

  set _readableState(st) {
    Object.defineProperty(this, '_readableState', { value: st, writable: true, configurable: true, enumerable: true });
  }

  // Listeners for anything but 'data' and 'readable' need no state.
  on(event, listener) {
    if (event !== 'data' && event !== 'readable' && this[kIncoming].dormant) {
      return EventEmitter.prototype.on.call(this, event, listener);
    }
    return Readable.prototype.on.call(this, event, listener);
  }

  addListener(event, listener) {
    return this.on(event, listener);
  }

  prependListener(event, listener) {
    if (event === 'data' || event === 'readable') wakeIfDormant(this);
    return EventEmitter.prototype.prependListener.call(this, event, listener);
  }

  // The Readable getters a handler commonly asks, answered without waking the request.
  get readableEnded() {
    const inc = this[kIncoming];
    if (!inc.dormant) return this._readableState.endEmitted;
    return (inc.drain & D_ENDED) !== 0;
  }

  get readable() {
    const inc = this[kIncoming];
    if (!inc.dormant) return readableGetter.call(this);
    return (inc.drain & D_ENDED) === 0;
  }

  set readable(value) {
    readableSetter.call(this, value);
  }

  get readableFlowing() {
    const inc = this[kIncoming];
    if (!inc.dormant) return this._readableState.flowing;
    return inc.drain === 0 ? null : true;
  }

  set readableFlowing(value) {
    this._readableState.flowing = value;
  }

  get destroyed() {
    if (!this[kIncoming].dormant) return this._readableState.destroyed;
    return false;
  }

  set destroyed(value) {
    this._readableState.destroyed = value;
  }

  get aborted() {
    return this[kIncoming].aborted;
  }

  // True once the body was read to its end, or the stream was aborted or closed.
  get complete() {
    return this[kIncoming].aborted || this[kExchange].closed || this.readableEnded;
  }

  get stream() {
    return exposedStream(this[kExchange]);
  }

  get headers() {
    return this[kIncoming].headers;
  }

  get rawHeaders() {
    const inc = this[kIncoming];
    if (inc.rawHeaders === undefined || inc.rawHeaders === null) inc.rawHeaders = [];
    return inc.rawHeaders;
  }

  get trailers() {
    const inc = this[kIncoming];
    if (inc.trailers === null) inc.trailers = {};
    return inc.trailers;
  }

  get rawTrailers() {
    const inc = this[kIncoming];
    if (inc.rawTrailers === null) inc.rawTrailers = [];
    return inc.rawTrailers;
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
    return socketViewOf(this[kExchange]);
  }

  get connection() {
    return this.socket;
  }

  get method() {
    return this[kIncoming].headers[':method'];
  }

  set method(value) {
    validateString(value, 'method');
    if (value.trim() === '') throw new ERR_INVALID_ARG_VALUE('method', value);
    this[kIncoming].headers[':method'] = value;
  }

  get authority() {
    const h = this[kIncoming].headers;
    return h[':authority'] || h.host;
  }

  get scheme() {
    return this[kIncoming].headers[':scheme'];
  }

  get url() {
    return this[kIncoming].headers[':path'];
  }

  set url(value) {
    this[kIncoming].headers[':path'] = value;
  }

  setTimeout(msecs, callback) {
    const ex = this[kExchange];
    if (!ex.closed) armTimer(ex, msecs, callback);
    return this;
  }

  // The body is pulled from the stream only once somebody reads the request: until then the
  // stream stays paused and its flow-control window closes, as in Node.
  _read() {
    const ex = this[kExchange];
    if (ex.closed) return;
    if (!(ex.hooked & H_DATA)) hook(ex, H_DATA | H_END);
    else ex.stream.resume();
  }
}

const readableDescriptor = Object.getOwnPropertyDescriptor(Readable.prototype, 'readable');
const readableGetter = readableDescriptor.get;
const readableSetter = readableDescriptor.set;

function wakeIfDormant(req) {
  if (req[kIncoming].dormant) wake(req);
}

function armTimer(ex, msecs, callback) {
  validateNumber(msecs, 'msecs');
  if (callback !== undefined) validateFunction(callback, 'callback');
  hook(ex, H_TIMEOUT);
  ex.stream.setTimeout(msecs, callback);
}

// ---------------------------------------------------------------------------------------------
// Http2ServerResponse

// respond() options by [endStream][!sendDate]; never modified.
const kHeadOptions = [
  Object.freeze({ endStream: false, sendDate: true, waitForTrailers: true }),
  Object.freeze({ endStream: false, sendDate: false, waitForTrailers: true }),
  Object.freeze({ endStream: true, sendDate: true }),
  Object.freeze({ endStream: true, sendDate: false }),
];

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    super();
    const ex = exchangeOf(stream);
    ex.response = this;
    this[kExchange] = ex;
    this[kOutgoing] = {
      fields: Object.create(null),
      trailers: null,
      status: 200,
      sendDate: true,
      ending: false,
    };
    this.writable = true;
    // The request of the same stream; null for a pushed response.
    this.req = ex.request;
  }

  get stream() {
    return exposedStream(this[kExchange]);
  }

  get socket() {
    const ex = this[kExchange];
    return ex.closed ? undefined : socketViewOf(ex);
  }

  get connection() {
    return this.socket;
  }

  get headersSent() {
    return this[kExchange].stream.headersSent;
  }

  get _header() {
    return this.headersSent;
  }

  get finished() {
    return this[kOutgoing].ending;
  }

  get writableEnded() {
    return this[kOutgoing].ending;
  }

  // The stream's own flag: a response destroyed before its end never finishes (probed).
  get writableFinished() {
    return this[kExchange].stream.writableFinished;
  }

  get writableCorked() {
    return this[kExchange].stream.writableCorked;
  }

  get writableHighWaterMark() {
    return this[kExchange].stream.writableHighWaterMark;
  }

  get writableLength() {
    return this[kExchange].stream.writableLength;
  }

  get sendDate() {
    return this[kOutgoing].sendDate;
  }

  set sendDate(value) {
    this[kOutgoing].sendDate = Boolean(value);
  }

  get statusCode() {
    return this[kOutgoing].status;
  }

  // Coerced to an integer first, so '404' and 200.5 are accepted and 'abc' reports status 0.
  set statusCode(value) {
    const code = value | 0;
    if (code >= 100 && code < 200) throw new ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    this[kOutgoing].status = code;
  }

  get statusMessage() {
    warnStatusMessage();
    return '';
  }

  set statusMessage(value) {
    warnStatusMessage();
  }

  // ---- headers

  setHeader(name, value) {
    const plain = kPlainNames.has(name);
    const key = plain ? name : fieldKey(name);
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (plain) {
      if (value === undefined || value === null) throw new ERR_HTTP2_INVALID_HEADER_VALUE(value, key);
    } else {
      checkField(key, value, false);
      if (key === 'connection') {
        warnConnectionHeader();
        return;
      }
      rememberPlain(name, key);
    }
    this[kOutgoing].fields[key] = value;
  }

  appendHeader(name, value) {
    const key = fieldKey(name);
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    checkField(key, value, false);
    if (key === 'connection') {
      warnConnectionHeader();
      return;
    }
    const fields = this[kOutgoing].fields;
    const prev = fields[key];
    if (prev === undefined) fields[key] = value;
    else fields[key] = (Array.isArray(prev) ? prev : [prev]).concat(value);
  }

  getHeader(name) {
    return this[kOutgoing].fields[fieldKey(name)];
  }

  hasHeader(name) {
    return this[kOutgoing].fields[fieldKey(name)] !== undefined;
  }

  getHeaderNames() {
    return Object.keys(this[kOutgoing].fields);
  }

  getHeaders() {
    return Object.assign(Object.create(null), this[kOutgoing].fields);
  }

  removeHeader(name) {
    const key = fieldKey(name);
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    const out = this[kOutgoing];
    // Removing the date header is how http.ServerResponse users turn the automatic one off.
    if (key === 'date') out.sendDate = false;
    delete out.fields[key];
  }

  setTrailer(name, value) {
    const key = fieldKey(name);
    checkField(key, value, true);
    const out = this[kOutgoing];
    if (out.trailers === null) {
      out.trailers = Object.create(null);
      hook(this[kExchange], H_WANT_TRAILERS);
    }
    out.trailers[key] = value;
  }

  addTrailers(headers) {
    for (const name of Object.keys(headers)) this.setTrailer(name, headers[name]);
  }

  // ---- status line and headers

  writeHead(statusCode, statusMessage, headers) {
    // Node ignores writeHead on a stream that is gone, even with bad arguments (probed).
    if (streamGone(this[kExchange])) return this;
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (typeof statusMessage === 'string') warnStatusMessage();
    else if (headers === undefined && statusMessage !== null && typeof statusMessage === 'object') headers = statusMessage;
    if (headers !== null && typeof headers === 'object') {
      if (Array.isArray(headers)) mergeHeaderList(this, headers);
      else for (const name of Object.keys(headers)) this.setHeader(name, headers[name]);
    }
    // Stored before it is checked: after a rejected writeHead(700) Node reports statusCode 700.
    this[kOutgoing].status = statusCode;
    this[kSendHead](false);
    return this;
  }

  flushHeaders() {
    if (!streamGone(this[kExchange]) && !this.headersSent) this[kSendHead](false);
  }

  // Sends the response headers; endStream when they are the whole response.
  [kSendHead](endStream) {
    const out = this[kOutgoing];
    const code = out.status;
    if (code < 200 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    // Node keeps ':status' among the fields (getHeaders() shows it once the head went out); the
    // stream gets a copy, so nothing respond() adds (the date) leaks back.
    out.fields[':status'] = code;
    // respond() copies what it sends (stream.sentHeaders is its own object), so the fields are
    // handed over as they are.
    this[kExchange].stream.respond(out.fields, kHeadOptions[(endStream ? 2 : 0) + (out.sendDate ? 0 : 1)]);
  }

  // ---- body

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    const ex = this[kExchange];
    const stream = ex.stream;
    const ended = this[kOutgoing].ending;
    if (ended || ex.closed) {
      // Node: after end() the callback gets ERR_STREAM_WRITE_AFTER_END (even once the stream is
      // closed) and then the stream is reset with it, so the client sees INTERNAL_ERROR; a
      // stream that closed under a live response gives ERR_HTTP2_INVALID_STREAM.
      const err = ended ? new ERR_STREAM_WRITE_AFTER_END() : new ERR_HTTP2_INVALID_STREAM();
      if (typeof callback === 'function') process.nextTick(callback, err);
      if (ended) stream.destroy(err);
      return false;
    }
    // Destroyed (response.destroy(), or the stream itself) before its close was seen: Node
    // returns false and never calls back.
    if (stream.destroyed) return false;
    if (!stream.headersSent && !streamGone(ex)) this[kSendHead](false);
    const more = stream.write(chunk, encoding, callback);
    // Full: the caller waits for 'drain' now.
    if (!more) hook(ex, H_DRAIN);
    return more;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
      encoding = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    const ex = this[kExchange];
    const out = this[kOutgoing];
    if (out.ending || ex.closed) {
      if (typeof callback === 'function') process.nextTick(callback);
      return this;
    }
    const stream = ex.stream;
    // HEAD requests and 204/304 answers end the stream together with their headers.
    const endedEarlier = stream.writableEnded;
    const hasBody = chunk !== null && chunk !== undefined;
    if (!stream.headersSent && !streamGone(ex)) this[kSendHead](!hasBody);
    // The body and the end go to the stream in one call (core sends them together when nothing
    // is queued). A chunk of the wrong type throws from here, before the response counts as ended.
    if (!stream.writableEnded) {
      if (hasBody) stream.end(chunk, encoding);
      else stream.end();
    }
    out.ending = true;
    if (typeof callback === 'function') {
      // Node calls back with no arguments: from the stream's 'finish' normally, from the
      // response's own 'finish' (at close) when the stream had already ended. ('finish' is never
      // emitted synchronously by end(), so listening after it is in time.)
      const source = endedEarlier ? this : stream;
      source.once('finish', () => callback());
    }
    return this;
  }

  cork() {
    this[kExchange].stream.cork();
  }

  uncork() {
    this[kExchange].stream.uncork();
  }

  destroy(err) {
    this[kExchange].stream.destroy(err);
  }

  // Node 20 returns undefined here (the request's setTimeout returns the request).
  setTimeout(msecs, callback) {
    const ex = this[kExchange];
    if (ex.closed) return;
    armTimer(ex, msecs, callback);
  }

  // ---- interim responses and push

  writeContinue() {
    const ex = this[kExchange];
    if (streamGone(ex) || ex.stream.headersSent) return false;
    ex.stream.additionalHeaders({ ':status': 100 });
    return true;
  }

  // Node 20's HTTP/2 writeEarlyHints takes no callback (a second argument is ignored).
  writeEarlyHints(hints) {
    validateObject(hints, 'hints');
    const link = validateLinkHeaderValue(hints.link);
    if (link === '') return false;
    const ex = this[kExchange];
    if (streamGone(ex) || ex.stream.headersSent) return false;
    const block = { ':status': 103 };
    for (const name of Object.keys(hints)) {
      if (name !== 'link') block[name] = hints[name];
    }
    block.link = link;
    ex.stream.additionalHeaders(block);
    return true;
  }

  createPushResponse(headers, callback) {
    const ex = this[kExchange];
    if (streamGone(ex)) {
      process.nextTick(callback, new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    validateObject(headers, 'headers');
    validateFunction(callback, 'callback');
    ex.stream.pushStream(headers, {}, (err, pushed) => {
      if (err) callback(err);
      else callback(null, new Http2ServerResponse(pushed));
    });
  }
}

// writeHead(status, list): a flat [name, value, name, value…] array or an array of [name, value]
// pairs. Every name given replaces what setHeader() stored before; repeated names add values.
// (Node drops the named fields before it notices an odd-length flat list, so do we.)
function mergeHeaderList(res, list) {
  const paired = list.length > 0 && Array.isArray(list[0]);
  const step = paired ? 1 : 2;
  const fields = res[kOutgoing].fields;
  for (let i = 0; i < list.length; i += step) {
    const name = paired ? list[i][0] : list[i];
    if (typeof name === 'string') delete fields[name.trim().toLowerCase()];
  }
  if (!paired && list.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', list);
  for (let i = 0; i < list.length; i += step) {
    if (paired) res.appendHeader(list[i][0], list[i][1]);
    else res.appendHeader(list[i], list[i + 1]);
  }
}

// ---------------------------------------------------------------------------------------------
// Server wiring. core calls setup(server, options) when the first 'request' listener is added;
// from then on every stream the server accepts becomes a request/response pair.

function setup(server, options) {
  if (server[kServerClasses] !== undefined) return;
  const opts = options || {};
  server[kServerClasses] = {
    Request: opts.Http2ServerRequest || Http2ServerRequest,
    Response: opts.Http2ServerResponse || Http2ServerResponse,
    options: opts,
  };
  server.on('stream', onServerStream);
}

// The server's 'stream' listener (this = the server).
function onServerStream(stream, headers, flags, rawHeaders) {
  const server = this;
  const classes = server[kServerClasses] || { Request: Http2ServerRequest, Response: Http2ServerResponse };
  const req = new classes.Request(stream, headers, classes.options, rawHeaders);
  const res = new classes.Response(stream, classes.options);

  // CONNECT goes to 'connect' listeners; without any it is refused with 405.
  if (headers[':method'] === 'CONNECT') {
    if (server.listenerCount('connect') > 0) {
      server.emit('connect', req, res);
    } else {
      res.statusCode = 405;
      res.end();
    }
    return;
  }

  // Expect: only the exact value '100-continue' is understood (Node answers 417 to
  // '100-Continue'); anything else goes to 'checkExpectation' or is refused with 417.
  const expect = headers.expect;
  if (expect !== undefined) {
    if (expect !== '100-continue') {
      if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.statusCode = 417;
        res.end();
      }
      return;
    }
    if (server.listenerCount('checkContinue') > 0) {
      server.emit('checkContinue', req, res);
      return;
    }
    res.writeContinue();
  }

  server.emit('request', req, res);
}

module.exports = {
  setup,
  onServerStream,
  Http2ServerRequest,
  Http2ServerResponse,
  validateLinkHeaderValue,
};
