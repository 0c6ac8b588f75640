'use strict';
// The core of node:http2 (Node's lib/internal/http2/core.js) over the Go binding: sessions, streams
// and servers. Engine events arrive through dispatch(), called by Go on the loop with `this` bound
// to the JS session, in the order the engine produced them.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const binding = require('internal/http2_binding');
const {
  codes, validateFunction, validateNumber, validateString, validateBuffer, validateInteger,
  validateInt32, validateBoolean,
} = require('internal/errors');
const util = require('internal/http2/util');
const {
  constants, kSensitiveHeaders, kMaxALTSVC, mapToHeaders, assertIsObject, assertValidPseudoHeader,
  assertValidPseudoHeaderResponse, assertValidPseudoHeaderTrailer, checkIsHttpToken,
  validateSettings, isPayloadMeaningless, makeError,
} = util;

const {
  ERR_HTTP2_ALTSVC_INVALID_ORIGIN, ERR_HTTP2_ALTSVC_LENGTH, ERR_HTTP2_CONNECT_AUTHORITY,
  ERR_HTTP2_CONNECT_PATH, ERR_HTTP2_CONNECT_SCHEME, ERR_HTTP2_GOAWAY_SESSION,
  ERR_HTTP2_HEADERS_AFTER_RESPOND, ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INVALID_INFO_STATUS,
  ERR_HTTP2_INVALID_ORIGIN, ERR_HTTP2_INVALID_SESSION, ERR_HTTP2_INVALID_STREAM,
  ERR_HTTP2_NESTED_PUSH, ERR_HTTP2_NO_SOCKET_MANIPULATION, ERR_HTTP2_ORIGIN_LENGTH,
  ERR_HTTP2_PING_LENGTH, ERR_HTTP2_PUSH_DISABLED, ERR_HTTP2_SESSION_ERROR,
  ERR_HTTP2_SOCKET_UNBOUND, ERR_HTTP2_SOCKET_BOUND, ERR_HTTP2_STATUS_101, ERR_HTTP2_STATUS_INVALID,
  ERR_HTTP2_STREAM_CANCEL, ERR_HTTP2_STREAM_ERROR, ERR_HTTP2_TRAILERS_ALREADY_SENT,
  ERR_HTTP2_TRAILERS_NOT_READY, ERR_HTTP2_UNSUPPORTED_PROTOCOL, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN, ERR_METHOD_NOT_IMPLEMENTED,
  ERR_OUT_OF_RANGE, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_BAD_PORT,
  ERR_HTTP2_OUT_OF_STREAMS, ERR_HTTP2_PING_CANCEL,
} = codes;

const {
  NGHTTP2_CANCEL, NGHTTP2_DEFAULT_WEIGHT, NGHTTP2_NO_ERROR, NGHTTP2_INTERNAL_ERROR,
  NGHTTP2_SESSION_CLIENT, NGHTTP2_SESSION_SERVER, NGHTTP2_REFUSED_STREAM,
  HTTP2_HEADER_AUTHORITY, HTTP2_HEADER_DATE, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH,
  HTTP2_HEADER_PROTOCOL, HTTP2_HEADER_SCHEME, HTTP2_HEADER_STATUS, HTTP2_HEADER_HOST,
  HTTP2_METHOD_GET, HTTP2_METHOD_HEAD, HTTP2_METHOD_CONNECT,
  HTTP_STATUS_CONTINUE, HTTP_STATUS_OK, HTTP_STATUS_NO_CONTENT, HTTP_STATUS_RESET_CONTENT,
  HTTP_STATUS_NOT_MODIFIED, HTTP_STATUS_SWITCHING_PROTOCOLS, HTTP_STATUS_MISDIRECTED_REQUEST,
} = constants;

const kAuthority = Symbol('authority');
const kHandle = Symbol('handle');
const kID = Symbol('id');
const kInit = Symbol('init');
const kInfoHeaders = Symbol('sent-info-headers');
const kLocalSettings = Symbol('local-settings');
const kMaybeDestroy = Symbol('maybe-destroy');
const kOptions = Symbol('options');
const kOrigin = Symbol('origin');
const kPendingRequestCalls = Symbol('kPendingRequestCalls');
const kProceed = Symbol('proceed');
const kProtocol = Symbol('protocol');
const kProxySocket = Symbol('proxy-socket');
const kRemoteSettings = Symbol('remote-settings');
const kSentHeaders = Symbol('sent-headers');
const kSentTrailers = Symbol('sent-trailers');
const kServer = Symbol('server');
const kSession = Symbol('session');
const kSessions = Symbol('sessions');
const kSocket = Symbol('socket');
const kState = Symbol('state');
const kTimeout = Symbol('timeout');
const kType = Symbol('type');
const kUpdateTimer = Symbol('update-timer');
const kWriteGeneric = Symbol('write-generic');
const kServerHandle = Symbol('server-handle');
const kBoundSession = Symbol('kBoundSession');
const proxySockets = new WeakSet(); // session.socket proxies, which our own 'connection' events carry

const STREAM_FLAGS_PENDING = 0x0;
const STREAM_FLAGS_READY = 0x1;
const STREAM_FLAGS_CLOSED = 0x2;
const STREAM_FLAGS_HEADERS_SENT = 0x4;
const STREAM_FLAGS_HEAD_REQUEST = 0x8;
const STREAM_FLAGS_ABORTED = 0x10;
const STREAM_FLAGS_HAS_TRAILERS = 0x20;

const SESSION_FLAGS_PENDING = 0x0;
const SESSION_FLAGS_READY = 0x1;
const SESSION_FLAGS_CLOSED = 0x2;
const SESSION_FLAGS_DESTROYED = 0x4;

const kNoRstStream = 0;
const kSubmitRstStream = 1;
const kForceRstStream = 2;

const kMaxInt = 2 ** 32 - 1;
const kQuotedString = /^[\x09\x20-\x5b\x5d-\x7e\x80-\xff]*$/;

const nameForErrorCode = {};
for (const name of Object.keys(constants)) {
  if (name.startsWith('NGHTTP2_') && !name.startsWith('NGHTTP2_ERR') && !name.startsWith('NGHTTP2_SESSION') &&
      !name.startsWith('NGHTTP2_STREAM_STATE') && !name.startsWith('NGHTTP2_FLAG') &&
      !name.startsWith('NGHTTP2_SETTINGS') && name !== 'NGHTTP2_DEFAULT_WEIGHT' && !(constants[name] in nameForErrorCode)) {
    nameForErrorCode[constants[name]] = name;
  }
}

// Categories of received header blocks (bindings.HeadersCategory).
const CAT_REQUEST = 0;
const CAT_RESPONSE = 1;
const CAT_INFORMATIONAL = 2;
const CAT_PUSH_RESPONSE = 3;
const CAT_TRAILERS = 4;

const {
  EV_CONNECT, EV_REMOTE_SETTINGS, EV_LOCAL_SETTINGS, EV_PING, EV_GOAWAY, EV_ALTSVC, EV_ORIGIN,
  EV_FRAME_ERROR, EV_HEADERS, EV_DATA, EV_PUSH, EV_RESET, EV_WANT_TRAILERS, EV_WRITTEN,
  EV_STREAM_CLOSE, EV_ERROR, EV_CLOSE,
} = binding;

function emit(self, ...args) {
  self.emit(...args);
}

const kSpecialSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

function parseURL(input) {
  try {
    return new URL(input);
  } catch {
    const err = new codes.ERR_INVALID_URL();
    err.input = String(input);
    throw err;
  }
}

function getURLOrigin(s) {
  const u = parseURL(s);
  if (!kSpecialSchemes.has(u.protocol)) return 'null';
  return u.protocol + '//' + u.host;
}

function getAuthority(headers) {
  if (headers[HTTP2_HEADER_AUTHORITY] !== undefined) return headers[HTTP2_HEADER_AUTHORITY];
  if (headers[HTTP2_HEADER_HOST] !== undefined) return headers[HTTP2_HEADER_HOST];
}

// ---------------------------------------------------------------------------------------------
// Engine events

function dispatch(kind, a, b, c, d, e) {
  const session = this;
  switch (kind) {
    case EV_CONNECT: return onConnect(session, a);
    case EV_REMOTE_SETTINGS: return onRemoteSettings(session, a);
    case EV_LOCAL_SETTINGS: return onLocalSettings(session, a);
    case EV_PING: return onPing(session, a);
    case EV_GOAWAY: return onGoaway(session, a, b, c);
    case EV_ALTSVC: return onAltsvc(session, a, b, c);
    case EV_ORIGIN: return onOrigin(session, a);
    case EV_FRAME_ERROR: return onFrameError(session, a, b, c);
    case EV_HEADERS: return onHeaders(session, a, b, c, d, e);
    case EV_DATA: return onData(session, a, b, c);
    case EV_PUSH: return onPush(session, a, b, c, d);
    case EV_RESET: return;
    case EV_WANT_TRAILERS: return onWantTrailers(session, a);
    case EV_WRITTEN: return onWritten(session, a, b);
    case EV_STREAM_CLOSE: return onStreamClose(session, a, b);
    case EV_ERROR: session[kState].engineError = a; return;
    case EV_CLOSE: return onSessionClose(session);
  }
}

binding.setup(dispatch, makeError, kSensitiveHeaders, Buffer[Symbol.species] || Buffer);

function onConnect(session, info) {
  const state = session[kState];
  if (session.destroyed) return;
  if (info._socket !== undefined) adoptedSocket(session, info);
  else Object.assign(session[kSocket], info);
  state.flags |= SESSION_FLAGS_READY;
  session[kAlpn] = info.alpnProtocol;
  session[kUpdateTimer]();
  process.nextTick(emit, session, 'connect', session, info._socket !== undefined ? info._socket : session[kProxySocket]);
}
const kAlpn = Symbol('alpn');

function onRemoteSettings(session, settings) {
  if (session.destroyed) return;
  session[kUpdateTimer]();
  session[kRemoteSettings] = settings;
  process.nextTick(emit, session, 'remoteSettings', settings);
}

function onLocalSettings(session, settings) {
  if (session.destroyed) return;
  session[kUpdateTimer]();
  session[kLocalSettings] = settings;
  const state = session[kState];
  const entry = state.settingsQueue.shift();
  if (entry !== undefined && entry !== null) {
    state.pendingAck--;
    const duration = Date.now() - entry.start;
    if (typeof entry.cb === 'function') entry.cb(null, settings, duration);
  }
  session.emit('localSettings', settings);
}

function onPing(session, payload) {
  if (session.destroyed) return;
  session[kUpdateTimer]();
  session.emit('ping', payload);
}

function onGoaway(session, code, lastStreamID, buf) {
  if (session.destroyed) return;
  session.emit('goaway', code, lastStreamID, buf);
  if (code === NGHTTP2_NO_ERROR) {
    session.close();
  } else {
    session[kState].goawayCode = code;
    session.destroy(new ERR_HTTP2_SESSION_ERROR(code), code);
  }
}

function onAltsvc(session, streamId, origin, alt) {
  if (session.destroyed) return;
  session[kUpdateTimer]();
  session.emit('altsvc', alt, origin, streamId);
}

function initOriginSet(session) {
  let originSet = session[kState].originSet;
  if (originSet === undefined) {
    const socket = session[kSocket];
    session[kState].originSet = originSet = new Set();
    if (socket && socket.servername != null && socket.servername !== '') {
      let originString = 'https://' + socket.servername;
      if (socket.remotePort != null) originString += ':' + socket.remotePort;
      try {
        originSet.add(getURLOrigin(originString));
      } catch {
        // not a valid origin: nothing to add
      }
    }
  }
  return originSet;
}

function onOrigin(session, origins) {
  if (session.destroyed) return;
  session[kUpdateTimer]();
  if (!session.encrypted || session.destroyed) return;
  const originSet = initOriginSet(session);
  for (const o of origins) originSet.add(o);
  session.emit('origin', origins);
}

function onFrameError(session, type, code, id) {
  if (session.destroyed) return;
  const emitter = session[kState].streams.get(id) || session;
  emitter[kUpdateTimer]();
  emitter.emit('frameError', type, code, id);
}

function onHeaders(session, id, obj, cat, flags, raw) {
  if (session.destroyed) return;
  const state = session[kState];
  session[kUpdateTimer]();
  const endOfStream = (flags & 1) !== 0;
  let stream = state.streams.get(id);
  if (stream === undefined) {
    if (cat !== CAT_REQUEST) return;
    if (session.closed) {
      session[kHandle].rst(id, NGHTTP2_REFUSED_STREAM);
      return;
    }
    stream = new ServerHttp2Stream(session, id, undefined, obj);
    if (endOfStream) {
      stream.push(null);
      stream[kState].endAfterHeaders = true;
    }
    if (obj[HTTP2_HEADER_METHOD] === HTTP2_METHOD_HEAD) {
      stream.end();
      stream[kState].flags |= STREAM_FLAGS_HEAD_REQUEST;
    }
    process.nextTick(emit, session, 'stream', stream, obj, flags, raw);
    return;
  }
  let event;
  const status = obj[HTTP2_HEADER_STATUS];
  if (cat === CAT_RESPONSE || cat === CAT_INFORMATIONAL) {
    if (!endOfStream && status !== undefined && status >= 100 && status < 200) {
      event = 'headers';
    } else {
      event = 'response';
    }
  } else if (cat === CAT_PUSH_RESPONSE) {
    event = 'push';
  } else if (status !== undefined && status >= 200) {
    event = 'response';
  } else {
    event = endOfStream ? 'trailers' : 'headers';
  }
  if (status === HTTP_STATUS_MISDIRECTED_REQUEST) {
    const originSet = initOriginSet(session);
    originSet.delete(stream[kOrigin]);
  }
  if (event === 'trailers') stream[kState].trailersReceived = true;
  process.nextTick(emit, stream, event, obj, flags, raw);
  if (endOfStream) stream.push(null);
}

function onPush(session, parentId, id, obj, raw) {
  if (session.destroyed) return;
  const stream = new ClientHttp2Stream(session, id, undefined);
  stream.end();
  stream[kOrigin] = (obj[HTTP2_HEADER_SCHEME] || 'https') + '://' + getAuthority(obj);
  process.nextTick(emit, session, 'stream', stream, obj, 4, raw);
}

function onData(session, id, buf, end) {
  const stream = session[kState].streams.get(id);
  const handle = session[kHandle];
  if (stream === undefined || stream.destroyed) {
    if (buf !== null && handle) handle.consume(id, buf.length);
    return;
  }
  stream[kUpdateTimer]();
  if (buf !== null) {
    const n = buf.length;
    if (stream.push(buf)) {
      handle.consume(id, n);
    } else {
      stream[kState].pendingConsume += n;
    }
  }
  if (end) stream.push(null);
}

function onWantTrailers(session, id) {
  const stream = session[kState].streams.get(id);
  if (stream === undefined) return;
  stream[kState].trailersReady = true;
  if (stream.destroyed || stream.closed) return;
  if (!stream.emit('wantTrailers')) {
    stream.sendTrailers({});
  }
}

function onWritten(session, id, n) {
  const stream = session[kState].streams.get(id);
  if (stream === undefined) return;
  const q = stream[kState].writeQueue;
  stream[kState].writeQueueSize -= n;
  while (n > 0 && q.length > 0) {
    const w = q[0];
    const take = Math.min(n, w.left);
    w.left -= take;
    n -= take;
    if (w.left === 0) {
      q.shift();
      w.cb();
    }
  }
  stream[kUpdateTimer]();
}

function onStreamClose(session, id, code) {
  const stream = session[kState].streams.get(id);
  if (!stream || stream.destroyed) return;
  if (!stream.closed) closeStream(stream, code, kNoRstStream);
  flushWriteCallbacks(stream);
  if (!stream.readable || code !== NGHTTP2_NO_ERROR) {
    stream.destroy();
  } else {
    stream.on('end', stream[kMaybeDestroy]);
    stream.push(null);
    if (stream[kSession][kType] === NGHTTP2_SESSION_SERVER && !stream[kState].didRead &&
        stream.readableFlowing === null) {
      stream.resume();
    } else {
      stream.read(0);
    }
  }
}

// Pending write callbacks whose data will never be written: the stream closed.
function flushWriteCallbacks(stream) {
  const q = stream[kState].writeQueue;
  stream[kState].writeQueue = [];
  stream[kState].writeQueueSize = 0;
  for (const w of q) w.cb();
}

function onSessionClose(session) {
  const state = session[kState];
  const handle = session[kHandle];
  if (handle) handle.closedByEngine = true;
  if (!session.destroyed) {
    // The connection ended without destroy(): peer hang-up, protocol error or graceful close.
    const err = state.engineError;
    closeSession(session, err ? NGHTTP2_INTERNAL_ERROR : NGHTTP2_NO_ERROR, err, true);
    return;
  }
  finishSessionClose(session, state.destroyError);
}

// ---------------------------------------------------------------------------------------------
// Sessions

// A session over a socket the script supplied (createConnection, server.emit('connection')):
// session.socket reads through to that object, unless Go did TLS over it (then it is the raw
// socket of a TLS session, and the session describes itself as usual). A socket Go detached is
// inert: the session destroys it when it closes; a bridged duplex is ended by Go.
function adoptedSocket(session, info) {
  const socket = info._socket;
  if (socket !== null && typeof socket === 'object') socket[kBoundSession] = session;
  if (!info._bridged) session[kState].ownSocket = socket;
  if (info._wrapped) {
    const copy = Object.assign({}, info);
    delete copy._socket; delete copy._bridged; delete copy._wrapped;
    return copy;
  }
  session[kSocket] = socket;
  return socket;
}

function socketOnError(error) {
  const session = this[kBoundSession];
  if (session === undefined || session.destroyed) return;
  if (error && error.code === 'ECONNRESET' && session[kState].goawayCode !== null) return session.destroy();
  session.destroy(error);
}

function socketProxy(session) {
  const proxy = new Proxy(session, {
    get(target, prop) {
      switch (prop) {
        case 'setTimeout':
        case 'ref':
        case 'unref':
          return target[prop].bind(target);
        case 'destroy':
        case 'emit':
        case 'end':
        case 'pause':
        case 'read':
        case 'resume':
        case 'write':
        case 'setEncoding':
        case 'setKeepAlive':
        case 'setNoDelay':
          throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
        default: {
          const socket = target[kSocket];
          if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
          const value = socket[prop];
          return typeof value === 'function' ? value.bind(socket) : value;
        }
      }
    },
    getPrototypeOf(target) {
      const socket = target[kSocket];
      if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
      return Reflect.getPrototypeOf(socket);
    },
    set(target, prop, value) {
      switch (prop) {
        case 'setTimeout':
        case 'ref':
        case 'unref':
          target[prop] = value;
          return true;
        case 'destroy':
        case 'emit':
        case 'end':
        case 'pause':
        case 'read':
        case 'resume':
        case 'write':
        case 'setEncoding':
        case 'setKeepAlive':
        case 'setNoDelay':
          throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
        default: {
          const socket = target[kSocket];
          if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
          socket[prop] = value;
          return true;
        }
      }
    },
  });
  proxySockets.add(proxy);
  return proxy;
}

class Http2Session extends EventEmitter {
  constructor(type, options, handle, info) {
    super();
    this[kState] = {
      destroyCode: NGHTTP2_NO_ERROR,
      flags: SESSION_FLAGS_PENDING,
      goawayCode: null,
      goawayLastStreamID: null,
      streams: new Map(),
      pendingStreams: new Set(),
      pendingAck: 0,
      settingsQueue: [null], // the initial SETTINGS
      writeQueueSize: 0,
      originSet: undefined,
      engineError: undefined,
      destroyError: undefined,
    };
    this[kType] = type;
    this[kOptions] = options;
    this[kHandle] = handle;
    this[kSocket] = info && info._socket !== undefined ? adoptedSocket(this, info) : Object.assign({}, info || {});
    this[kProxySocket] = socketProxy(this);
    this[kTimeout] = null;
    this[kLocalSettings] = undefined;
    this[kRemoteSettings] = undefined;
    this[kAlpn] = info ? info.alpnProtocol : undefined;
    if (info) this[kState].flags |= SESSION_FLAGS_READY;
    handle.attach(this);
    if (options.settings !== undefined) this.settings(options.settings);
  }

  get encrypted() {
    return !!(this[kSocket] && this[kSocket].encrypted);
  }

  get alpnProtocol() {
    return this[kAlpn];
  }

  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    return Array.from(initOriginSet(this));
  }

  get connecting() {
    return (this[kState].flags & SESSION_FLAGS_READY) === 0;
  }

  get closed() {
    return !!(this[kState].flags & SESSION_FLAGS_CLOSED);
  }

  get destroyed() {
    return !!(this[kState].flags & SESSION_FLAGS_DESTROYED);
  }

  get pendingSettingsAck() {
    return this[kState].pendingAck > 0;
  }

  get socket() {
    const proxySocket = this[kProxySocket];
    if (proxySocket === null) return this[kSocket];
    return proxySocket;
  }

  get type() {
    return this[kType];
  }

  get state() {
    if (this.destroyed) return {};
    return this[kHandle].state() || {};
  }

  get localSettings() {
    const settings = this[kLocalSettings];
    if (settings !== undefined) return settings;
    if (this.destroyed || this.connecting) return {};
    return this[kLocalSettings] = this[kHandle].localSettings();
  }

  get remoteSettings() {
    const settings = this[kRemoteSettings];
    if (settings !== undefined) return settings;
    if (this.destroyed || this.connecting) return {};
    return this[kRemoteSettings] = this[kHandle].remoteSettings();
  }

  [kUpdateTimer]() {
    if (this.destroyed) return;
    if (this[kTimeout]) this[kTimeout].refresh();
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return;
    validateNumber(msecs, 'msecs', 0);
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    if (msecs > 0) {
      this[kTimeout] = setTimeout(() => {
        if (this.destroyed) return;
        this.emit('timeout');
      }, msecs);
      this[kTimeout].unref();
    }
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    return this;
  }

  setLocalWindowSize(windowSize) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateInt32(windowSize, 'windowSize', 0);
    const run = () => this[kHandle].setLocalWindowSize(windowSize);
    if (this.connecting) {
      this.once('connect', run);
      return;
    }
    run();
  }

  ping(payload, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload) validateBuffer(payload, 'payload');
    if (payload && payload.length !== 8) throw new ERR_HTTP2_PING_LENGTH();
    validateFunction(callback, 'callback');
    const cb = (err, duration, buf) => {
      if (err) callback(err, 0, buf);
      else callback(null, duration, buf);
    };
    const run = () => {
      try {
        this[kHandle].ping(payload || Buffer.alloc(8), cb);
        return true;
      } catch (err) {
        process.nextTick(callback, err.code === 'ERR_HTTP2_PING_CANCEL' ? new ERR_HTTP2_PING_CANCEL() : err, 0,
          payload || Buffer.alloc(8));
        return false;
      }
    };
    if (this.connecting || this.closed) {
      this.once('connect', run);
      return;
    }
    return run();
  }

  settings(settings, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    assertIsObject(settings, 'settings');
    validateSettings(settings);
    if (callback) validateFunction(callback, 'callback');
    this[kState].pendingAck++;
    const run = () => {
      this[kLocalSettings] = undefined;
      this[kState].settingsQueue.push({ cb: callback, start: Date.now() });
      try {
        this[kHandle].settings(Object.assign({}, settings));
      } catch (err) {
        this[kState].settingsQueue.pop();
        this[kState].pendingAck--;
        throw err;
      }
    };
    if (this.connecting) {
      this.once('connect', run);
      return;
    }
    run();
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (opaqueData !== undefined) validateBuffer(opaqueData, 'opaqueData');
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    const run = () => {
      if (this.destroyed) return;
      this[kHandle].goaway(code, lastStreamID, opaqueData);
    };
    if (this.connecting) {
      this.once('connect', run);
      return;
    }
    run();
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    if (this.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new ERR_HTTP2_SESSION_ERROR(code) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    closeSession(this, code, error, false);
  }

  close(callback) {
    if (this.closed || this.destroyed) return;
    this[kState].flags |= SESSION_FLAGS_CLOSED;
    if (typeof callback === 'function') this.once('close', callback);
    const run = () => {
      if (this.destroyed) return;
      this[kHandle].close();
      this[kMaybeDestroy]();
    };
    if (this.connecting) {
      this.once('connect', run);
      return;
    }
    run();
  }

  [kMaybeDestroy](error) {
    if (error == null) {
      const state = this[kState];
      if (!this.closed || state.streams.size > 0 || state.pendingStreams.size > 0) return;
    }
    this.destroy(error);
  }

  ref() {
    if (this[kHandle]) this[kHandle].ref();
  }

  unref() {
    if (this[kHandle]) this[kHandle].unref();
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    const obj = {
      type: this[kType],
      closed: this.closed,
      destroyed: this.destroyed,
      state: this.state,
      localSettings: this.localSettings,
      remoteSettings: this.remoteSettings,
    };
    const inspect = require('util').inspect;
    return this.constructor.name + ' ' + inspect(obj, opts);
  }
}

// closeSession destroys every stream and the handle; 'error' and 'close' follow once the engine
// reports the connection closed (fromEngine: it already has).
function closeSession(session, code, error, fromEngine) {
  const state = session[kState];
  state.flags |= SESSION_FLAGS_DESTROYED;
  state.destroyCode = code;
  state.destroyError = error;
  if (session[kTimeout]) {
    clearTimeout(session[kTimeout]);
    session[kTimeout] = null;
  }
  session.removeAllListeners('timeout');
  if (state.pendingStreams.size > 0 || state.streams.size > 0) {
    const cancel = new ERR_HTTP2_STREAM_CANCEL(error);
    if (error) cancel.cause = error;
    state.pendingStreams.forEach((stream) => stream.destroy(cancel));
    state.streams.forEach((stream) => stream.destroy(error));
  }
  const handle = session[kHandle];
  if (fromEngine || handle.closedByEngine) {
    finishSessionClose(session, error);
    return;
  }
  if (session.connecting) {
    // Never connected: there is no engine session to wait for.
    handle.destroy(code || 0);
    finishSessionClose(session, error);
    return;
  }
  handle.destroy(code || 0);
}

function finishSessionClose(session, error) {
  const state = session[kState];
  if (state.finished) return;
  state.finished = true;
  if (state.ownSocket !== undefined && !state.ownSocket.destroyed) state.ownSocket.destroy();
  const server = session[kServer];
  if (server !== undefined) {
    server[kSessions].delete(session);
    process.nextTick(maybeEmitServerClose, server);
  }
  process.nextTick(emitClose, session, error);
}

function emitClose(self, error) {
  if (error) self.emit('error', error);
  self.emit('close');
}

function sessionOnStream(stream, headers, flags, rawHeaders) {
  if (this[kServer] !== undefined) this[kServer].emit('stream', stream, headers, flags, rawHeaders);
}

function sessionOnPriority(stream, parent, weight, exclusive) {
  if (this[kServer] !== undefined) this[kServer].emit('priority', stream, parent, weight, exclusive);
}

function sessionOnError(error) {
  if (this[kServer] !== undefined) this[kServer].emit('sessionError', error, this);
}

function sessionOnTimeout() {
  if (this.destroyed || this.closed) return;
  const server = this[kServer];
  if (server === undefined || !server.emit('timeout', this)) this.destroy();
}

class ServerHttp2Session extends Http2Session {
  constructor(options, handle, info, server) {
    super(NGHTTP2_SESSION_SERVER, options, handle, info);
    this[kServer] = server;
    if (server) {
      if (server.timeout) this.setTimeout(server.timeout, sessionOnTimeout);
      this.on('stream', sessionOnStream);
      this.on('error', sessionOnError);
      this.on('priority', sessionOnPriority);
    }
  }

  get server() {
    return this[kServer];
  }

  altsvc(alt, originOrStream) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    let stream = 0;
    let origin;
    if (typeof originOrStream === 'string') {
      origin = getURLOrigin(originOrStream);
      if (origin === 'null') throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    } else if (typeof originOrStream === 'number') {
      if (originOrStream >>> 0 !== originOrStream || originOrStream === 0) {
        throw new ERR_OUT_OF_RANGE('originOrStream', '> 0 && < ' + 2 ** 32, originOrStream);
      }
      stream = originOrStream;
    } else if (originOrStream !== undefined) {
      if (originOrStream !== null && typeof originOrStream === 'object') origin = originOrStream.origin;
      if (typeof origin !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'object'], originOrStream);
      } else if (origin === 'null' || origin.length === 0) {
        throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
      }
    }
    validateString(alt, 'alt');
    if (!kQuotedString.test(alt)) throw new ERR_INVALID_CHAR('alt');
    if ((alt.length + (origin !== undefined ? origin.length : 0)) > kMaxALTSVC) {
      throw new ERR_HTTP2_ALTSVC_LENGTH();
    }
    this[kHandle].altsvc(stream, origin || '', alt);
  }

  origin(...origins) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (origins.length === 0) return;
    const list = [];
    let len = 0;
    for (let i = 0; i < origins.length; i++) {
      let origin = origins[i];
      if (typeof origin === 'string') {
        origin = getURLOrigin(origin);
      } else if (origin != null && typeof origin === 'object') {
        origin = origin.origin;
      }
      validateString(origin, 'origin');
      if (origin === 'null') throw new ERR_HTTP2_INVALID_ORIGIN();
      list.push(origin);
      len += origin.length;
    }
    if (len > kMaxALTSVC) throw new ERR_HTTP2_ORIGIN_LENGTH();
    // ORIGIN frames only mean something over TLS; nghttp2 clients ignore them otherwise.
    if (!this.encrypted) return;
    this[kHandle].origin(list);
  }
}

function setAndValidatePriorityOptions(options) {
  if (options.weight === undefined) {
    options.weight = NGHTTP2_DEFAULT_WEIGHT;
  } else {
    validateNumber(options.weight, 'options.weight');
  }
  if (options.parent === undefined) {
    options.parent = 0;
  } else {
    validateNumber(options.parent, 'options.parent', 0);
  }
  if (options.exclusive === undefined) {
    options.exclusive = false;
  } else {
    validateBoolean(options.exclusive, 'options.exclusive');
  }
  if (options.silent === undefined) {
    options.silent = false;
  } else {
    validateBoolean(options.silent, 'options.silent');
  }
}

function requestOnConnect(headersList, options) {
  const session = this[kSession];
  if (session === undefined || session.destroyed) return;
  if (session.closed && session[kState].closedBeforeConnect !== true) {
    this.destroy(new ERR_HTTP2_GOAWAY_SESSION());
    return;
  }
  let id;
  const priority = (options.weight !== NGHTTP2_DEFAULT_WEIGHT || options.parent !== 0 || options.exclusive) ?
    { parent: options.parent, weight: options.weight, exclusive: options.exclusive } : undefined;
  try {
    id = session[kHandle].request(headersList, !!options.endStream, !!options.waitForTrailers, priority);
  } catch (err) {
    if (err.code === 'ERR_HTTP2_OUT_OF_STREAMS') {
      this.destroy(new ERR_HTTP2_OUT_OF_STREAMS());
    } else if (err.code === 'ERR_HTTP2_GOAWAY_SESSION' || err.code === 'ERR_HTTP2_INVALID_SESSION') {
      // The engine saw the peer's GOAWAY (or the connection end) before JS did: nghttp2 would
      // refuse the stream, so Node reports REFUSED_STREAM on it (the session's own events follow).
      closeStream(this, NGHTTP2_REFUSED_STREAM, kNoRstStream);
      this.destroy();
    } else if (err.code === 'ERR_HTTP2_INVALID_PSEUDOHEADER' || err.code === 'ERR_HTTP2_INVALID_HEADER_VALUE' ||
        err.code === 'ERR_HTTP2_INVALID_CONNECTION_HEADERS') {
      // Headers the engine will not send (e.g. :status in a request): Node sends them and the
      // peer resets the stream with PROTOCOL_ERROR; either way only this stream fails.
      closeStream(this, constants.NGHTTP2_PROTOCOL_ERROR, kNoRstStream);
      this.destroy();
    } else {
      session.destroy(err);
    }
    return;
  }
  if (options.endStream) this[kState].endSent = true;
  this[kInit](id);
}

class ClientHttp2Session extends Http2Session {
  constructor(options, handle) {
    super(NGHTTP2_SESSION_CLIENT, options, handle, undefined);
    this[kPendingRequestCalls] = null;
  }

  request(headers, options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (this.closed) throw new ERR_HTTP2_GOAWAY_SESSION();
    this[kUpdateTimer]();
    if (headers !== null && headers !== undefined) {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) {
        const header = keys[i];
        if (header[0] === ':') {
          const err = assertValidPseudoHeader(header);
          if (err !== undefined) throw err;
        } else if (header && !checkIsHttpToken(header)) {
          this.destroy(new ERR_INVALID_HTTP_TOKEN('Header name', header));
        }
      }
    }
    assertIsObject(headers, 'headers');
    assertIsObject(options, 'options');
    headers = Object.assign(Object.create(null), headers);
    options = Object.assign({}, options);
    if (headers[HTTP2_HEADER_METHOD] === undefined) headers[HTTP2_HEADER_METHOD] = HTTP2_METHOD_GET;
    const connect = headers[HTTP2_HEADER_METHOD] === HTTP2_METHOD_CONNECT;
    if (!connect || headers[HTTP2_HEADER_PROTOCOL] !== undefined) {
      if (getAuthority(headers) === undefined) headers[HTTP2_HEADER_AUTHORITY] = this[kAuthority];
      if (headers[HTTP2_HEADER_SCHEME] === undefined) headers[HTTP2_HEADER_SCHEME] = this[kProtocol].slice(0, -1);
      if (headers[HTTP2_HEADER_PATH] === undefined) headers[HTTP2_HEADER_PATH] = '/';
    } else {
      if (headers[HTTP2_HEADER_AUTHORITY] === undefined) throw new ERR_HTTP2_CONNECT_AUTHORITY();
      if (headers[HTTP2_HEADER_SCHEME] !== undefined) throw new ERR_HTTP2_CONNECT_SCHEME();
      if (headers[HTTP2_HEADER_PATH] !== undefined) throw new ERR_HTTP2_CONNECT_PATH();
    }
    setAndValidatePriorityOptions(options);
    // Before the stream exists: a throw here must not leave an orphan stream behind.
    if (options.signal) require('internal/errors').validateAbortSignal(options.signal, 'options.signal');
    if (options.endStream === undefined) {
      options.endStream = isPayloadMeaningless(headers[HTTP2_HEADER_METHOD]);
    } else {
      validateBoolean(options.endStream, 'options.endStream');
    }
    const headersList = mapToHeaders(headers);
    const stream = new ClientHttp2Stream(this, undefined, undefined);
    stream[kSentHeaders] = headers;
    stream[kOrigin] = headers[HTTP2_HEADER_SCHEME] + '://' + getAuthority(headers);
    if (options.endStream) stream.end();
    if (options.waitForTrailers) stream[kState].flags |= STREAM_FLAGS_HAS_TRAILERS;
    const { signal } = options;
    if (signal) {
      const aborter = () => stream.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      if (signal.aborted) {
        aborter();
      } else {
        signal.addEventListener('abort', aborter, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', aborter));
      }
    }
    const onConnect = requestOnConnect.bind(stream, headersList, options);
    if (this.connecting) {
      if (this[kPendingRequestCalls] !== null) {
        this[kPendingRequestCalls].push(onConnect);
      } else {
        this[kPendingRequestCalls] = [onConnect];
        this.once('connect', () => {
          const calls = this[kPendingRequestCalls];
          this[kPendingRequestCalls] = null;
          calls.forEach((f) => f());
        });
      }
    } else {
      onConnect();
    }
    return stream;
  }
}

// ---------------------------------------------------------------------------------------------
// Streams

function streamOnPause() {
  // Flow control follows consumption (see onData/_read); nothing to stop.
}

// A stream's own state. Defaults live on the prototype: adding properties to fresh objects is
// the expensive part of constructing one in goja.
function Http2StreamState() {
  this.writeQueue = [];
}
Object.assign(Http2StreamState.prototype, {
  didRead: false,
  flags: STREAM_FLAGS_PENDING,
  rstCode: NGHTTP2_NO_ERROR,
  writeQueueSize: 0,
  trailersReady: false,
  endAfterHeaders: false,
  endSent: false,
  pendingConsume: 0,
  shutdownWritableCalled: false,
  endWithWrite: false,
});

const kStreamOptions = Object.freeze({ allowHalfOpen: true, decodeStrings: false, autoDestroy: false });

class Http2Stream extends Duplex {
  // hasID: the stream's id is known (kInit follows at once), so it is never pending or corked.
  constructor(session, options, hasID) {
    if (options === undefined) {
      options = kStreamOptions;
    } else {
      options = Object.assign({}, options);
      options.allowHalfOpen = true;
      options.decodeStrings = false;
      options.autoDestroy = false;
    }
    super(options);
    this[kSession] = session;
    this[kState] = new Http2StreamState();
    if (!hasID) {
      this.cork();
      session[kState].pendingStreams.add(this);
    }
    this.on('pause', streamOnPause);
  }

  [kUpdateTimer]() {
    if (this.destroyed) return;
    if (this[kTimeout]) this[kTimeout].refresh();
    const session = this[kSession];
    if (session) session[kUpdateTimer]();
  }

  [kInit](id) {
    const state = this[kState];
    state.flags |= STREAM_FLAGS_READY;
    const session = this[kSession];
    session[kState].pendingStreams.delete(this);
    session[kState].streams.set(id, this);
    this[kID] = id;
    this[kHandle] = session[kHandle];
    this.uncork();
    this.emit('ready');
  }

  get bufferSize() {
    return this[kState].writeQueueSize + this.writableLength;
  }

  get endAfterHeaders() {
    return this[kState].endAfterHeaders;
  }

  get sentHeaders() {
    return this[kSentHeaders];
  }

  get sentTrailers() {
    return this[kSentTrailers];
  }

  get sentInfoHeaders() {
    return this[kInfoHeaders];
  }

  get pending() {
    return this[kID] === undefined;
  }

  get id() {
    return this[kID];
  }

  get session() {
    return this[kSession];
  }

  get aborted() {
    return !!(this[kState].flags & STREAM_FLAGS_ABORTED);
  }

  get closed() {
    return !!(this[kState].flags & STREAM_FLAGS_CLOSED);
  }

  get rstCode() {
    return this[kState].rstCode;
  }

  get headersSent() {
    return !!(this[kState].flags & STREAM_FLAGS_HEADERS_SENT);
  }

  get headRequest() {
    return !!(this[kState].flags & STREAM_FLAGS_HEAD_REQUEST);
  }

  get state() {
    const handle = this[kHandle];
    if (this.destroyed || handle === undefined) return {};
    return handle.streamState(this[kID]) || {};
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return;
    validateNumber(msecs, 'msecs', 0);
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    if (msecs > 0) {
      this[kTimeout] = setTimeout(() => {
        if (this.destroyed) return;
        this.emit('timeout');
      }, msecs);
      this[kTimeout].unref();
    }
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    return this;
  }

  [kWriteGeneric](writev, data, encoding, cb) {
    // end(chunk) on an idle stream: this write is the last one, so the data and END_STREAM go out
    // together (shutdownWritable then finds endSent and has nothing to send).
    const endStream = this[kState].endWithWrite;
    this[kState].endWithWrite = false;
    if (this.pending) {
      this.once('ready', this[kWriteGeneric].bind(this, writev, data, encoding, cb));
      return;
    }
    if (this.destroyed) return;
    this[kUpdateTimer]();
    if (!this.headersSent) this[kProceed]();
    let buf;
    if (writev) {
      const parts = data.map((c) => (typeof c.chunk === 'string' ? Buffer.from(c.chunk, c.encoding) : c.chunk));
      buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    } else {
      buf = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    }
    if (buf.length === 0) {
      process.nextTick(cb);
      return;
    }
    const state = this[kState];
    try {
      this[kHandle].write(this[kID], buf, endStream);
    } catch (err) {
      if ((err.code !== 'ERR_HTTP2_INVALID_STREAM' && err.code !== 'ERR_HTTP2_INVALID_SESSION') || this.closed) {
        cb(err);
        return;
      }
      // The engine already closed the stream or session (the peer's RST_STREAM or hang-up is on
      // its way to JS): that close event ends the stream and runs this callback, as if the write
      // was in flight.
    }
    if (endStream) state.endSent = true;
    state.writeQueueSize += buf.length;
    state.writeQueue.push({ left: buf.length, cb });
  }

  end(chunk, encoding, cb) {
    const ws = this._writableState;
    if (chunk !== null && chunk !== undefined && typeof chunk !== 'function' && !ws.ending && !ws.writing &&
        ws.corked === 0 && ws.bufferedIndex === ws.buffered.length && this[kID] !== undefined &&
        !this.destroyed) {
      const state = this[kState];
      state.endWithWrite = true;
      try {
        return super.end(chunk, encoding, cb);
      } finally {
        state.endWithWrite = false;
      }
    }
    return super.end(chunk, encoding, cb);
  }

  _write(data, encoding, cb) {
    this[kWriteGeneric](false, data, encoding, cb);
  }

  _writev(data, cb) {
    this[kWriteGeneric](true, data, '', cb);
  }

  _final(cb) {
    if (this.pending) {
      this.once('ready', () => this._final(cb));
      return;
    }
    shutdownWritable.call(this, cb);
  }

  _read(nread) {
    if (this.destroyed) {
      this.push(null);
      return;
    }
    const state = this[kState];
    if (!state.didRead) state.didRead = true;
    if (!this.pending && state.pendingConsume > 0 && this[kHandle]) {
      const n = state.pendingConsume;
      state.pendingConsume = 0;
      this[kHandle].consume(this[kID], n);
    }
  }

  priority(options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_STREAM();
    assertIsObject(options, 'options');
    options = Object.assign({}, options);
    setAndValidatePriorityOptions(options);
    const run = () => {
      if (this.destroyed || !this[kHandle]) return;
      this[kHandle].priority(this[kID], options.parent, options.weight, options.exclusive);
    };
    if (this.pending) {
      this.once('ready', run);
      return;
    }
    run();
  }

  sendTrailers(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kSentTrailers]) throw new ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!this[kState].trailersReady) throw new ERR_HTTP2_TRAILERS_NOT_READY();
    assertIsObject(headers, 'headers');
    headers = Object.assign(Object.create(null), headers);
    this[kUpdateTimer]();
    const headersList = mapToHeaders(headers, assertValidPseudoHeaderTrailer);
    this[kSentTrailers] = headers;
    setImmediate(sendTrailers, this, headersList);
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validateInteger(code, 'code', 0, kMaxInt);
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.closed) return;
    if (callback !== undefined) this.once('close', callback);
    closeStream(this, code);
  }

  _destroy(err, callback) {
    const session = this[kSession];
    const handle = this[kHandle];
    const id = this[kID];
    const state = this[kState];
    const sessionState = session[kState];
    const sessionCode = sessionState.goawayCode || sessionState.destroyCode;
    let code = this.closed ? this.rstCode : sessionCode;
    if (err != null) {
      if (sessionCode) {
        code = sessionCode;
      } else if (err.name === 'AbortError') {
        code = NGHTTP2_CANCEL;
      } else {
        code = NGHTTP2_INTERNAL_ERROR;
      }
    }
    const hasHandle = handle !== undefined;
    if (!this.closed) closeStream(this, code, hasHandle ? kForceRstStream : kNoRstStream);
    this.push(null);
    if (hasHandle) {
      sessionState.streams.delete(id);
      if (state.pendingConsume > 0) {
        handle.consume(id, state.pendingConsume);
        state.pendingConsume = 0;
      }
    } else {
      sessionState.pendingStreams.delete(this);
    }
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    flushWriteCallbacks(this);
    if (err == null && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) {
      err = new ERR_HTTP2_STREAM_ERROR(nameForErrorCode[code] || code);
    }
    this[kSession] = undefined;
    this[kHandle] = undefined;
    // Node lets a closed session destroy itself once its last stream is gone (an open session
    // that closes later checks for itself in close()).
    if (session.closed) setImmediate(() => session[kMaybeDestroy]());
    callback(err);
  }

  [kMaybeDestroy](code = NGHTTP2_NO_ERROR) {
    if (code !== NGHTTP2_NO_ERROR) {
      this.destroy();
      return;
    }
    if (this.destroyed) return;
    if (this.writableFinished) {
      if (!this.readable && this.closed) {
        this.destroy();
      }
    }
  }
}

function sendTrailers(self, headersList) {
  if (self.destroyed || self.closed) return;
  try {
    self[kHandle].trailers(self[kID], headersList);
  } catch (err) {
    self.destroy(err);
  }
}

function shutdownWritable(callback) {
  const handle = this[kHandle];
  const state = this[kState];
  if (!handle || state.shutdownWritableCalled || state.endSent || this.closed) {
    state.shutdownWritableCalled = true;
    callback();
    return;
  }
  state.shutdownWritableCalled = true;
  if (!this.headersSent) {
    // As nghttp2's shutdown in Node: the end of the writable side waits for respond() (a HEAD
    // stream is ended before its 'stream' event, and must still take the handler's headers).
    state.endPending = true;
    callback();
    return;
  }
  if (!state.endSent) {
    state.endSent = true;
    try {
      handle.write(this[kID], null, true);
    } catch {
      // the stream closed meanwhile
    }
  }
  callback();
  this[kMaybeDestroy]();
}

// flushPendingEnd sends the END_STREAM that end() asked for before the headers went out.
function flushPendingEnd(stream) {
  const state = stream[kState];
  if (!state.endPending) return;
  state.endPending = false;
  if (state.endSent) return;
  state.endSent = true;
  try {
    stream[kHandle].write(stream[kID], null, true);
  } catch {
    // the stream closed meanwhile
  }
  stream[kMaybeDestroy]();
}

function closeStream(stream, code, rstStreamStatus = kSubmitRstStream) {
  const state = stream[kState];
  state.flags |= STREAM_FLAGS_CLOSED;
  state.rstCode = code;
  if (stream[kTimeout]) {
    clearTimeout(stream[kTimeout]);
    stream[kTimeout] = null;
  }
  stream.removeAllListeners('timeout');
  const { ending } = stream._writableState;
  if (!ending) {
    if (!stream.aborted) {
      state.flags |= STREAM_FLAGS_ABORTED;
      stream.emit('aborted');
    }
    state.endSent = true; // nothing more may go out
    stream.end();
  }
  if (rstStreamStatus !== kNoRstStream) {
    const finishFn = finishCloseStream.bind(stream, code);
    if (!ending || stream.writableFinished || code !== NGHTTP2_NO_ERROR || rstStreamStatus === kForceRstStream) {
      finishFn();
    } else {
      stream.once('finish', finishFn);
    }
  }
}

function finishCloseStream(code) {
  if (this.pending) {
    this.push(null);
    this.once('ready', () => submitRstStream.call(this, code));
    return;
  }
  submitRstStream.call(this, code);
}

function submitRstStream(code) {
  const handle = this[kHandle];
  const session = this[kSession];
  if (handle !== undefined && session && !session.destroyed) handle.rst(this[kID], code);
}

function processHeaders(oldHeaders, options) {
  assertIsObject(oldHeaders, 'headers');
  const headers = Object.create(null);
  if (oldHeaders !== null && oldHeaders !== undefined) {
    for (const key in oldHeaders) {
      if (Object.prototype.hasOwnProperty.call(oldHeaders, key)) headers[key] = oldHeaders[key];
    }
    headers[kSensitiveHeaders] = oldHeaders[kSensitiveHeaders];
  }
  const statusCode = headers[HTTP2_HEADER_STATUS] = headers[HTTP2_HEADER_STATUS] | 0 || HTTP_STATUS_OK;
  if (options.sendDate == null || options.sendDate) {
    if (headers[HTTP2_HEADER_DATE] === null || headers[HTTP2_HEADER_DATE] === undefined) {
      headers[HTTP2_HEADER_DATE] = new Date().toUTCString();
    }
  }
  if (statusCode < 200 || statusCode > 599) throw new ERR_HTTP2_STATUS_INVALID(headers[HTTP2_HEADER_STATUS]);
  const neverIndex = headers[kSensitiveHeaders];
  if (neverIndex !== undefined && !Array.isArray(neverIndex)) {
    throw new ERR_INVALID_ARG_VALUE('headers[http2.neverIndex]', neverIndex);
  }
  return headers;
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, options, headers) {
    super(session, options, true);
    this[kState].flags |= STREAM_FLAGS_READY;
    this[kProtocol] = headers[HTTP2_HEADER_SCHEME];
    this[kAuthority] = getAuthority(headers);
    this[kInit](id);
  }

  get pushAllowed() {
    return !this.destroyed && !this.closed && !this.session.closed && !this.session.destroyed &&
      this[kSession].remoteSettings.enablePush;
  }

  pushStream(headers, options, callback) {
    if (!this.pushAllowed) throw new ERR_HTTP2_PUSH_DISABLED();
    if (this[kID] % 2 === 0) throw new (codes.ERR_HTTP2_NESTED_PUSH)();
    const session = this[kSession];
    this[kUpdateTimer]();
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    assertIsObject(options, 'options');
    options = Object.assign({}, options);
    setAndValidatePriorityOptions(options);
    assertIsObject(headers, 'headers');
    headers = Object.assign(Object.create(null), headers);
    if (headers[HTTP2_HEADER_METHOD] === undefined) headers[HTTP2_HEADER_METHOD] = HTTP2_METHOD_GET;
    if (getAuthority(headers) === undefined) headers[HTTP2_HEADER_AUTHORITY] = this[kAuthority];
    if (headers[HTTP2_HEADER_SCHEME] === undefined) headers[HTTP2_HEADER_SCHEME] = this[kProtocol];
    if (headers[HTTP2_HEADER_PATH] === undefined) headers[HTTP2_HEADER_PATH] = '/';
    let headRequest = false;
    if (headers[HTTP2_HEADER_METHOD] === HTTP2_METHOD_HEAD) headRequest = options.endStream = true;
    const headersList = mapToHeaders(headers);
    let id;
    try {
      id = this[kHandle].push(this[kID], headersList);
    } catch (err) {
      let e = err;
      if (err.code === 'ERR_HTTP2_OUT_OF_STREAMS') e = new ERR_HTTP2_OUT_OF_STREAMS();
      else if (err.code === 'ERR_HTTP2_INVALID_STREAM') e = new ERR_HTTP2_INVALID_STREAM();
      process.nextTick(callback, e);
      return;
    }
    const stream = new ServerHttp2Stream(session, id, options, headers);
    stream[kSentHeaders] = headers;
    stream.push(null);
    if (options.endStream) stream.end();
    if (headRequest) stream[kState].flags |= STREAM_FLAGS_HEAD_REQUEST;
    process.nextTick(callback, null, stream, headers, 0);
  }

  respond(headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    const state = this[kState];
    assertIsObject(options, 'options');
    options = Object.assign({}, options);
    this[kUpdateTimer]();
    options.endStream = !!options.endStream;
    const waitForTrailers = !!options.waitForTrailers;
    if (waitForTrailers) state.flags |= STREAM_FLAGS_HAS_TRAILERS;
    // Fast path: the binding validates, converts and sends plain headers in one call and returns
    // the sentHeaders object; it returns undefined (having sent nothing) for anything the JS path
    // below must handle, which throws Node's errors.
    assertIsObject(headers, 'headers');
    let sent;
    const headRequest = this.headRequest === true;
    try {
      sent = this[kHandle].respondFast(this[kID], headers, options.sendDate == null || !!options.sendDate,
        options.endStream, waitForTrailers, headRequest);
    } catch (err) {
      // Valid headers, but the stream or session went away.
      this[kSentHeaders] = processHeaders(headers, options);
      state.flags |= STREAM_FLAGS_HEADERS_SENT;
      this.destroy(err);
      return;
    }
    if (sent !== undefined) {
      this[kSentHeaders] = sent;
      state.flags |= STREAM_FLAGS_HEADERS_SENT;
      const code = sent[HTTP2_HEADER_STATUS];
      if (options.endStream || code === HTTP_STATUS_NO_CONTENT || code === HTTP_STATUS_RESET_CONTENT ||
          code === HTTP_STATUS_NOT_MODIFIED || headRequest) {
        state.endSent = true;
        this.end();
      } else {
        flushPendingEnd(this);
      }
      return;
    }
    headers = processHeaders(headers, options);
    const headersList = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    this[kSentHeaders] = headers;
    state.flags |= STREAM_FLAGS_HEADERS_SENT;
    const statusCode = headers[HTTP2_HEADER_STATUS] | 0;
    let endStream = false;
    if (options.endStream || statusCode === HTTP_STATUS_NO_CONTENT || statusCode === HTTP_STATUS_RESET_CONTENT ||
        statusCode === HTTP_STATUS_NOT_MODIFIED || this.headRequest === true) {
      endStream = true;
      state.endSent = true;
    }
    try {
      this[kHandle].respond(this[kID], headersList, endStream, waitForTrailers);
    } catch (err) {
      this.destroy(err);
      return;
    }
    if (endStream) this.end();
    else flushPendingEnd(this);
  }

  respondWithFD(fd, headers, options) {
    require('internal/http2/respond_file').respondWithFD(this, fd, headers, options);
  }

  respondWithFile(path, headers, options) {
    require('internal/http2/respond_file').respondWithFile(this, path, headers, options);
  }

  additionalHeaders(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_AFTER_RESPOND();
    assertIsObject(headers, 'headers');
    headers = Object.assign(Object.create(null), headers);
    if (headers[HTTP2_HEADER_STATUS] != null) {
      const statusCode = headers[HTTP2_HEADER_STATUS] |= 0;
      if (statusCode === HTTP_STATUS_SWITCHING_PROTOCOLS) throw new ERR_HTTP2_STATUS_101();
      if (statusCode < 100 || statusCode >= 200) {
        throw new ERR_HTTP2_INVALID_INFO_STATUS(headers[HTTP2_HEADER_STATUS]);
      }
    }
    this[kUpdateTimer]();
    const headersList = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    if (!this[kInfoHeaders]) this[kInfoHeaders] = [headers];
    else this[kInfoHeaders].push(headers);
    try {
      this[kHandle].info(this[kID], headersList);
    } catch (err) {
      this.destroy(err);
    }
  }

  [kProceed]() {
    this.respond();
  }
}

ServerHttp2Stream.prototype[kProceed] = ServerHttp2Stream.prototype.respond;

Http2Stream.prototype[kTimeout] = null;
Http2Stream.prototype[kID] = undefined;
Http2Stream.prototype[kHandle] = undefined;
Http2Stream.prototype[kSentHeaders] = undefined;
Http2Stream.prototype[kSentTrailers] = undefined;
Http2Stream.prototype[kInfoHeaders] = undefined;

function handleHeaderContinue(headers) {
  if (headers[HTTP2_HEADER_STATUS] === HTTP_STATUS_CONTINUE) this.emit('continue');
}

class ClientHttp2Stream extends Http2Stream {
  constructor(session, id, options) {
    super(session, options, id !== undefined);
    this[kState].flags |= STREAM_FLAGS_HEADERS_SENT;
    if (id !== undefined) this[kInit](id);
    this.on('headers', handleHeaderContinue);
  }

  [kProceed]() {
    // Client headers leave with request(); nothing to do.
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

function initializeOptions(options) {
  assertIsObject(options, 'options');
  options = Object.assign({}, options);
  assertIsObject(options.settings, 'options.settings');
  options.settings = Object.assign({}, options.settings);
  if (options.maxSessionInvalidFrames !== undefined) validateUint32(options.maxSessionInvalidFrames, 'maxSessionInvalidFrames');
  if (options.maxSessionRejectedStreams !== undefined) validateUint32(options.maxSessionRejectedStreams, 'maxSessionRejectedStreams');
  if (options.unknownProtocolTimeout !== undefined) validateUint32(options.unknownProtocolTimeout, 'unknownProtocolTimeout');
  else options.unknownProtocolTimeout = 10000;
  return options;
}

function validateUint32(value, name) {
  require('internal/errors').validateUint32(value, name);
}

function toPEMList(v) {
  if (v === undefined || v === null) return undefined;
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((x) => {
    if (x !== null && typeof x === 'object' && !ArrayBuffer.isView(x) && x.pem !== undefined) x = x.pem;
    return typeof x === 'string' ? x : Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('latin1');
  });
}

function sessionConfig(options) {
  const cfg = { settings: Object.assign({}, options.settings) };
  if (options.maxHeaderListSize !== undefined && cfg.settings.maxHeaderListSize === undefined) {
    cfg.settings.maxHeaderListSize = options.maxHeaderListSize;
  }
  if (options.maxHeaderSize !== undefined && cfg.settings.maxHeaderListSize === undefined) {
    cfg.settings.maxHeaderListSize = options.maxHeaderSize;
  }
  if (cfg.settings.maxHeaderSize !== undefined && cfg.settings.maxHeaderListSize === undefined) {
    cfg.settings.maxHeaderListSize = cfg.settings.maxHeaderSize;
  }
  for (const k of ['maxSessionMemory', 'maxOutstandingPings', 'maxSettings', 'peerMaxConcurrentStreams',
    'maxHeaderListPairs', 'maxOutstandingSettings']) {
    if (options[k] !== undefined) cfg[k] = options[k];
  }
  return cfg;
}

function maybeEmitServerClose(server) {
  if (server[kState].closing && !server[kState].closeEmitted && server[kSessions].size === 0) {
    server[kState].closeEmitted = true;
    server.emit('close');
  }
}

function onServerSession(server, handle, info) {
  const options = server[kOptions];
  const sopts = Object.assign({}, options);
  delete sopts.settings; // the initial SETTINGS carry them already
  const session = new ServerHttp2Session(sopts, handle, info, server);
  session[kLocalSettings] = undefined;
  server[kSessions].add(session);
  if (Array.isArray(options.origins) && options.origins.length > 0 && session.encrypted) {
    session.origin(...options.origins);
  }
  server.emit('session', session);
  if (info._socket === undefined) server.emit('connection', session[kProxySocket]);
}

// server.emit('connection', socket) by a script: serve that socket (a TLS server does the
// handshake on it). Our own 'connection' events carry a session.socket proxy and are skipped.
function serverConnectionListener(socket) {
  if (socket === null || typeof socket !== 'object' || proxySockets.has(socket)) return;
  if (socket[kBoundSession] !== undefined) throw new ERR_HTTP2_SOCKET_BOUND();
  socket.on('error', socketOnError);
  this[kServerHandle].adopt(socket);
}

function setupCompat(ev) {
  if (ev === 'request') {
    this.removeListener('newListener', setupCompat);
    require('internal/http2/compat').setup(this, this[kOptions]);
  }
}

class Http2Server extends EventEmitter {
  constructor(options, requestListener, secure) {
    super();
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options === undefined) {
      options = {};
    }
    options = initializeOptions(options);
    this[kOptions] = options;
    this[kSessions] = new Set();
    this[kState] = { closing: false, closeEmitted: false, listening: false };
    this.timeout = 0;
    const cfg = sessionConfig(options);
    if (secure) {
      cfg.tls = {
        key: toPEMList(options.key),
        cert: toPEMList(options.cert),
        ca: toPEMList(options.ca),
      };
    }
    this[kServerHandle] = binding.createServer(cfg, (handle, info) => onServerSession(this, handle, info));
    this[kServerHandle].unrefd = false;
    if (secure) require('internal/http2/compat').setupSecure(this, this[kServerHandle], options);
    this.on('newListener', setupCompat);
    this.on('connection', serverConnectionListener);
    if (typeof requestListener === 'function') this.on('request', requestListener);
  }

  get listening() {
    return this[kState].listening;
  }

  listen(...args) {
    let cb;
    if (typeof args[args.length - 1] === 'function') cb = args.pop();
    let port = 0;
    let host;
    if (args[0] !== null && typeof args[0] === 'object') {
      port = args[0].port;
      host = args[0].host;
    } else {
      port = args[0];
      if (typeof args[1] === 'string') host = args[1];
    }
    if (port === undefined || port === null) port = 0;
    if (typeof port === 'string' && /^[0-9]+$/.test(port)) port = Number(port);
    if (typeof port !== 'number' || port < 0 || port > 65535 || !Number.isInteger(port)) {
      throw new ERR_SOCKET_BAD_PORT('options.port', port);
    }
    if (this[kState].listening) throw new ERR_SERVER_ALREADY_LISTEN();
    if (cb) this.once('listening', cb);
    const err = this[kServerHandle].listen(host === undefined ? '' : host, port);
    if (err !== undefined) {
      process.nextTick(emit, this, 'error', err);
      return this;
    }
    this[kState].listening = true;
    this[kState].closing = false;
    this[kState].closeEmitted = false;
    if (this[kServerHandle].unrefd) this[kServerHandle].unref();
    process.nextTick(emit, this, 'listening');
    return this;
  }

  address() {
    if (!this[kState].listening) return null;
    return this[kServerHandle].address();
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this[kState].listening) {
        this.once('close', () => cb(new ERR_SERVER_NOT_RUNNING()));
      } else {
        this.once('close', cb);
      }
    }
    if (this[kState].listening) {
      this[kState].listening = false;
      this[kServerHandle].close();
    }
    this[kState].closing = true;
    process.nextTick(maybeEmitServerClose, this);
    return this;
  }

  ref() {
    this[kServerHandle].unrefd = false;
    this[kServerHandle].ref();
    return this;
  }

  unref() {
    this[kServerHandle].unrefd = true;
    this[kServerHandle].unref();
    return this;
  }

  setTimeout(msecs, callback) {
    validateNumber(msecs, 'msecs', 0);
    this.timeout = msecs;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.on('timeout', callback);
    }
    return this;
  }

  updateSettings(settings) {
    assertIsObject(settings, 'settings');
    validateSettings(settings);
    this[kOptions].settings = Object.assign({}, this[kOptions].settings, settings);
  }

  getConnections(cb) {
    const n = this[kSessions].size;
    if (typeof cb === 'function') process.nextTick(cb, null, n);
    return this;
  }
}

class Http2SecureServer extends Http2Server {
  constructor(options, requestListener) {
    super(options, requestListener, true);
  }
}

function createServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  return new Http2Server(options, handler);
}

function createSecureServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  assertIsObject(options, 'options');
  return new Http2SecureServer(options, handler);
}

// ---------------------------------------------------------------------------------------------
// Clients

function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  assertIsObject(options, 'options');
  options = Object.assign({}, options);
  assertIsObject(options.settings, 'options.settings');
  if (options.settings) validateSettings(options.settings);
  if (typeof authority === 'string') authority = parseURL(authority);
  if (authority === null || typeof authority !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('authority', ['string', 'Object', 'URL'], authority);
  }
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = '' + (authority.port !== '' && authority.port !== undefined ? authority.port :
    (authority.protocol === 'http:' ? 80 : 443));
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }
  if (typeof options.createConnection === 'function') {
    return connectSocket(authority, options, listener, host, port, protocol);
  }
  const cfg = sessionConfig(options);
  delete cfg.settings.customSettings;
  cfg.host = host;
  cfg.port = Number(port);
  switch (protocol) {
    case 'http:':
      break;
    case 'https:':
      cfg.tls = {
        ca: toPEMList(options.ca),
        key: toPEMList(options.key),
        cert: toPEMList(options.cert),
        servername: options.servername !== undefined ? options.servername : (isIP(host) ? '' : host),
        rejectUnauthorized: options.rejectUnauthorized !== false,
      };
      break;
    default:
      throw new ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
  }
  const handle = binding.connect(cfg);
  const sopts = Object.assign({}, options);
  delete sopts.settings;
  const session = new ClientHttp2Session(sopts, handle);
  if (options.settings) {
    // The initial SETTINGS carry them; localSettings reflect them once acknowledged.
  }
  session[kAuthority] = (options.servername || host) + ':' + port;
  if (host.includes(':') && !options.servername) session[kAuthority] = '[' + host + ']:' + port;
  session[kProtocol] = protocol;
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

// connect() with options.createConnection(authority, options): the session runs over the socket it
// returns, once that is connected (TLS: secured).
function connectSocket(authority, options, listener, host, port, protocol) {
  const socket = options.createConnection(authority, options);
  if (socket[kBoundSession] !== undefined) throw new ERR_HTTP2_SOCKET_BOUND();
  const cfg = sessionConfig(options);
  delete cfg.settings.customSettings;
  const handle = binding.connectSocket(cfg);
  const sopts = Object.assign({}, options);
  delete sopts.settings;
  const session = new ClientHttp2Session(sopts, handle);
  session[kSocket] = socket;
  socket[kBoundSession] = session;
  socket.on('error', socketOnError);
  session[kAuthority] = (options.servername || host) + ':' + port;
  session[kProtocol] = protocol;
  if (typeof listener === 'function') session.once('connect', listener);
  const start = () => {
    if (session.destroyed) return;
    try {
      handle.useSocket(socket);
    } catch (err) {
      socket.destroy(err);
    }
  };
  const isTLS = socket instanceof require('tls').TLSSocket;
  if (isTLS ? !socket._secureEstablished && !socket.destroyed : socket.connecting) {
    socket.once(isTLS ? 'secureConnect' : 'connect', start);
  } else {
    start();
  }
  return session;
}

function isIP(host) {
  return /^[0-9.]+$/.test(host) || host.includes(':');
}

module.exports = {
  connect,
  createServer,
  createSecureServer,
  Http2Session,
  ServerHttp2Session,
  ClientHttp2Session,
  Http2Stream,
  ServerHttp2Stream,
  ClientHttp2Stream,
  Http2Server,
  Http2SecureServer,
  kSensitiveHeaders,
};
