'use strict';
// The JS half of node:http2. The Go engine (internal/http2_binding, jsapi/*.go) owns the wire:
// frames, HPACK, flow control, stream states. This file turns its handles and events into Node's
// objects: sessions (EventEmitters), streams (Duplexes) and servers.
//
// How the two halves talk:
//   * every session has a native handle; its methods (request, respond, write, rst, ping, ...)
//     take stream ids, never stream objects;
//   * the engine calls one JS function, onEngineEvent(kind, ...), with `this` bound to the JS
//     session (handle.attach); events of one session arrive in wire order.
// Per-request work is kept small: streams keep their state in a few own fields with prototype
// defaults, listeners are shared functions rather than closures, timers exist only when asked for.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { lazyStates, makeStates } = require('internal/streams/duplex');
const readableSteps = require('internal/streams/readable');
const writableSteps = require('internal/streams/writable');
const life = require('internal/streams/lifecycle');
const ticks = require('internal/ticks');
const binding = require('internal/http2_binding');
const errors = require('internal/errors');
const util = require('internal/http2/util');
const { kCapture, kCaptureFixed } = require('internal/event_symbols');

const {
  codes, AbortError, validateFunction, validateNumber, validateInteger, validateUint32,
  validateBoolean, validateString, validateBuffer, validateAbortSignal,
} = errors;
const {
  constants, kSensitiveHeaders, mapToHeaders, assertIsObject, validateSettings,
  assertValidPseudoHeaderResponse, assertValidPseudoHeaderTrailer, isPayloadMeaningless,
  checkInvalidHeaderChar, kMaxALTSVC, makeError, checkRequestPseudoNames,
} = util;

const {
  NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR, NGHTTP2_REFUSED_STREAM,
  NGHTTP2_SESSION_SERVER, NGHTTP2_SESSION_CLIENT, NGHTTP2_DEFAULT_WEIGHT,
} = constants;

const {
  EV_CONNECT, EV_REMOTE_SETTINGS, EV_LOCAL_SETTINGS, EV_PING, EV_GOAWAY, EV_ALTSVC, EV_ORIGIN,
  EV_FRAME_ERROR, EV_HEADERS, EV_DATA, EV_PUSH, EV_RESET, EV_WANT_TRAILERS, EV_WRITTEN,
  EV_STREAM_CLOSE, EV_ERROR, EV_CLOSE,
} = binding;

// Header block categories as the engine numbers them (bindings.HeadersCategory).
const CAT_REQUEST = 0;
const CAT_RESPONSE = 1;
const CAT_INFO = 2;
const CAT_PUSH_RESPONSE = 3;
const CAT_TRAILERS = 4;

const FLAG_END_STREAM = 1;

// Names of the RST/GOAWAY codes for error messages ("NGHTTP2_INTERNAL_ERROR").
const codeNames = [];
for (const name of ['NO_ERROR', 'PROTOCOL_ERROR', 'INTERNAL_ERROR', 'FLOW_CONTROL_ERROR',
  'SETTINGS_TIMEOUT', 'STREAM_CLOSED', 'FRAME_SIZE_ERROR', 'REFUSED_STREAM', 'CANCEL',
  'COMPRESSION_ERROR', 'CONNECT_ERROR', 'ENHANCE_YOUR_CALM', 'INADEQUATE_SECURITY',
  'HTTP_1_1_REQUIRED']) {
  codeNames[constants['NGHTTP2_' + name]] = 'NGHTTP2_' + name;
}
function codeName(code) {
  return codeNames[code] !== undefined ? codeNames[code] : code;
}

binding.setup(onEngineEvent, makeError, kSensitiveHeaders, Buffer[Symbol.species] || Buffer);

// ---- private keys ----------------------------------------------------------------------------

const kHandle = Symbol('handle');         // session: native handle
const kBits = Symbol('bits');             // session/stream: state bit set
const kStreams = Symbol('streams');       // session: Map id -> stream
const kWaiting = Symbol('waiting');       // client session: streams created before 'connect'
const kInfo = Symbol('info');             // session: connection description from Go
const kSocketView = Symbol('socketView'); // session: the session.socket proxy
const { kTimeout: kTimer } = require('internal/timers'); // session/stream: idle timer (only when set)
const kCloseErr = Symbol('closeErr');     // session: error to report with 'close'
const kServer = Symbol('server');         // server session: its Http2Server
const kOrigins = Symbol('origins');       // client session: originSet
const kAuthority = Symbol('authority');   // client session: default :authority
const kScheme = Symbol('scheme');         // client session: default :scheme
const kOwner = Symbol('owner');           // stream: its session
const kId = Symbol('id');                 // stream: stream id (undefined while pending)
const kRst = Symbol('rst');               // stream: rstCode
const kHeld = Symbol('held');             // stream: received bytes not yet given back to flow control
const kOut = Symbol('out');               // stream: bytes handed to the engine, not yet on the wire
const kParkedCb = Symbol('parkedCb');     // stream: write callback waiting for the engine to drain
const kSent = Symbol('sent');             // stream: sentHeaders
const kSentInfo = Symbol('sentInfo');     // stream: sentInfoHeaders
const kSentTrailers = Symbol('sentTrailers');
const kReqHeaders = Symbol('reqHeaders'); // server stream: the request's headers (push defaults)
const kOptions = Symbol('options');       // server: options
const kNative = Symbol('native');         // server: native server handle
const kLive = Symbol('live');             // server: sessions accepted by its own listener
const kSocketTarget = Symbol('socketTarget'); // session: the socket object behind session.socket
const kPrepareResponse = Symbol('prepareResponse');
const kParkedFinal = Symbol('parkedFinal'); // stream: _final callback waiting for the last bytes
const kAcks = Symbol('acks');             // session: settings() calls not yet acknowledged
const kFirstAck = Symbol('firstAck');     // session: the initial SETTINGS is not acknowledged yet
const kPendingOpen = Symbol('pendingOpen'); // client stream: request() arguments kept until connect
const kLocalSettings = Symbol('localSettings');   // session: localSettings, once read or acknowledged
const kRemoteSettings = Symbol('remoteSettings'); // session: remoteSettings, once read or received
const kAnnouncing = Symbol('announcing'); // server: emitting 'connection' for its own connection
const kEndCb = Symbol('endCb');           // dormant stream: the callback given to end()
const kDecoder = Symbol('decoder');       // dormant client stream: setEncoding()'s decoder
const kFlow = Symbol('flow');             // stream: F_* bits (dormant progress)
const kLate = Symbol('late');             // stream: L_* bits

// session bits
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const S_CONNECTING = 1;
const S_CLOSED = 2;
const S_DESTROYED = 4;
const S_ENGINE_DONE = 8;     // EV_CLOSE seen (or no engine session will ever exist)
const S_CLOSE_EMITTED = 16;
const S_GOAWAY_SEEN = 32;
const S_SERVER_BIT = 64;     // a server session

// stream bits. goja allocates every integer >= 256 it computes (and caches -256..255), so the
// flags a common request has set and tests often take the low byte: a test of one of them, or
// `bits & ~flag` on a stream with no high flag set, costs no allocation.
const T_DORMANT = 1;         // see below
const T_DESTROYED = 2;       // both: destroyed
const T_CLOSED = 4;
const T_HEADERS_SENT = 8;
const T_END_SENT = 16;       // END_STREAM handed to the engine
const T_EOF = 32;            // push(null) done
const T_W_ENDING = 64;       // writable: end() called (ending, ended, finalCalled)
const T_R_END_DONE = 128;    // readable: endEmitted
const T_HEAD = 1 << 8;       // HEAD request: responses carry no body
const T_ABORTED = 1 << 9;
const T_TRAILERS_READY = 1 << 11;
const T_WAIT_TRAILERS = 1 << 12;
const T_PUSHED = 1 << 13;    // a pushed stream (server side: cannot push again)
const T_END_LOST = 1 << 15;  // end() came after the engine had closed the stream
const T_CLOSE_AFTER_FINISH = 1 << 16; // close() on an ending stream: RST_STREAM once 'finish' came
// A server stream starts "dormant" (T_DORMANT): its Readable and Writable states are not made (duplex.js
// lazyStates) and this file runs the usual life of a request itself, with T_DESTROYED, T_W_ENDING,
// T_R_END_DONE and the kFlow/kLate bits below standing for the state fields the generic path would
// have set. Anything else (a 'data' or 'readable' listener, read, write, pipe, cork, most stream
// getters, destroy(err), ...) makes the states from these bits (wake) and the stream goes on on the
// generic path. Ticks are queued where the generic path queues them, each a step that hands over to
// the generic one if the stream woke. The bits a common request sets are spread over three fields
// (kBits, kFlow, kLate) so that each stays below 256 (see above).
// kFlow: the dormant readable and writable progress.
const F_R_ANNOUNCED = 1;     // readable: emittedReadable (a 'readable' step is queued)
const F_R_FLOWING = 2;       // readable: resumed (flowing, not paused)
const F_R_RESUMING = 4;      // readable: resumeScheduled
const F_R_END_QUEUED = 8;    // readable: endQueued
const F_W_FINAL_DONE = 16;   // writable: _final called back
const F_W_PREFINISHED = 32;  // writable: prefinished
const F_W_FINISH_QUEUED = 64; // writable: a 'finish' step is queued (pendingcb)
const F_W_FINISHED = 128;    // writable: finished
// kLate: the end of a request's life, and how far a dormant client stream was read.
const L_END_AFTER_HEADERS = 1;
const L_ST_CLOSED = 2;       // both: closed (_destroy called back)
const L_CLOSE_DONE = 4;      // both: closeEmitted
const L_END_DESTROYS = 8;    // destroy() is owed after 'end' (the listener is not added yet)
// A client stream stays dormant while it is read in flowing mode through 'data' listeners alone
// (see clientResumeNow): after its first resume step it waits for data as a Readable does after an
// empty read(0) (sync off, a read pending, needReadable), and each DATA frame is handed straight to
// the 'data' listeners, as push() does for a flowing stream with nothing queued.
const L_R_WAITING = 16;      // readable: sync false; reading and needReadable until the end
const L_R_DATA = 32;         // readable: dataEmitted

const kStreamOptions = { allowHalfOpen: true, decodeStrings: false, autoDestroy: false };

// originOf is URL.prototype.origin as WHATWG defines it (a port is kept unless it is the
// scheme's default, which URL.port already leaves out).
function originOf(u) {
  const p = u.protocol;
  if (p === 'http:' || p === 'https:' || p === 'ws:' || p === 'wss:' || p === 'ftp:') return p + '//' + u.host;
  return 'null';
}

// A 421 (Misdirected Request) says the server is not authoritative for the request's origin:
// as Node, that origin leaves the session's originSet (before 'response').
function dropMisdirectedOrigin(session, stream) {
  const set = session[kOrigins];
  const sent = stream[kSent];
  if (set === undefined || sent === undefined) return;
  const authority = sent[':authority'] !== undefined ? sent[':authority'] : sent.host;
  if (typeof authority !== 'string') return;
  try {
    set.delete(originOf(new URL(session[kScheme] + '://' + authority)));
  } catch (err) {
    void err; // not a URL authority: not in the set either
  }
}

// engineLost tells whether a handle call failed only because the engine already closed the
// stream or the session (a RST or a hang-up the JS side has not been told about yet: its event is
// on the way). Node's JS never sees that window, so such calls quietly do nothing.
function engineLost(err) {
  const code = err !== null && typeof err === 'object' ? err.code : undefined;
  return code === 'ERR_HTTP2_INVALID_STREAM' || code === 'ERR_HTTP2_INVALID_SESSION';
}

// parseURL is new URL() with Node's error for bad input (the engine's URL words it differently).
function parseURL(text) {
  try {
    return new URL(text);
  } catch (e) {
    const err = new codes.ERR_INVALID_URL();
    err.input = text;
    throw err;
  }
}

// ---- the engine's events -----------------------------------------------------------------------

function onEngineEvent(kind, a, b, c, d, e) {
  const session = this;
  if (session[kBits] & S_DESTROYED) {
    // A destroyed session hears nothing more from the wire; the engine only has to finish.
    if (kind === EV_CLOSE) engineClosedSession(session);
    else if (kind === EV_DATA && b !== null) session[kHandle].consume(a, b.length);
    // Destroyed while dialing: Node still reports the socket's TCP connect (then 'close').
    else if (kind === EV_CONNECT && a === undefined) session.emit('connect', session, undefined);
    return undefined;
  }
  const timer = session[kTimer];
  if (timer !== undefined) timer.refresh();
  switch (kind) {
    case EV_HEADERS: return gotHeaders(session, a, b, c, d, e);
    case EV_DATA: return gotData(session, a, b, c);
    case EV_WRITTEN: return gotWritten(session, a, b);
    case EV_STREAM_CLOSE: {
      const stream = session[kStreams].get(a);
      if (stream !== undefined) engineClosedStream(stream, b);
      return undefined;
    }
    case EV_RESET: {
      const stream = session[kStreams].get(a);
      if (stream !== undefined && !(stream[kBits] & T_CLOSED)) stream[kRst] = b;
      return undefined;
    }
    case EV_WANT_TRAILERS: {
      const stream = session[kStreams].get(a);
      if (stream === undefined) return undefined;
      stream[kBits] |= T_TRAILERS_READY;
      if (isDestroyed(stream) || (stream[kBits] & T_CLOSED)) return undefined;
      if (!stream.emit('wantTrailers')) stream.sendTrailers({});
      return undefined;
    }
    case EV_PUSH: return gotPush(session, a, b, c, d);
    case EV_CONNECT: return clientConnected(session, a);
    case EV_REMOTE_SETTINGS:
      session[kRemoteSettings] = a;
      return session.emit('remoteSettings', a);
    case EV_LOCAL_SETTINGS:
      // The peer acknowledges in order: the first ACK is for the SETTINGS the session opened
      // with, each later one for a settings() call (counted down before 'localSettings', as Node).
      if (session[kFirstAck]) session[kFirstAck] = false;
      else if (session[kAcks] > 0) session[kAcks]--;
      session[kLocalSettings] = a;
      return session.emit('localSettings', a);
    case EV_PING: return session.emit('ping', a);
    case EV_GOAWAY: return gotGoaway(session, a, b, c);
    case EV_ALTSVC: return session.emit('altsvc', c, b, a);
    case EV_ORIGIN: {
      const set = session[kOrigins];
      if (set !== undefined) for (const o of a) set.add(o);
      return session.emit('origin', a);
    }
    case EV_FRAME_ERROR: {
      const stream = session[kStreams].get(c);
      if (stream !== undefined) stream.emit('frameError', a, b, c);
      else session.emit('frameError', a, b, c);
      return undefined;
    }
    case EV_ERROR:
      if (session[kCloseErr] === undefined) session[kCloseErr] = a;
      return undefined;
    case EV_CLOSE: return engineClosedSession(session);
  }
  return undefined;
}

function gotHeaders(session, id, headers, category, flags, raw) {
  let stream = session[kStreams].get(id);
  const ended = (flags & FLAG_END_STREAM) !== 0;
  if (category === CAT_REQUEST) {
    if (stream === undefined) {
      let bits = headers[':method'] === 'HEAD' ? T_HEAD : 0;
      if (ended) bits |= T_EOF;
      stream = new ServerHttp2Stream(session, id, headers, bits);
      session[kStreams].set(id, stream);
      if (ended) {
        stream[kLate] = L_END_AFTER_HEADERS;
        endReadable(stream);
      }
      session.emit('stream', stream, headers, flags, raw);
      return;
    }
    category = CAT_TRAILERS;
  }
  if (stream === undefined || isDestroyed(stream)) return;
  const t = stream[kTimer];
  if (t !== undefined) t.refresh();
  switch (category) {
    case CAT_RESPONSE:
      if (ended) stream[kLate] |= L_END_AFTER_HEADERS;
      if (headers[':status'] === 421) dropMisdirectedOrigin(session, stream);
      stream.emit('response', headers, flags, raw);
      break;
    case CAT_INFO:
      if (headers[':status'] === 100) stream.emit('continue');
      stream.emit('headers', headers, flags, raw);
      break;
    case CAT_PUSH_RESPONSE:
      stream.emit('push', headers, flags, raw);
      break;
    default:
      stream.emit('trailers', headers, flags, raw);
      break;
  }
  if (ended && !(stream[kBits] & T_EOF)) {
    stream[kBits] |= T_EOF;
    endReadable(stream);
  }
}

function gotData(session, id, chunk, ended) {
  const stream = session[kStreams].get(id);
  if (stream === undefined || isDestroyed(stream) || (stream[kBits] & T_EOF)) {
    if (chunk !== null) session[kHandle].consume(id, chunk.length);
    return;
  }
  const t = stream[kTimer];
  if (t !== undefined) t.refresh();
  if (chunk !== null) {
    if (stream[kBits] & T_DORMANT) {
      // A dormant client stream waiting in flowing mode hands the chunk to its 'data' listeners
      // (push() with nothing queued); anything else needs the Readable state.
      const late = stream[kLate];
      if ((late & L_R_WAITING) && listens(stream, 'data')) {
        // (An empty chunk, or bytes the decoder keeps for the next one, emit nothing.)
        const dec = stream[kDecoder];
        const out = dec === null ? chunk : dec.write(chunk);
        if (out.length > 0) {
          stream[kLate] = late | L_R_DATA;
          stream.emit('data', out);
        }
        session[kHandle].consume(id, chunk.length);
        if (ended) {
          stream[kBits] |= T_EOF;
          endReadable(stream);
        }
        return;
      }
      wake(stream);
    }
    // Flow control follows the reader: bytes the stream cannot take now are given back to the
    // peer only from _read().
    if (stream.push(chunk) && stream[kHeld] === 0) session[kHandle].consume(id, chunk.length);
    else stream[kHeld] += chunk.length;
  }
  if (ended) {
    stream[kBits] |= T_EOF;
    endReadable(stream);
  }
}

function gotWritten(session, id, n) {
  const stream = session[kStreams].get(id);
  if (stream === undefined) return;
  stream[kOut] -= n;
  const t = stream[kTimer];
  if (t !== undefined) t.refresh();
  const cb = stream[kParkedCb];
  if (cb !== null && stream[kOut] <= stream.writableHighWaterMark) {
    stream[kParkedCb] = null;
    cb();
  }
  if (stream[kOut] <= 0) {
    const fin = stream[kParkedFinal];
    if (fin !== undefined) {
      stream[kParkedFinal] = undefined;
      if (!(stream[kBits] & T_END_LOST)) endedWhileUnread(stream);
      fin();
    } else if (dormantFinalParked(stream)) {
      if (!(stream[kBits] & T_END_LOST)) endedWhileUnread(stream);
      dormantFinalDone(stream);
    }
  }
}

function gotPush(session, parentId, id, headers, raw) {
  const parent = session[kStreams].get(parentId);
  const stream = new ClientHttp2Stream(session, false);
  stream[kId] = id;
  stream[kBits] |= T_PUSHED | T_END_SENT | T_HEADERS_SENT;
  session[kStreams].set(id, stream);
  // The client never writes on a pushed stream.
  stream.end();
  void parent;
  session.emit('stream', stream, headers, 0, raw);
}

function gotGoaway(session, code, lastStreamID, opaque) {
  session[kBits] |= S_GOAWAY_SEEN;
  session.emit('goaway', code, lastStreamID, opaque);
  if (session[kBits] & S_DESTROYED) return;
  if (code === NGHTTP2_NO_ERROR) session.close();
  else {
    // The peer's code becomes the rstCode of the streams that end with the session.
    for (const s of session[kStreams].values()) if (s[kRst] === undefined) s[kRst] = code;
    session.destroy(new codes.ERR_HTTP2_SESSION_ERROR(code), NGHTTP2_NO_ERROR);
  }
}

function engineClosedSession(session) {
  let bits = session[kBits];
  if (bits & S_ENGINE_DONE) return;
  session[kBits] = bits |= S_ENGINE_DONE;
  if (!(bits & S_DESTROYED)) {
    session.destroy(session[kCloseErr]);
    return;
  }
  process.nextTick(emitSessionClose, session);
}

function emitSessionClose(session) {
  if (session[kBits] & S_CLOSE_EMITTED) return;
  session[kBits] |= S_CLOSE_EMITTED;
  // A JS socket the engine took over (not one it bridges, which Go ends itself) is finished too.
  const socket = session[kSocketTarget];
  const info = session[kInfo];
  if (socket !== undefined && !(socket instanceof EngineSocket) && !(info && info._bridged === true) &&
      !socket.destroyed && typeof socket.destroy === 'function') {
    socket.destroy();
  }
  const err = session[kCloseErr];
  if (err !== undefined && err !== null) session.emit('error', err);
  session.emit('close');
  session[kLocalSettings] = undefined;
  const server = session[kServer];
  if (server !== undefined) server[kLive].delete(session) && serverMaybeClosed(server);
}

// A stream's engine-side life ended (END_STREAM both ways, RST sent or received, session gone).
function engineClosedStream(stream, code) {
  if (isDestroyed(stream)) return;
  // CANCEL without an RST from either side means the connection went away: like a clean end,
  // the reader still gets 'end' for what arrived (Node closes such streams with CANCEL).
  const dropped = code === NGHTTP2_CANCEL && stream[kRst] === undefined;
  const sessionErr = stream[kOwner][kCloseErr];
  if (sessionErr !== undefined && sessionErr !== null && code !== NGHTTP2_NO_ERROR) {
    // The session is failing with an error (the engine reports it before the streams): as in
    // Node, its open streams end with that error and rstCode INTERNAL_ERROR.
    stream[kRst] = NGHTTP2_INTERNAL_ERROR;
    if (!(stream[kBits] & T_CLOSED)) markClosed(stream);
    stream.destroy(sessionErr);
    return;
  }
  // A clean end (NO_ERROR, no code set before) leaves kRst to its prototype default: rstCode
  // reads undefined as NO_ERROR and teardown takes it so for a closed stream. One own property
  // less per request (goja keeps symbol-keyed properties in a hash map per object).
  if (code !== NGHTTP2_NO_ERROR || stream[kRst] !== undefined) stream[kRst] = code;
  if (!(stream[kBits] & T_CLOSED)) markClosed(stream);
  const bits = stream[kBits];
  const readable = bits & T_DORMANT ? !(bits & (T_DESTROYED | T_R_END_DONE)) : stream.readable;
  if ((code !== NGHTTP2_NO_ERROR && !dropped) || !readable) {
    stream.destroy();
    return;
  }
  // Let the reader see the end of the data first; then 'close'.
  if (bits & T_DORMANT && !listens(stream, 'end')) stream[kLate] |= L_END_DESTROYS;
  else stream.once('end', destroySelf);
  if (!(stream[kBits] & T_EOF)) {
    stream[kBits] |= T_EOF;
    endReadable(stream);
  }
  const nb = stream[kBits];
  if (nb & T_DORMANT) {
    if (stream[kOwner][kBits] & S_SERVER_BIT) {
      // Nobody read it (that would have woken it): a server stream is resumed.
      resumeReadable(stream);
    } else {
      // The client's read(0) below: with nothing queued it finds the end ('end' in a step).
      stream[kFlow] = endQueued(stream, nb, stream[kFlow]);
    }
  } else if (stream[kOwner][kBits] & S_SERVER_BIT && stream.readableFlowing === null) {
    // A body nobody consumes (no 'data'/'readable' listener, never paused or piped) is drained
    // so that the stream can close, as Node does. _read() having run proves nothing here: the
    // Readable calls it by itself as data arrives.
    stream.resume();
  } else {
    stream.read(0);
  }
}

function destroySelf() {
  this.destroy();
}

// ---- dormant server streams (see T_DORMANT) ----------------------------------------------------

// A dormant stream whose end() waits for the engine (finalStep said kParked) is one that is ending
// and has not had its _final called back: gotWritten then calls dormantFinalDone. (The other
// outcomes of a dormant end() call back at once or wake the stream.) This takes no own property.
function dormantFinalParked(stream) {
  return (stream[kBits] & (T_DORMANT | T_W_ENDING)) === (T_DORMANT | T_W_ENDING) &&
    !(stream[kFlow] & F_W_FINAL_DONE);
}

function listens(stream, name) {
  const t = stream._events;
  return t !== undefined && t[name] !== undefined;
}

function isDestroyed(stream) {
  const bits = stream[kBits];
  return bits & T_DORMANT ? (bits & T_DESTROYED) !== 0 : stream.destroyed;
}

function isWritableEnded(stream) {
  const bits = stream[kBits];
  return bits & T_DORMANT ? (bits & T_W_ENDING) !== 0 : stream.writableEnded;
}

// wake makes the states of a dormant stream, set to what its bits say happened so far.
function wake(stream) {
  const bits = stream[kBits];
  if (!(bits & T_DORMANT)) return;
  const flow = stream[kFlow];
  const late = stream[kLate];
  stream[kBits] = bits & ~T_DORMANT;
  if (late & L_END_DESTROYS) stream[kLate] = late & ~L_END_DESTROYS;
  makeStates(stream, kStreamOptions);
  const r = stream._readableState;
  const w = stream._writableState;
  if (bits & T_EOF) r.ended = true;
  if (flow & F_R_ANNOUNCED) r.emittedReadable = true;
  if (flow & F_R_FLOWING) {
    r.flowing = true;
    r.paused = false;
  }
  if (flow & F_R_RESUMING) r.resumeScheduled = true;
  if (flow & F_R_END_QUEUED) r.endQueued = true;
  if (bits & T_R_END_DONE) r.endEmitted = true;
  if (late & L_R_WAITING) {
    r.sync = false;
    if (!(bits & T_EOF)) r.reading = r.needReadable = true;
  }
  if (late & L_R_DATA) r.dataEmitted = true;
  const dec = stream[kDecoder];
  if (dec !== null) {
    r.decoder = dec;
    r.encoding = dec.encoding;
  }
  if (bits & T_W_ENDING) {
    w.ending = w.ended = w.finalCalled = true;
    w.sync = false;
    let pending = 0;
    if (!(flow & F_W_FINAL_DONE)) pending++;
    if ((flow & F_W_FINISH_QUEUED) && !(flow & F_W_FINISHED)) pending++;
    w.pendingcb = pending;
    const cb = stream[kEndCb];
    if (cb !== undefined) {
      stream[kEndCb] = undefined;
      w.finishCallbacks = [cb];
    }
    if (!(flow & F_W_FINAL_DONE)) {
      // end() is parked (dormantFinalParked): the generic path's _final callback waits instead.
      stream[kParkedFinal] = (err) => writableSteps.finalDone(stream, w, err);
    }
  }
  if (flow & F_W_PREFINISHED) w.prefinished = true;
  if (flow & F_W_FINISHED) w.finished = true;
  if (bits & T_DESTROYED) r.destroyed = w.destroyed = true;
  if (late & L_ST_CLOSED) r.closed = w.closed = true;
  if (late & L_CLOSE_DONE) r.closeEmitted = w.closeEmitted = true;
  if (late & L_END_DESTROYS) stream.once('end', destroySelf);
}

// push(null) on a stream nobody read: the end is announced with a 'readable' step.
function endReadable(stream) {
  const bits = stream[kBits];
  if (!(bits & T_DORMANT)) {
    stream.push(null);
    return;
  }
  const flow = stream[kFlow];
  if (stream[kLate] & L_R_WAITING) {
    // push(null) outside a read: 'readable' at once (no listener: a 'readable' listener wakes the
    // stream, one added with prependListener is heard on the generic path), then the flowing
    // stream finds the end with nothing queued: 'end' in a step.
    if (listens(stream, 'readable')) {
      wake(stream);
      stream.push(null);
      return;
    }
    if (flow & F_R_FLOWING) stream[kFlow] = endQueued(stream, bits, flow);
    // What the decoder still holds is queued and handed out by the pump after the end is seen.
    const dec = stream[kDecoder];
    if (dec !== null) {
      const rest = dec.end();
      if (rest && rest.length > 0) {
        stream[kLate] |= L_R_DATA;
        stream.emit('data', rest);
      }
    }
    return;
  }
  if (!(flow & F_R_ANNOUNCED)) {
    stream[kFlow] = flow | F_R_ANNOUNCED;
    ticks.queue(dormantReadable, stream);
  }
}

function dormantReadable(stream) {
  const bits = stream[kBits];
  if (!(bits & T_DORMANT) || listens(stream, 'readable')) {
    wake(stream);
    readableSteps.emitReadableNow(stream);
    return;
  }
  // The end is there ('readable' would be emitted unless destroyed); nothing is queued.
  let flow = stream[kFlow];
  if (!(bits & T_DESTROYED)) flow &= ~F_R_ANNOUNCED;
  if (flow & F_R_FLOWING) flow = endQueued(stream, bits, flow & ~F_R_ANNOUNCED);
  stream[kFlow] = flow;
}

// The readable side found its end with nothing left to read: 'end' follows in a step.
// Returns the new kFlow bits.
function endQueued(stream, bits, flow) {
  if (!(bits & T_R_END_DONE) && !(flow & F_R_END_QUEUED)) {
    flow |= F_R_END_QUEUED;
    ticks.queue(dormantEmitEnd, stream);
  }
  return flow;
}

function resumeReadable(stream) {
  const bits = stream[kBits];
  if (!(bits & T_DORMANT)) {
    stream.resume();
    return;
  }
  const flow = stream[kFlow];
  if (!(flow & F_R_FLOWING)) {
    stream[kFlow] = flow | F_R_FLOWING | F_R_RESUMING;
    ticks.queue(dormantResumeNow, stream);
  }
}

function dormantResumeNow(stream) {
  const bits = stream[kBits];
  if (!(bits & T_DORMANT) || listens(stream, 'resume')) {
    wake(stream);
    readableSteps.resumeNow(stream, stream._readableState);
    return;
  }
  // Dormant streams only resume after their end: the reads find it and queue 'end'.
  stream[kFlow] = endQueued(stream, bits, stream[kFlow] & ~(F_R_RESUMING | F_R_ANNOUNCED));
}

// The resume step of a dormant client stream given a 'data' listener (Readable's resumeNow): its
// read(0) finds nothing yet and leaves a read pending; 'resume' (no listener: one wakes the
// stream); the pump and the second read(0) find nothing either. After the end it is the server's step.
function clientResumeNow(stream) {
  const bits = stream[kBits];
  if (!(bits & T_DORMANT) || (bits & T_EOF)) {
    dormantResumeNow(stream);
    return;
  }
  if ((bits & T_DESTROYED) || listens(stream, 'resume')) {
    wake(stream);
    readableSteps.resumeNow(stream, stream._readableState);
    return;
  }
  stream[kFlow] &= ~F_R_RESUMING;
  stream[kLate] |= L_R_WAITING;
}

function dormantEmitEnd(stream) {
  const bits = stream[kBits];
  if (!(bits & T_DORMANT)) {
    readableSteps.emitEnd(stream._readableState, stream);
    return;
  }
  stream[kFlow] &= ~F_R_END_QUEUED;
  const late = stream[kLate];
  if ((late & L_CLOSE_DONE) || (bits & T_R_END_DONE)) return;
  stream[kBits] = bits | T_R_END_DONE;
  if (listens(stream, 'end')) {
    stream.emit('end');
  } else if (late & L_END_DESTROYS) {
    stream[kLate] &= ~L_END_DESTROYS;
    stream.destroy();
  }
  // A stream that may not stay half-open ends its writable side too.
  if (stream.allowHalfOpen === false) ticks.queue(endWritableSide, stream);
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// end() on a dormant stream; returns undefined when the generic path must do it (after wake).
function dormantEnd(stream, chunk, encoding, cb) {
  const bits = stream[kBits];
  if (bits & (T_W_ENDING | T_DESTROYED)) return undefined;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = undefined;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  if (chunk !== undefined && chunk !== null) {
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return undefined;
    if (bits & (T_END_SENT | T_CLOSED)) return undefined;
    if (typeof chunk === 'string' && encoding !== undefined && encoding !== null && encoding !== 'utf8' &&
        encoding !== 'utf-8') {
      chunk = Buffer.from(chunk, encoding);
    }
    if (!(bits & T_HEADERS_SENT)) stream.respond();
    if (stream[kBits] & (T_END_SENT | T_CLOSED | T_W_ENDING | T_DESTROYED)) return undefined;
    let n = -1;
    try {
      n = stream[kOwner][kHandle].write(stream[kId], chunk, true);
    } catch (err) {
      if (!engineLost(err)) throw err;
    }
    if (n < 0) return undefined;
    stream[kBits] |= T_END_SENT;
    stream[kOut] += n;
    const t = stream[kTimer];
    if (t !== undefined) t.refresh();
  }
  stream[kBits] |= T_W_ENDING;
  if (typeof cb === 'function') stream[kEndCb] = cb;
  const r = finalStep(stream);
  if (r === kParked) {
    // Parked: gotWritten finds it from the bits (dormantFinalParked).
  } else if (r !== null) {
    // The engine refused the end: the generic path reports it as _final's error (this call is
    // the one wake parked a callback for).
    wake(stream);
    if (stream[kParkedFinal] !== undefined) stream[kParkedFinal] = undefined;
    const w = stream._writableState;
    w.sync = true;
    writableSteps.finalDone(stream, w, r);
    w.sync = false;
  } else {
    dormantFinalDone(stream);
  }
  return stream;
}

// _final called back on a dormant stream: 'prefinish' now, 'finish' in a step.
function dormantFinalDone(stream) {
  if (!(stream[kBits] & T_DORMANT) || listens(stream, 'prefinish')) {
    wake(stream);
    if (stream[kParkedFinal] !== undefined) stream[kParkedFinal] = undefined; // (parked by wake: this is its call)
    writableSteps.finalDone(stream, stream._writableState);
    return;
  }
  let flow = stream[kFlow] | F_W_FINAL_DONE;
  if (!(stream[kBits] & T_DESTROYED) && !(stream[kLate] & L_CLOSE_DONE) && !(flow & F_W_FINISHED)) {
    flow |= F_W_PREFINISHED | F_W_FINISH_QUEUED;
    ticks.queue(dormantFinish, stream);
  }
  stream[kFlow] = flow;
}

function dormantFinish(stream) {
  if (!(stream[kBits] & T_DORMANT)) {
    writableSteps.emitFinish(stream, stream._writableState);
    return;
  }
  stream[kFlow] |= F_W_FINISHED;
  const cb = stream[kEndCb];
  if (cb !== undefined) {
    stream[kEndCb] = undefined;
    cb(null);
  }
  if (listens(stream, 'finish')) stream.emit('finish');
}

// destroy() without an error on a dormant stream (runDestroy of the generic path).
function dormantDestroy(stream, cb) {
  const bits = stream[kBits];
  if (bits & T_DESTROYED) {
    if (typeof cb === 'function') cb();
    return stream;
  }
  stream[kBits] = bits | T_DESTROYED;
  let err;
  try {
    err = teardown(stream, null);
  } catch (e) {
    err = e;
  }
  if (err) {
    wake(stream);
    life.markErrored(stream, err);
    stream._readableState.closed = stream._writableState.closed = true;
    if (typeof cb === 'function') cb(err);
    ticks.queue(life.emitErrorAndClose, stream, err);
  } else {
    stream[kLate] |= L_ST_CLOSED;
    if (typeof cb === 'function') cb(err);
    ticks.queue(dormantClose, stream);
  }
  sessionMaybeDone(stream[kOwner]);
  return stream;
}

function dormantClose(stream) {
  if (!(stream[kBits] & T_DORMANT)) {
    life.emitCloseOnce(stream);
    return;
  }
  stream[kLate] |= L_CLOSE_DONE;
  if (listens(stream, 'close')) stream.emit('close');
}

// markClosed flags a stream closed; a stream still writable was cut short ('aborted').
function markClosed(stream) {
  stream[kBits] |= T_CLOSED;
  clearStreamTimer(stream);
  const open = !isWritableEnded(stream);
  if (open || (stream[kBits] & T_END_LOST)) {
    wake(stream);
    stream[kBits] |= T_ABORTED;
    stream.emit('aborted');
    if (open) stream.end();
  }
}

// resetStream sends RST_STREAM with code and nothing else (unlike close(), which first ends what
// the stream sends): the stream closes, and errors, when the engine reports it closed. Used by
// respond_file when reading the file fails after the headers went out, as Node does.
function resetStream(stream, code) {
  const id = stream[kId];
  const session = stream[kOwner];
  if (id === undefined || (stream[kBits] & T_CLOSED) || (session[kBits] & S_DESTROYED)) return;
  stream[kRst] = code;
  session[kHandle].rst(id, code);
}

function clearStreamTimer(stream) {
  const t = stream[kTimer];
  if (t !== undefined) {
    clearTimeout(t);
    stream[kTimer] = undefined;
  }
}

// ---- the socket seen through session.socket --------------------------------------------------

// What a session knows of a connection the engine runs itself (no JS socket behind it).
class EngineSocket extends EventEmitter {
  constructor(session, info) {
    super();
    this.session = session;
    this.remoteAddress = info.remoteAddress;
    this.remotePort = info.remotePort;
    this.remoteFamily = info.remoteFamily;
    this.localAddress = info.localAddress;
    this.localPort = info.localPort;
    this.localFamily = info.localFamily;
    this.encrypted = info.encrypted === true;
    this.alpnProtocol = info.alpnProtocol;
    if (this.encrypted) {
      this.servername = info.servername;
      this.authorized = true;
    }
  }

  address() {
    return { address: this.localAddress, family: this.localFamily, port: this.localPort };
  }

  get destroyed() { return (this.session[kBits] & S_DESTROYED) !== 0; }
  get writable() { return !this.destroyed; }
  get readable() { return !this.destroyed; }
  get connecting() { return (this.session[kBits] & S_CONNECTING) !== 0; }
  // An accepted socket names the server that accepted it (net.Server sets both), a client's null.
  get server() { return this.session[kServer] || null; }
  get _server() { return this.session[kServer] || null; }
}

const forbiddenOnSocket = new Set(['destroy', 'emit', 'end', 'pause', 'read', 'resume',
  'setEncoding', 'write', 'setKeepAlive', 'setNoDelay']);
const sessionOwned = new Set(['setTimeout', 'ref', 'unref']);

// Proxy traps; the handler object carries the session (handler.session).
const socketTraps = {
  get(target, prop) {
    if (forbiddenOnSocket.has(prop)) throw new codes.ERR_HTTP2_NO_SOCKET_MANIPULATION();
    if (sessionOwned.has(prop)) {
      const s = this.session;
      return s[prop].bind(s);
    }
    const v = prop === 'constructor' ? socketClass(target) : Reflect.get(target, prop);
    return typeof v === 'function' ? v.bind(target) : v;
  },
  set(target, prop, value) {
    if (forbiddenOnSocket.has(prop)) throw new codes.ERR_HTTP2_NO_SOCKET_MANIPULATION();
    if (sessionOwned.has(prop)) {
      this.session[prop] = value;
      return true;
    }
    target[prop] = value;
    return true;
  },
  // A session over a connection the engine owns shows an EngineSocket; Node's session.socket is
  // the real net.Socket or TLSSocket, so instanceof checks see those classes.
  getPrototypeOf(target) {
    return target instanceof EngineSocket ? socketClass(target).prototype : Reflect.getPrototypeOf(target);
  },
};

function socketClass(target) {
  if (!(target instanceof EngineSocket)) return target.constructor;
  return target.encrypted ? require('tls').TLSSocket : require('net').Socket;
}

// The socket a server's 'connection' / 'secureConnection' listeners get. Node hands them the
// connection itself, not session.socket's restricted view: ending or destroying it ends the
// session's connection. The byte-level operations of a real socket have no meaning on a
// connection the engine owns; they throw.
const connectionTraps = {
  __proto__: socketTraps,
  get(target, prop) {
    const session = this.session;
    switch (prop) {
      case 'destroy':
      case 'destroySoon':
      case 'end':
        return function endConnection() {
          // The connection goes away under the session, with no GOAWAY (as a destroyed socket);
          // what the engine already read from it is not delivered any more.
          if (!(session[kBits] & S_DESTROYED)) {
            session[kHandle].abort();
            session.destroy();
          }
          return this;
        };
      case 'emit':
        return target.emit.bind(target);
      case 'constructor':
        return this.secure ? require('tls').TLSSocket : require('net').Socket;
    }
    if (forbiddenOnSocket.has(prop)) {
      return function unavailable() {
        throw new codes.ERR_METHOD_NOT_IMPLEMENTED('socket.' + prop + '()');
      };
    }
    return socketTraps.get.call(this, target, prop);
  },
  set(target, prop, value) {
    target[prop] = value;
    return true;
  },
  getPrototypeOf() {
    return this.secure ? require('tls').TLSSocket.prototype : require('net').Socket.prototype;
  },
};

// ---- sessions ----------------------------------------------------------------------------------

class Http2Session extends EventEmitter {
  constructor(type, handle) {
    super();
    this[kBits] = type === NGHTTP2_SESSION_SERVER ? S_SERVER_BIT : 0;
    this[kHandle] = handle;
    this[kStreams] = new Map();
    this[kInfo] = undefined;
    this[kSocketView] = undefined;
    this[kTimer] = undefined;
    this[kCloseErr] = undefined;
    if (handle !== undefined) handle.attach(this);
  }

  get type() {
    return this[kBits] & S_SERVER_BIT ? NGHTTP2_SESSION_SERVER : NGHTTP2_SESSION_CLIENT;
  }

  get connecting() { return (this[kBits] & S_CONNECTING) !== 0; }
  get closed() { return (this[kBits] & S_CLOSED) !== 0; }
  get destroyed() { return (this[kBits] & S_DESTROYED) !== 0; }

  get encrypted() {
    const info = this[kInfo];
    return info === undefined ? undefined : info.encrypted === true;
  }

  get alpnProtocol() {
    const info = this[kInfo];
    if (info === undefined) return undefined;
    return info.alpnProtocol;
  }

  get originSet() {
    const set = this[kOrigins];
    return set === undefined ? undefined : Array.from(set);
  }

  get socket() {
    let view = this[kSocketView];
    if (view !== undefined) return view;
    const info = this[kInfo];
    if (info === undefined && this[kSocketTarget] === undefined) return undefined;
    let target = this[kSocketTarget];
    if (target === undefined) target = this[kSocketTarget] = new EngineSocket(this, info);
    view = new Proxy(target, { __proto__: socketTraps, session: this });
    this[kSocketView] = view;
    return view;
  }

  // util.inspect shows a summary (Node's shape); beyond the caller's depth, the bare object.
  [kInspect](depth) {
    if (depth < 0) return this;
    const summary = {
      type: this.type,
      closed: this.closed,
      destroyed: this.destroyed,
      state: this.state,
      localSettings: this.localSettings,
      remoteSettings: this.remoteSettings,
    };
    return 'Http2Session ' + require('util').inspect(summary);
  }

  get pendingSettingsAck() {
    return this[kFirstAck] || this[kAcks] > 0;
  }

  // As in Node, a connected session answers with the same settings object until a SETTINGS
  // exchange changes it (the 'localSettings'/'remoteSettings' event carries the new object).
  // Before it connected, and once destroyed, the answer is a fresh empty object, except that
  // the local settings last read stay readable until 'close' was emitted.
  get localSettings() {
    const s = this[kLocalSettings];
    return s !== undefined ? s : settingsOf(this, kLocalSettings, 'localSettings');
  }

  get remoteSettings() {
    return settingsOf(this, kRemoteSettings, 'remoteSettings');
  }

  get state() {
    const h = this[kHandle];
    const s = h !== undefined && !(this[kBits] & S_DESTROYED) ? h.state() : undefined;
    return s === undefined ? {} : s;
  }

  // The ID of the next stream this side opens (odd for a client, even for pushes); the engine
  // ignores one it cannot take (too large, below the current one, wrong parity), as nghttp2.
  setNextStreamID(id) {
    if (this[kBits] & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (typeof id !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('id', 'number', id);
    if (id <= 0 || id > 0xffffffff) throw new codes.ERR_OUT_OF_RANGE('id', '> 0 and <= 4294967295', id);
    // Node has no engine session to ask yet while connecting (this is the TypeError it throws).
    if (this[kBits] & S_CONNECTING) throw new TypeError("Cannot read properties of undefined (reading 'setNextStreamID')");
    this[kHandle].setNextStreamID(id);
  }

  setLocalWindowSize(windowSize) {
    if (this[kBits] & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    validateInteger(windowSize, 'windowSize', 0, 2 ** 31 - 1);
    if (this[kBits] & S_CONNECTING) {
      this.once('connect', () => this.setLocalWindowSize(windowSize));
      return;
    }
    this[kHandle].setLocalWindowSize(windowSize);
  }

  ping(payload, callback) {
    if (this[kBits] & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload !== undefined) {
      validateBuffer(payload, 'payload');
      if (payload.byteLength !== 8) throw new codes.ERR_HTTP2_PING_LENGTH();
    } else {
      payload = Buffer.alloc(8);
      payload.writeDoubleLE(Date.now(), 0);
    }
    validateFunction(callback, 'callback');
    if (this[kBits] & S_CONNECTING) {
      this.once('connect', () => this.ping(payload, callback));
      return false;
    }
    this[kHandle].ping(payload, callback);
    return true;
  }

  settings(settings, callback) {
    if (this[kBits] & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    assertIsObject(settings, 'settings');
    validateSettings(settings);
    if (callback !== undefined) validateFunction(callback, 'callback');
    settings = normalizeSettings(settings);
    if (this[kBits] & S_CONNECTING) {
      this.once('connect', () => this.settings(settings, callback));
      return;
    }
    const started = Date.now();
    const session = this;
    this[kHandle].settings(settings, (err) => {
      if (err) {
        // Never acknowledged (the session ended first): Node never calls the callback then.
        if (session[kAcks] > 0) session[kAcks]--;
        return;
      }
      if (typeof callback === 'function') callback(null, session.localSettings, Date.now() - started);
    });
    this[kAcks]++;
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    if (this[kBits] & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (opaqueData !== undefined) validateBuffer(opaqueData, 'opaqueData');
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    if (this[kBits] & S_CONNECTING) {
      this.once('connect', () => this.goaway(code, lastStreamID, opaqueData));
      return;
    }
    this[kHandle].goaway(code, lastStreamID, opaqueData);
  }

  setTimeout(msecs, callback) {
    validateNumber(msecs, 'msecs');
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    let t = this[kTimer];
    if (t !== undefined) {
      clearTimeout(t);
      this[kTimer] = undefined;
    }
    if (msecs > 0 && !(this[kBits] & S_DESTROYED)) {
      t = setTimeout(sessionTimedOut, msecs, this);
      if (typeof t.unref === 'function') t.unref();
      this[kTimer] = t;
    }
    return this;
  }

  ref() {
    const h = this[kHandle];
    if (h !== undefined) h.ref();
  }

  unref() {
    const h = this[kHandle];
    if (h !== undefined) h.unref();
  }

  close(callback) {
    if (this[kBits] & (S_CLOSED | S_DESTROYED)) return;
    this[kBits] |= S_CLOSED;
    if (typeof callback === 'function') this.once('close', callback);
    if (!(this[kBits] & S_CONNECTING) && this[kHandle] !== undefined) this[kHandle].close();
    sessionMaybeDone(this);
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    let bits = this[kBits];
    if (bits & S_DESTROYED) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new codes.ERR_HTTP2_SESSION_ERROR(code) : undefined;
    }
    if (code === undefined) code = error != null ? NGHTTP2_INTERNAL_ERROR : NGHTTP2_NO_ERROR;
    // destroy() alone leaves `closed` false (Node sets it only in close()).
    this[kBits] = bits |= S_DESTROYED;
    if (error != null) this[kCloseErr] = error;
    const t = this[kTimer];
    if (t !== undefined) {
      clearTimeout(t);
      this[kTimer] = undefined;
    }
    const waiting = this[kWaiting];
    if (waiting !== undefined && waiting.size > 0) {
      const cancel = new codes.ERR_HTTP2_STREAM_CANCEL(error);
      if (error != null) cancel.cause = error;
      for (const s of Array.from(waiting)) s.destroy(cancel);
      waiting.clear();
    }
    // Open streams end with the session's code as their rstCode.
    for (const s of Array.from(this[kStreams].values())) {
      if (s[kRst] === undefined) s[kRst] = code;
      // Ending without an error, Node ends the readable side of each stream before destroying
      // it: one that is flowing still emits 'end' (before its 'close'), a paused one does not.
      if (error == null && !(s[kBits] & T_EOF) && s.readable) {
        if (!(s[kBits] & T_DORMANT)) {
          s[kBits] |= T_EOF;
          s.push(null);
        } else if (s[kLate] & L_R_WAITING) {
          // A dormant client request read through 'data' listeners is flowing too.
          s[kBits] |= T_EOF;
          endReadable(s);
        }
      }
      s.destroy(error);
    }
    const h = this[kHandle];
    // true: the engine was still dialing and reports how the connect ended (EV_CONNECT, EV_CLOSE)
    // before 'close', as Node's session waits for its socket.
    const dialing = h !== undefined && h.destroy(code) === true;
    const socket = this[kSocketTarget];
    if (socket !== undefined && !(socket instanceof EngineSocket) && (bits & S_CONNECTING) &&
        typeof socket.destroy === 'function') {
      socket.destroy();
    }
    if (!dialing && ((bits & S_ENGINE_DONE) || (bits & S_CONNECTING) || this[kInfo] === undefined)) {
      this[kBits] |= S_ENGINE_DONE;
      process.nextTick(emitSessionClose, this);
    }
  }
}
Http2Session.prototype[kSocketTarget] = undefined;
Http2Session.prototype[kLocalSettings] = undefined;
Http2Session.prototype[kRemoteSettings] = undefined;
Http2Session.prototype[kAcks] = 0;
Http2Session.prototype[kFirstAck] = false;
Http2Session.prototype[kWaiting] = undefined;
Http2Session.prototype[kOrigins] = undefined;
Http2Session.prototype[kServer] = undefined;

function settingsOf(session, key, method) {
  const h = session[kHandle];
  if (h === undefined || (session[kBits] & (S_DESTROYED | S_CONNECTING))) return {};
  let s = session[key];
  if (s !== undefined) return s;
  s = h[method]();
  if (s === undefined) return {};
  session[key] = s;
  return s;
}

function sessionTimedOut(session) {
  session[kTimer] = undefined;
  if (session[kBits] & S_DESTROYED) return;
  session.emit('timeout');
}

// A closed session goes away once its last stream did.
function sessionMaybeDone(session) {
  const bits = session[kBits];
  if (!(bits & S_CLOSED) || (bits & S_DESTROYED)) return;
  if (session[kStreams].size > 0) return;
  const waiting = session[kWaiting];
  if (waiting !== undefined && waiting.size > 0) return;
  session.destroy();
}

// The settings object for the engine: maxHeaderSize is an alias of maxHeaderListSize.
function normalizeSettings(settings) {
  const out = Object.assign({}, settings);
  if (out.maxHeaderSize !== undefined && out.maxHeaderListSize === undefined) {
    out.maxHeaderListSize = out.maxHeaderSize;
  }
  return out;
}

class ServerHttp2Session extends Http2Session {
  constructor(handle, info, server) {
    super(NGHTTP2_SESSION_SERVER, handle);
    this[kInfo] = info;
    this[kServer] = server;
    if (info !== undefined && info._socket !== undefined) this[kSocketTarget] = info._socket;
  }

  get server() { return this[kServer]; }

  altsvc(alt, originOrStream) {
    if (this[kBits] & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    validateString(alt, 'alt');
    let stream = 0;
    let origin = '';
    if (typeof originOrStream === 'number') {
      if (!Number.isInteger(originOrStream) || originOrStream <= 0 || originOrStream > 0xffffffff) {
        throw new codes.ERR_OUT_OF_RANGE('originOrStream', '> 0 && < 4294967296', originOrStream);
      }
      stream = originOrStream;
    } else if (typeof originOrStream === 'string') {
      origin = originOf(parseURL(originOrStream));
      if (origin === 'null') throw new codes.ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    } else if (originOrStream !== null && typeof originOrStream === 'object') {
      origin = originOrStream instanceof URL ? originOf(originOrStream) : originOrStream.origin;
      if (typeof origin !== 'string') {
        const e = new codes.ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'Object'], originOrStream);
        e.message = 'The "originOrStream" argument must be one of type string or number or an instance of URL or Object.' +
          e.message.slice(e.message.indexOf(' Received'));
        throw e;
      }
      if (origin === 'null' || origin === '') throw new codes.ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    } else if (originOrStream !== undefined) {
      throw new codes.ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'Object'], originOrStream);
    }
    // Node checks the alt value before it notices that neither an origin nor a stream was given
    // (session.altsvc('\u0001') is ERR_INVALID_CHAR); it then aborts the process, we throw.
    if (checkInvalidHeaderChar(alt)) throw new codes.ERR_INVALID_CHAR('alt');
    if (alt.length + origin.length > kMaxALTSVC) throw new codes.ERR_HTTP2_ALTSVC_LENGTH();
    if (originOrStream === undefined) {
      throw new codes.ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'Object'], originOrStream);
    }
    // A frame for a stream this session does not have (never opened, or gone) is dropped without
    // an error, as nghttp2 does under Node.
    if (stream !== 0 && !this[kStreams].has(stream)) return;
    this[kHandle].altsvc(stream, origin, alt);
  }

  origin(...origins) {
    if (this[kBits] & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (origins.length === 0) return;
    const list = [];
    let total = 0;
    for (let o of origins) {
      if (typeof o === 'string') o = originOf(parseURL(o));
      else if (o instanceof URL) o = originOf(o);
      else if (o !== null && typeof o === 'object') o = o.origin;
      validateString(o, 'origin');
      if (o === 'null') throw new codes.ERR_HTTP2_INVALID_ORIGIN();
      total += o.length + 2;
      list.push(o);
    }
    if (total > kMaxALTSVC) throw new codes.ERR_HTTP2_ORIGIN_LENGTH();
    // ORIGIN frames only mean something over TLS; elsewhere they are dropped (as nghttp2 does).
    if (this.encrypted !== true) return;
    this[kHandle].origin(list);
  }
}

class ClientHttp2Session extends Http2Session {
  constructor(handle, authority, scheme) {
    super(NGHTTP2_SESSION_CLIENT, handle);
    this[kBits] |= S_CONNECTING;
    this[kWaiting] = new Set();
    this[kAuthority] = authority;
    this[kScheme] = scheme;
  }

  request(headers, options) {
    const bits = this[kBits];
    if (bits & S_DESTROYED) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (bits & S_CLOSED) throw new codes.ERR_HTTP2_GOAWAY_SESSION();
    assertIsObject(headers, 'headers');
    // The binding copies, defaults, validates and converts the usual header shapes in one call;
    // everything else (and every header error) goes through the JS steps below. Without options
    // on a connected session it also sends a GET's (HEAD's, DELETE's) HEADERS in that call.
    let fast;
    if (options === undefined && !(bits & S_CONNECTING)) {
      fast = this[kHandle].requestOpen(headers, this[kAuthority], this[kScheme]);
      if (fast !== undefined && (typeof fast[1] === 'number' || fast[1] instanceof Error)) {
        return openedRequest(this, fast[0], fast[1]);
      }
    } else {
      fast = this[kHandle].requestHeaders(headers, this[kAuthority], this[kScheme]);
    }
    let list;
    if (fast !== undefined) {
      assertIsObject(options, 'options');
      headers = fast[0];
      list = fast[1];
      if (options !== undefined) options = Object.assign({}, options);
    } else {
      if (headers !== undefined) checkRequestPseudoNames(headers);
      assertIsObject(options, 'options');
      headers = Object.assign(Object.create(null), headers);
      if (options !== undefined) options = Object.assign({}, options);
      addRequestDefaults(this, headers);
    }

    let endStream;
    let waitForTrailers = false;
    let priority;
    let signal;
    if (options === undefined) {
      const method = headers[':method'];
      endStream = method === 'GET' || method === 'HEAD' || method === 'DELETE'; // isPayloadMeaningless
    } else {
      if (options.endStream === undefined) endStream = isPayloadMeaningless(headers[':method']);
      else {
        validateBoolean(options.endStream, 'options.endStream');
        endStream = options.endStream;
      }
      if (options.weight !== undefined || options.parent !== undefined || options.exclusive !== undefined) {
        priority = checkPriority(options);
      } else if (options.silent !== undefined) {
        validateBoolean(options.silent, 'options.silent');
      }
      signal = options.signal;
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
      // As for respond(): a request ending with its headers gets no 'wantTrailers' (Node).
      waitForTrailers = options.waitForTrailers === true && !endStream;
    }
    if (list === undefined) list = mapToHeaders(headers);

    // A request that ends with its headers on a connected session starts dormant (its writable
    // side is done; see T_DORMANT and L_R_WAITING for the readable one).
    const stream = new ClientHttp2Stream(this, endStream && !(bits & S_CONNECTING));
    stream[kSent] = headers;
    if (waitForTrailers) stream[kBits] |= T_WAIT_TRAILERS;
    if (bits & S_CONNECTING) {
      // Opened once connected, in order (one queue, not a 'connect' listener per request).
      stream[kPendingOpen] = [list, endStream, waitForTrailers, priority];
      this[kWaiting].add(stream);
    } else {
      openRequest(this, stream, list, endStream, waitForTrailers, priority);
    }
    if (endStream && !isDestroyed(stream)) {
      if (stream[kId] !== undefined) endedWithHeaders(stream);
      else stream.end();
    }
    if (signal !== undefined) {
      if (signal.aborted) {
        stream.destroy(new AbortError(undefined, { cause: signal.reason }));
      } else {
        const onAbort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    return stream;
  }
}

// request() of a GET (HEAD, DELETE) that requestOpen sent: idOrErr is its stream id, or the error
// with which the engine refused it.
function openedRequest(session, sent, idOrErr) {
  const stream = new ClientHttp2Stream(session, true);
  stream[kSent] = sent;
  if (typeof idOrErr === 'number') {
    stream[kId] = idOrErr;
    stream[kBits] |= T_HEADERS_SENT | T_END_SENT;
    session[kStreams].set(idOrErr, stream);
    endedWithHeaders(stream);
  } else {
    requestRefused(session, stream, idOrErr);
  }
  return stream;
}

// The writable side of a request whose HEADERS carried END_STREAM: end() on the new stream would
// find nothing to write and a _final with nothing left to send that calls back at once, so the
// state they leave is set here directly, with the same events ('prefinish' now, 'finish' on a
// later tick).
function endedWithHeaders(stream) {
  if (stream[kBits] & T_DORMANT) {
    // Nobody can listen for 'prefinish' yet.
    stream[kBits] |= T_W_ENDING;
    stream[kFlow] |= F_W_FINAL_DONE | F_W_PREFINISHED | F_W_FINISH_QUEUED;
    ticks.queue(dormantFinish, stream);
    return;
  }
  const w = stream._writableState;
  w.ending = true;
  w.finalCalled = true;
  w.sync = true;
  w.prefinished = true;
  stream.emit('prefinish');
  w.pendingcb++;
  ticks.queue(writableSteps.emitFinish, stream, w);
  w.sync = false;
  w.ended = true;
}

// request()'s pseudo-header defaults and CONNECT rules, on its own copy of the headers.
function addRequestDefaults(session, headers) {
  const method = headers[':method'];
  if (method === undefined) headers[':method'] = 'GET';
  if (method !== 'CONNECT' || headers[':protocol'] !== undefined) {
    if (headers[':authority'] === undefined && headers.host === undefined) {
      headers[':authority'] = session[kAuthority];
    }
    if (headers[':scheme'] === undefined) headers[':scheme'] = session[kScheme];
    if (headers[':path'] === undefined) headers[':path'] = '/';
  } else {
    if (headers[':authority'] === undefined) throw new codes.ERR_HTTP2_CONNECT_AUTHORITY();
    if (headers[':scheme'] !== undefined) throw new codes.ERR_HTTP2_CONNECT_SCHEME();
    if (headers[':path'] !== undefined) throw new codes.ERR_HTTP2_CONNECT_PATH();
  }
}

function openRequest(session, stream, list, endStream, waitForTrailers, priority) {
  let id;
  try {
    id = session[kHandle].request(list, endStream, waitForTrailers, priority);
  } catch (err) {
    requestRefused(session, stream, err);
    return;
  }
  stream[kId] = id;
  stream[kBits] |= T_HEADERS_SENT;
  if (endStream) stream[kBits] |= T_END_SENT;
  session[kStreams].set(id, stream);
}

// The engine refused a request's stream. After a GOAWAY that is the peer refusing it (nghttp2
// would have sent it and seen it refused); otherwise the header block was bad. Either way the
// stream fails ('error' and 'close' come on later ticks).
function requestRefused(session, stream, err) {
  stream[kBits] |= T_CLOSED;
  if (session[kBits] & S_GOAWAY_SEEN) {
    stream[kRst] = NGHTTP2_REFUSED_STREAM;
    stream.destroy();
  } else {
    stream.destroy(err);
  }
}

function checkPriority(options) {
  const { weight, parent, exclusive, silent } = options;
  if (weight !== undefined) validateNumber(weight, 'options.weight');
  if (parent !== undefined) validateNumber(parent, 'options.parent', 0);
  if (exclusive !== undefined) validateBoolean(exclusive, 'options.exclusive');
  if (silent !== undefined) validateBoolean(silent, 'options.silent');
  return {
    weight: weight === undefined ? NGHTTP2_DEFAULT_WEIGHT : weight,
    parent: parent === undefined ? 0 : parent,
    exclusive: exclusive === true,
    silent: silent === true,
  };
}

function clientConnected(session, info) {
  if (session[kBits] & S_DESTROYED) return;
  session[kBits] &= ~S_CONNECTING;
  session[kInfo] = info;
  session[kFirstAck] = true; // the engine sent its SETTINGS with the preface
  if (info !== undefined && info !== null && info._socket !== undefined) session[kSocketTarget] = info._socket;
  if (info !== undefined && info !== null && info.encrypted === true) {
    session[kOrigins] = new Set([session[kScheme] + '://' + session[kAuthority]]);
  }
  if (session[kBits] & S_CLOSED) {
    session[kHandle].close();
  }
  session.emit('connect', session, session[kSocketTarget] !== undefined ? session[kSocketTarget] : session.socket);
  const waiting = session[kWaiting];
  if (waiting.size > 0) {
    const list = Array.from(waiting);
    waiting.clear();
    for (const stream of list) {
      const args = stream[kPendingOpen];
      stream[kPendingOpen] = undefined;
      if (stream.destroyed || (session[kBits] & S_DESTROYED)) continue;
      openRequest(session, stream, args[0], args[1], args[2], args[3]);
      if (!stream.destroyed) stream.emit('ready');
    }
  }
  sessionMaybeDone(session);
}

// ---- streams -----------------------------------------------------------------------------------

class Http2Stream extends Duplex {
  // Every own property is a map insert in goja (one per request on a server): the fields that
  // start at their prototype default (kId, kHeld, kOut, kParkedCb, ...) are left to it.
  constructor(session, bits, id) {
    super(kStreamOptions);
    this[kOwner] = session;
    this[kBits] = bits | 0;
    if (id !== undefined) this[kId] = id;
  }

  get id() { return this[kId]; }
  get pending() { return this[kId] === undefined; }
  get session() { return this[kOwner]; }
  get rstCode() {
    const code = this[kRst];
    return code === undefined ? NGHTTP2_NO_ERROR : code; // 0 until a code is set (Node)
  }
  get aborted() { return (this[kBits] & T_ABORTED) !== 0; }
  get closed() { return (this[kBits] & (T_CLOSED | T_CLOSE_AFTER_FINISH)) !== 0; }
  get headersSent() { return (this[kBits] & T_HEADERS_SENT) !== 0; }
  get headRequest() { return (this[kBits] & T_HEAD) !== 0; }
  // util.inspect shows a summary (Node's shape); beyond the caller's depth, the bare object.
  [kInspect](depth) {
    if (depth < 0) return this;
    const id = this[kId];
    const summary = {
      id: id === undefined ? '<pending>' : id,
      closed: this.closed,
      destroyed: this.destroyed,
      state: this.state,
      readableState: this._readableState,
      writableState: this._writableState,
    };
    return 'Http2Stream ' + require('util').inspect(summary);
  }

  get endAfterHeaders() { return (this[kLate] & L_END_AFTER_HEADERS) !== 0; }
  get sentHeaders() { return this[kSent]; }
  get sentInfoHeaders() { return this[kSentInfo]; }
  get sentTrailers() { return this[kSentTrailers]; }
  get bufferSize() { return (this[kBits] & T_DORMANT ? 0 : this.writableLength) + this[kOut]; }

  get state() {
    const id = this[kId];
    const session = this[kOwner];
    if (id === undefined || isDestroyed(this) || (session[kBits] & S_DESTROYED)) return {};
    const s = session[kHandle].streamState(id);
    return s === undefined ? {} : s;
  }

  setTimeout(msecs, callback) {
    if (isDestroyed(this)) return this;
    validateNumber(msecs, 'msecs');
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    clearStreamTimer(this);
    if (msecs > 0) {
      const t = setTimeout(streamTimedOut, msecs, this);
      if (typeof t.unref === 'function') t.unref();
      this[kTimer] = t;
    }
    return this;
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validateUint32(code, 'code');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this[kBits] & (T_CLOSED | T_CLOSE_AFTER_FINISH)) return;
    if (callback !== undefined) this.once('close', callback);
    this[kRst] = code;
    endBeforeReset(this, code);
    // As Node: a stream whose writable side is already ending keeps its data when closed with
    // NO_ERROR; the RST_STREAM follows once everything was written ('finish').
    if (code === NGHTTP2_NO_ERROR && this[kId] !== undefined && this.writableEnded &&
        !this.writableFinished && !this.destroyed) {
      this[kBits] |= T_CLOSE_AFTER_FINISH;
      this.once('finish', closeAfterFinish);
      return;
    }
    markClosed(this);
    const id = this[kId];
    if (id === undefined) {
      this.once('ready', resetWhenReady);
      return;
    }
    const session = this[kOwner];
    if (!(session[kBits] & S_DESTROYED)) session[kHandle].rst(id, code);
  }

  priority(options) {
    if (isDestroyed(this)) throw new codes.ERR_HTTP2_INVALID_STREAM();
    assertIsObject(options, 'options');
    const p = checkPriority(Object.assign({}, options));
    if (p.silent) return;
    const id = this[kId];
    if (id === undefined) {
      this.once('ready', () => this.priority(options));
      return;
    }
    try {
      this[kOwner][kHandle].priority(id, p.parent, p.weight, p.exclusive);
    } catch (err) {
      if (!engineLost(err)) throw err;
    }
  }

  sendTrailers(headers) {
    if (isDestroyed(this) || (this[kBits] & T_CLOSED)) throw new codes.ERR_HTTP2_INVALID_STREAM();
    if (this[kSentTrailers] !== undefined) throw new codes.ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!(this[kBits] & T_TRAILERS_READY)) throw new codes.ERR_HTTP2_TRAILERS_NOT_READY();
    assertIsObject(headers, 'headers');
    headers = Object.assign(Object.create(null), headers);
    const list = mapToHeaders(headers, assertValidPseudoHeaderTrailer);
    this[kSentTrailers] = headers;
    try {
      this[kOwner][kHandle].trailers(this[kId], list);
    } catch (err) {
      if (!engineLost(err)) throw err;
    }
  }

  _write(chunk, encoding, cb) {
    const id = this[kId];
    if (id === undefined) {
      this.once('ready', () => this._write(chunk, encoding, cb));
      return;
    }
    if (this[kBits] & T_CLOSED) {
      cb(); // closed by RST or the connection: the bytes have nowhere to go
      return;
    }
    if (!(this[kBits] & T_HEADERS_SENT)) this.respond();
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      chunk = Buffer.from(chunk, encoding);
    }
    const t = this[kTimer];
    if (t !== undefined) t.refresh();
    let n;
    try {
      n = this[kOwner][kHandle].write(id, chunk, false);
    } catch (err) {
      // A stream the engine already closed takes nothing more: the write waits for the close
      // event on its way (and is let go by _destroy), as if the peer had stopped reading.
      if (engineLost(err)) this[kParkedCb] = cb;
      else cb(err);
      return;
    }
    this[kOut] += n;
    // The engine's queue counts as part of the pipe up to the high-water mark; beyond it the
    // callback waits until the engine wrote enough (backpressure from the peer's window).
    if (this[kOut] <= this.writableHighWaterMark) cb();
    else this[kParkedCb] = cb;
  }

  // end(data) on a stream with nothing queued hands the data and END_STREAM to the engine in one
  // call (one DATA frame with END_STREAM), instead of a write cycle followed by _final.
  end(chunk, encoding, cb) {
    const bits = this[kBits];
    if (bits & T_DORMANT) {
      // end() again (a request that ended with its headers, then end()): Writable's end does
      // nothing without data or a callback.
      if ((bits & T_W_ENDING) && (chunk === undefined || chunk === null) && encoding === undefined &&
          cb === undefined) {
        return this;
      }
      if (dormantEnd(this, chunk, encoding, cb) !== undefined) return this;
      wake(this);
      return this.end(chunk, encoding, cb);
    }
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function' &&
        (typeof chunk === 'string' || chunk instanceof Uint8Array) &&
        this[kId] !== undefined && !(bits & (T_END_SENT | T_CLOSED)) && this.writableLength === 0 &&
        !this.writableEnded && !this.destroyed && this.writableCorked === 0) {
      if (typeof encoding === 'function') {
        cb = encoding;
        encoding = undefined;
      }
      if (typeof chunk === 'string' && encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = Buffer.from(chunk, encoding);
      }
      if (!(bits & T_HEADERS_SENT)) this.respond();
      if (!(this[kBits] & (T_END_SENT | T_CLOSED))) {
        let n = -1;
        try {
          n = this[kOwner][kHandle].write(this[kId], chunk, true);
        } catch (err) {
          if (!engineLost(err)) throw err;
        }
        if (n >= 0) {
          this[kBits] |= T_END_SENT;
          this[kOut] += n;
          const t = this[kTimer];
          if (t !== undefined) t.refresh();
          return super.end(cb);
        }
      }
      return super.end(chunk, encoding, cb);
    }
    return super.end(chunk, encoding, cb);
  }

  _writev(chunks, cb) {
    if (chunks.length === 1) {
      this._write(chunks[0].chunk, chunks[0].encoding, cb);
      return;
    }
    const bufs = new Array(chunks.length);
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      bufs[i] = typeof c.chunk === 'string' ? Buffer.from(c.chunk, c.encoding === 'buffer' ? 'utf8' : c.encoding) : c.chunk;
    }
    this._write(Buffer.concat(bufs), 'buffer', cb);
  }

  _final(cb) {
    const id = this[kId];
    if (id === undefined) {
      this.once('ready', () => this._final(cb));
      return;
    }
    const r = finalStep(this);
    if (r === kParked) this[kParkedFinal] = cb;
    else if (r !== null) cb(r);
    else cb();
  }

  _read() {
    const held = this[kHeld];
    if (held > 0) {
      this[kHeld] = 0;
      const session = this[kOwner];
      if (!(session[kBits] & S_DESTROYED)) session[kHandle].consume(this[kId], held);
    }
  }

  _destroy(err, cb) {
    cb(teardown(this, err));
    sessionMaybeDone(this[kOwner]);
  }

  destroy(err, cb) {
    if (this[kBits] & T_DORMANT) {
      if (!err && this[kEndCb] === undefined && this._destroy === Http2Stream.prototype._destroy) {
        return dormantDestroy(this, cb);
      }
      wake(this);
    }
    return super.destroy(err, cb);
  }

  // 'end' listeners of a dormant stream that owes destroy() after 'end' come after that one.
  on(ev, fn) {
    if (ev === 'end' && (this[kLate] & L_END_DESTROYS)) {
      this[kLate] &= ~L_END_DESTROYS;
      this.once('end', destroySelf);
    }
    return super.on(ev, fn);
  }

  prependListener(ev, fn) {
    if (ev === 'end' && (this[kLate] & L_END_DESTROYS)) {
      this[kLate] &= ~L_END_DESTROYS;
      this.once('end', destroySelf);
    }
    return super.prependListener(ev, fn);
  }
}
Http2Stream.prototype.addListener = Http2Stream.prototype.on;

// finalStep is _final's work: respond if nothing was sent yet, hand END_STREAM to the engine.
// Returns null when done, kParked when 'finish' must wait for the engine (the data is on the wire
// only then, and a peer reset after it must not lose it), or the engine's error.
const kParked = {};
function finalStep(stream) {
  if (!(stream[kBits] & (T_HEADERS_SENT | T_CLOSED))) stream.respond();
  const bits = stream[kBits];
  if (!(bits & (T_END_SENT | T_CLOSED)) && !isDestroyed(stream)) {
    stream[kBits] = bits | T_END_SENT;
    try {
      stream[kOwner][kHandle].write(stream[kId], null, true);
    } catch (err) {
      if (!engineLost(err)) return err;
      // Same as in _write: the close event decides; the end never reached the peer.
      stream[kBits] |= T_END_LOST;
      return kParked;
    }
  }
  if (stream[kOut] > 0 && !(stream[kBits] & T_CLOSED)) return kParked;
  endedWhileUnread(stream);
  return null;
}

// A server stream whose response is complete while the request is still open and its body was
// never consumed (readableFlowing null: no 'data' listener, no resume(), pause() or pipe()) is
// closed with NGHTTP2_NO_ERROR, as Node does, so that a client still sending a body larger than
// the window is not left waiting for WINDOW_UPDATEs. Node's RST_STREAM comes after the response's
// END_STREAM went out, later than 'finish' and the immediates queued until then (probed); the
// condition is checked at that time.
function endedWhileUnread(stream) {
  if ((stream[kBits] & (T_EOF | T_CLOSED)) || !(stream[kOwner][kBits] & S_SERVER_BIT)) return;
  setImmediate(endedWhileUnreadLater, stream);
}

function endedWhileUnreadLater(stream) {
  setImmediate(closeIfUnread, stream);
}

function closeIfUnread(stream) {
  if ((stream[kBits] & (T_EOF | T_CLOSED)) || isDestroyed(stream) || stream.readableFlowing !== null) return;
  stream.close(NGHTTP2_NO_ERROR);
}

// teardown is _destroy's work; it returns the error the stream ends with.
function teardown(stream, err) {
  const session = stream[kOwner];
  const id = stream[kId];
  clearStreamTimer(stream);
  let code = stream[kRst];
  // A stream the engine closed cleanly has no kRst of its own (engineClosedStream).
  if (code === undefined && id !== undefined && (stream[kBits] & T_CLOSED)) code = NGHTTP2_NO_ERROR;
  if (id === undefined) {
    const waiting = session[kWaiting];
    if (waiting !== undefined) waiting.delete(stream);
    if (code === undefined) stream[kRst] = code = err ? NGHTTP2_INTERNAL_ERROR : NGHTTP2_NO_ERROR;
  } else {
    if (!(stream[kBits] & T_CLOSED) && !isWritableEnded(stream)) {
      // Destroyed while it could still send: the exchange was cut short.
      stream[kBits] |= T_ABORTED;
      stream.emit('aborted');
    }
    if (!err) endedByDestroy(stream);
    if (code === undefined || !(stream[kBits] & T_CLOSED)) {
      if (code === undefined) {
        code = err ? (err.name === 'AbortError' ? NGHTTP2_CANCEL : NGHTTP2_INTERNAL_ERROR) : NGHTTP2_NO_ERROR;
        stream[kRst] = code;
      }
      if (!(session[kBits] & S_DESTROYED)) session[kHandle].rst(id, code);
    }
    session[kStreams].delete(id);
  }
  stream[kBits] |= T_CLOSED;
  if (!err && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) {
    err = new codes.ERR_HTTP2_STREAM_ERROR(codeName(code));
  }
  const parked = stream[kParkedCb];
  if (parked !== null) {
    stream[kParkedCb] = null;
    parked();
  }
  return err;
}

// destroy() without an error leaves the writable side ended under Node (writableEnded true, not
// finished): a write() after it fails with ERR_STREAM_WRITE_AFTER_END, not ERR_STREAM_DESTROYED
// (probed). With an error it stays as it was.
function endedByDestroy(stream) {
  const bits = stream[kBits];
  if (bits & T_DORMANT) {
    stream[kBits] = bits | T_W_ENDING;
    return;
  }
  const w = stream._writableState;
  if (!w.ending) w.ending = w.ended = true;
}

// Stream getters a dormant stream answers from its bits (the others wake it through the states).
function dormantAware(name, fromBits) {
  let proto = Duplex.prototype;
  let base;
  while (proto !== null && (base = Object.getOwnPropertyDescriptor(proto, name)) === undefined) {
    proto = Object.getPrototypeOf(proto);
  }
  const desc = {
    get() {
      const bits = this[kBits];
      return bits & T_DORMANT ? fromBits(bits, this[kFlow], this) : base.get.call(this);
    },
    enumerable: false,
    configurable: true,
  };
  if (base.set !== undefined) {
    desc.set = function (v) {
      wake(this);
      base.set.call(this, v);
    };
  }
  Object.defineProperty(Http2Stream.prototype, name, desc);
}
dormantAware('destroyed', (b) => (b & T_DESTROYED) !== 0);
dormantAware('readable', (b) => (b & (T_DESTROYED | T_R_END_DONE)) === 0);
dormantAware('writable', (b) => (b & (T_DESTROYED | T_W_ENDING)) === 0);
dormantAware('readableEnded', (b) => (b & T_R_END_DONE) !== 0);
dormantAware('writableEnded', (b) => (b & T_W_ENDING) !== 0);
dormantAware('writableFinished', (b, f) => (f & F_W_FINISHED) !== 0);
dormantAware('readableFlowing', (b, f) => (f & F_R_FLOWING ? true : null));
dormantAware('readableLength', () => 0);
dormantAware('writableLength', () => 0);
dormantAware('writableCorked', () => 0);
dormantAware('writableNeedDrain', () => false);
dormantAware('readableDidRead', (b, f, s) => (s[kLate] & L_R_DATA) !== 0);
dormantAware('readableAborted', (b) => (b & (T_DESTROYED | T_R_END_DONE)) === T_DESTROYED);
dormantAware('errored', () => null);
Http2Stream.prototype[kRst] = undefined;
Http2Stream.prototype[kId] = undefined;
Http2Stream.prototype[kHeld] = 0;
Http2Stream.prototype[kOut] = 0;
Http2Stream.prototype[kParkedCb] = null;
Http2Stream.prototype[kFlow] = 0;
Http2Stream.prototype[kLate] = 0;
Http2Stream.prototype[kParkedFinal] = undefined;
Http2Stream.prototype[kPendingOpen] = undefined;
Http2Stream.prototype[kTimer] = undefined;
Http2Stream.prototype[kSent] = undefined;
Http2Stream.prototype[kSentInfo] = undefined;
Http2Stream.prototype[kSentTrailers] = undefined;
Http2Stream.prototype[kEndCb] = undefined;
Http2Stream.prototype[kDecoder] = null;
// No own kCapture per stream while captureRejections is off (see internal/event_symbols).
Http2Stream.prototype[kCapture] = false;
Http2Stream.prototype[kCaptureFixed] = true;

// close() ends the writable side; whether that end reaches the peer (END_STREAM before the
// RST_STREAM) depends, under Node, on timing that is observable on the wire: the end goes out when
// nothing written is still in flight (the end is then immediate), and always with NGHTTP2_CANCEL,
// whose RST_STREAM Node sends only after the current callback (by then the end was handed over).
function endBeforeReset(stream, code) {
  if (stream[kId] === undefined || (stream[kBits] & (T_END_SENT | T_CLOSED)) || !(stream[kBits] & T_HEADERS_SENT)) {
    return;
  }
  wake(stream);
  if (stream.writableEnded || stream.destroyed || stream.writableLength !== 0) return;
  if (code !== NGHTTP2_CANCEL && stream[kOut] > 0) return;
  const session = stream[kOwner];
  if (session[kBits] & S_DESTROYED) return;
  try {
    session[kHandle].write(stream[kId], null, true);
  } catch (err) {
    if (!engineLost(err)) throw err;
    return;
  }
  stream[kBits] |= T_END_SENT;
}

function closeAfterFinish() {
  if (this[kBits] & T_CLOSED) return; // the exchange completed meanwhile
  markClosed(this);
  const session = this[kOwner];
  if (!(session[kBits] & S_DESTROYED)) session[kHandle].rst(this[kId], this[kRst]);
}

function streamTimedOut(stream) {
  stream[kTimer] = undefined;
  if (isDestroyed(stream)) return;
  stream.emit('timeout');
}

function resetWhenReady() {
  const session = this[kOwner];
  if (!(session[kBits] & S_DESTROYED)) session[kHandle].rst(this[kId], this[kRst]);
}

class ClientHttp2Stream extends Http2Stream {
  constructor(session, dormant) {
    super(session, T_DORMANT);
    if (!dormant) wake(this);
  }

  // A 'data' listener on a dormant stream resumes it without its Readable state (Readable's on and
  // resume: flowing, one resume step); with a 'readable' or 'newListener' listener around, or once
  // awake, the generic path does it.
  on(ev, fn) {
    if (ev !== 'data') {
      // Only 'end' (Http2Stream) and 'readable' (Readable) do more than add the listener.
      return ev === 'end' || ev === 'readable' ? super.on(ev, fn) : emitterOn.call(this, ev, fn);
    }
    if (!(this[kBits] & T_DORMANT)) return super.on(ev, fn);
    if (typeof fn !== 'function' || listens(this, 'readable') || listens(this, 'newListener')) {
      wake(this);
      return super.on(ev, fn);
    }
    emitterOn.call(this, ev, fn);
    const flow = this[kFlow];
    if (!(flow & F_R_FLOWING)) {
      this[kFlow] = flow | F_R_FLOWING | F_R_RESUMING;
      ticks.queue(clientResumeNow, this);
    }
    return this;
  }

  // Readable's setEncoding with nothing queued (a dormant stream never queues): the decoder the
  // chunks to come go through.
  setEncoding(enc) {
    if (!(this[kBits] & T_DORMANT)) return super.setEncoding(enc);
    if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
    this[kDecoder] = new StringDecoder(enc);
    return this;
  }
}
const emitterOn = EventEmitter.prototype.on;
let StringDecoder;
ClientHttp2Stream.prototype.addListener = ClientHttp2Stream.prototype.on;
// Client streams are dormant too, when a request ends with its headers (see request()).
lazyStates(ClientHttp2Stream.prototype, wake);

class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, headers, bits) {
    super(session, T_DORMANT | bits, id);
    this[kReqHeaders] = headers;
  }

  get pushAllowed() {
    const session = this[kOwner];
    return !isDestroyed(this) && !(this[kBits] & T_PUSHED) && session.remoteSettings.enablePush === true;
  }

  respond(headers, options) {
    const bits = this[kBits];
    if (bits & T_CLOSED || isDestroyed(this)) throw new codes.ERR_HTTP2_INVALID_STREAM();
    if (bits & T_HEADERS_SENT) throw new codes.ERR_HTTP2_HEADERS_SENT();
    assertIsObject(options, 'options');
    let endStream = false;
    let waitForTrailers = false;
    let sendDate = true;
    if (options !== undefined) {
      if (options.endStream !== undefined) {
        validateBoolean(options.endStream, 'options.endStream');
        endStream = options.endStream;
      }
      waitForTrailers = options.waitForTrailers === true;
      if (options.sendDate !== undefined) sendDate = options.sendDate !== false;
    }
    const head = (bits & T_HEAD) !== 0;
    const session = this[kOwner];
    const handle = session[kHandle];
    const id = this[kId];
    // The engine validates and sends the common shapes of header objects in one call.
    let sent;
    try {
      sent = handle.respondFast(id, headers, sendDate, endStream, waitForTrailers, head);
      if (sent === undefined) {
        sent = this[kPrepareResponse](headers, sendDate);
        const status = sent[':status'];
        if (status === 204 || status === 205 || status === 304 || head) endStream = true;
        handle.respond(id, mapToHeaders(sent, assertValidPseudoHeaderResponse), endStream,
          waitForTrailers && !endStream);
      }
    } catch (err) {
      if (!engineLost(err)) throw err;
      if (sent === undefined) sent = this[kPrepareResponse](headers, sendDate);
    }
    const status = sent[':status'];
    if (status === 204 || status === 205 || status === 304 || head) endStream = true;
    this[kSent] = sent;
    let nb = this[kBits] | T_HEADERS_SENT;
    // A response that ends with its headers has no DATA to follow with trailers: Node ignores
    // waitForTrailers then (no 'wantTrailers').
    if (waitForTrailers && !endStream) nb |= T_WAIT_TRAILERS;
    if (endStream) nb |= T_END_SENT;
    this[kBits] = nb;
    if (endStream && !isWritableEnded(this)) this.end();
  }

  [kPrepareResponse](headers, sendDate) {
    assertIsObject(headers, 'headers');
    const out = Object.create(null);
    if (headers !== undefined && headers !== null) {
      for (const k of Object.keys(headers)) out[k] = headers[k];
      const sens = headers[kSensitiveHeaders];
      if (sens !== undefined) out[kSensitiveHeaders] = sens;
    }
    let status = out[':status'];
    if (status === undefined) status = 200;
    else {
      status |= 0;
      if (status === 0) status = 200;
    }
    if (status < 200 || status > 599) throw new codes.ERR_HTTP2_STATUS_INVALID(out[':status']);
    out[':status'] = status;
    if (sendDate && out.date === undefined) out.date = new Date().toUTCString();
    return out;
  }

  additionalHeaders(headers) {
    if (isDestroyed(this) || (this[kBits] & T_CLOSED)) throw new codes.ERR_HTTP2_INVALID_STREAM();
    if (this[kBits] & T_HEADERS_SENT) throw new codes.ERR_HTTP2_HEADERS_AFTER_RESPOND();
    assertIsObject(headers, 'headers');
    headers = Object.assign(Object.create(null), headers);
    if (headers[':status'] != null) {
      const status = headers[':status'] |= 0;
      if (status === 101) throw new codes.ERR_HTTP2_STATUS_101();
      if (status < 100 || status >= 200) throw new codes.ERR_HTTP2_INVALID_INFO_STATUS(status);
    }
    const list = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    try {
      this[kOwner][kHandle].info(this[kId], list);
    } catch (err) {
      if (!engineLost(err)) throw err;
    }
    let sent = this[kSentInfo];
    if (sent === undefined) sent = this[kSentInfo] = [];
    sent.push(headers);
  }

  pushStream(headers, options, callback) {
    const session = this[kOwner];
    if (!session.remoteSettings.enablePush) throw new codes.ERR_HTTP2_PUSH_DISABLED();
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    if (this[kBits] & T_PUSHED) throw new codes.ERR_HTTP2_NESTED_PUSH();
    if (isDestroyed(this) || (this[kBits] & T_CLOSED)) throw new codes.ERR_HTTP2_INVALID_STREAM();
    assertIsObject(options, 'options');
    assertIsObject(headers, 'headers');
    headers = Object.assign(Object.create(null), headers);
    const req = this[kReqHeaders] || {};
    if (headers[':method'] === undefined) headers[':method'] = 'GET';
    if (headers[':authority'] === undefined && headers.host === undefined) {
      headers[':authority'] = req[':authority'] !== undefined ? req[':authority'] : req.host;
    }
    if (headers[':scheme'] === undefined) headers[':scheme'] = req[':scheme'];
    if (headers[':path'] === undefined) headers[':path'] = '/';
    const list = mapToHeaders(headers);
    let id;
    try {
      id = session[kHandle].push(this[kId], list);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    const head = headers[':method'] === 'HEAD';
    // A HEAD push has no body to send: as in Node, its writable side is ended and finished
    // before the callback sees it (respond() then sends the headers with END_STREAM).
    const pushed = new ServerHttp2Stream(session, id, headers,
      head ? T_PUSHED | T_EOF | T_HEAD | T_W_ENDING : T_PUSHED | T_EOF);
    if (head) pushed[kFlow] |= F_W_FINAL_DONE | F_W_PREFINISHED | F_W_FINISHED;
    session[kStreams].set(id, pushed);
    endReadable(pushed);
    process.nextTick(callback, null, pushed, headers, 0);
  }

  respondWithFD(fd, headers, options) {
    require('internal/http2/respond_file').respondWithFD(this, fd, headers, options);
  }

  respondWithFile(path, headers, options) {
    require('internal/http2/respond_file').respondWithFile(this, path, headers, options);
  }
}
ServerHttp2Stream.prototype[kReqHeaders] = undefined;
// Server streams start dormant: no Readable/Writable states until something needs them.
lazyStates(ServerHttp2Stream.prototype, wake);

// ---- connect() ---------------------------------------------------------------------------------

function pemList(v) {
  if (v === undefined || v === null) return undefined;
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((x) => (typeof x === 'string' ? x : Buffer.from(x).toString()));
}

function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  assertIsObject(options, 'options');
  options = Object.assign({}, options);
  if (typeof authority === 'string') authority = parseURL(authority);
  else if (authority === null || typeof authority !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('authority', ['string', 'URL', 'Object'], authority);
  }
  const protocol = authority.protocol || options.protocol || 'https:';
  if (protocol !== 'http:' && protocol !== 'https:') throw new codes.ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
  const defaultPort = protocol === 'http:' ? 80 : 443;
  // The authority names the origin (the :authority sent, the TLS server name); options.host and
  // options.port, when given, say where to dial instead. As in Node, a port the authority lacks is
  // the scheme's default only when it is '' (a URL's); a legacy Url's null is not a port.
  const urlPortText = authority.port === '' ? String(defaultPort) : String(authority.port);
  const urlHost = unbracket(authority.hostname || authority.host || 'localhost');
  // Node 20 writes an IPv6 literal without its brackets here ('::1:8080').
  const authorityText = urlPortText === String(defaultPort) ? urlHost : urlHost + ':' + urlPortText;

  const cfg = Object.assign({}, options);
  if (options.settings !== undefined) {
    assertIsObject(options.settings, 'options.settings');
    cfg.settings = normalizeSettings(options.settings);
  }
  let handle;
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
    handle = binding.connectSocket(cfg);
  } else {
    const port = dialPort(options.port !== undefined ? options.port : urlPortText);
    let host = urlHost;
    if (options.host !== undefined && options.host !== null) {
      if (typeof options.host !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('hostname', 'string', options.host);
      host = unbracket(options.host);
    } else if (options.host === null) {
      host = 'localhost';
    }
    cfg.host = host;
    cfg.port = port;
    if (protocol === 'https:') {
      // A tls.SecureContext given as options.secureContext stands for ca/key/cert, as in Node.
      const { SecureContext } = require('tls');
      const sc = options.secureContext;
      const pems = sc instanceof SecureContext ? sc.context : options;
      cfg.tls = {
        servername: options.servername !== undefined || host === urlHost || isIP(urlHost) ? options.servername : urlHost,
        ca: pemList(pems.ca),
        key: pemList(pems.key),
        cert: pemList(pems.cert),
        rejectUnauthorized: options.rejectUnauthorized,
      };
    }
    handle = binding.connect(cfg);
  }
  const session = new ClientHttp2Session(handle, authorityText, protocol.slice(0, -1));
  if (socket !== undefined) adoptClientSocket(session, handle, socket);
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

function unbracket(host) {
  return host[0] === '[' && host[host.length - 1] === ']' ? host.slice(1, -1) : host;
}

function isIP(host) {
  return /^[0-9.]+$/.test(host) || host.includes(':');
}

// dialPort checks a port the way net.connect does (a number or a numeric string in 0..65535).
function dialPort(port) {
  if (typeof port !== 'number' && typeof port !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
  }
  const n = +port;
  if ((typeof port === 'string' && port.trim() === '') || n !== n >>> 0 || n > 65535) {
    throw new codes.ERR_SOCKET_BAD_PORT('Port', port, true);
  }
  return n;
}

// A client session over a socket the script made: start the engine once it is connected.
// util.promisify(http2.connect) resolves with the session once it is connected and rejects with
// its first 'error' (Node defines this custom form; the plain callback gets no error argument).
Object.defineProperty(connect, Symbol.for('nodejs.util.promisify.custom'), {
  value: function connect(authority, options) {
    return new Promise((resolve, reject) => {
      const session = module.exports.connect(authority, options, () => {
        session.removeListener('error', reject);
        resolve(session);
      });
      session.once('error', reject);
    });
  },
  enumerable: false, writable: true, configurable: true,
});

function adoptClientSocket(session, handle, socket) {
  session[kSocketTarget] = socket;
  const start = () => {
    socket.removeListener('error', fail);
    if (session[kBits] & S_DESTROYED) return;
    try {
      handle.useSocket(socket);
    } catch (err) {
      session.destroy(err);
    }
  };
  const fail = (err) => {
    socket.removeListener('connect', start);
    session.destroy(err);
  };
  if (socket.encrypted === true && socket._secureEstablished === false) {
    socket.once('secureConnect', start);
    socket.once('error', fail);
  } else if (socket.connecting === true) {
    socket.once('connect', start);
    socket.once('error', fail);
  } else {
    process.nextTick(start);
  }
}

// ---- servers -----------------------------------------------------------------------------------

function sessionOnStream(stream, headers, flags, raw) {
  const server = this[kServer];
  if (server !== undefined) server.emit('stream', stream, headers, flags, raw);
}

function sessionOnTimeout() {
  if (this[kBits] & (S_DESTROYED | S_CLOSED)) return;
  const server = this[kServer];
  if (server === undefined || !server.emit('timeout', this)) this.destroy();
}

function sessionOnError(err) {
  const server = this[kServer];
  if (server !== undefined && server.listenerCount('sessionError') > 0) server.emit('sessionError', err, this);
}

function serverMaybeClosed(server) {
  if (server[kNative] === null && server[kLive].size === 0 && server._closing) {
    server._closing = false;
    process.nextTick(() => server.emit('close'));
  }
}

class Http2Server extends EventEmitter {
  constructor(options, requestListener, secure) {
    super();
    this[kOptions] = options;
    this[kLive] = new Set();
    this[kNative] = undefined;
    this.timeout = 0;
    this._closing = false;
    const native = binding.createServer(serverConfig(options, secure), (handle, info) => {
      onNewSession(this, handle, info);
    });
    this._native = native;
    if (secure) require('internal/http2/compat').setupSecure(this, native, options);
    this.on('newListener', watchForRequest);
    this.on('connection', adoptConnection);
    if (typeof requestListener === 'function') this.on('request', requestListener);
  }

  get listening() { return this[kNative] !== undefined && this[kNative] !== null; }

  listen(...args) {
    let cb;
    if (typeof args[args.length - 1] === 'function') cb = args.pop();
    let port = 0;
    let host = '';
    const first = args[0];
    if (first !== null && typeof first === 'object') {
      if (first.port !== undefined) port = first.port;
      if (first.host !== undefined) host = first.host;
    } else {
      if (first !== undefined) port = first;
      if (typeof args[1] === 'string') host = args[1];
    }
    if (port === null || port === undefined || port === '') port = 0;
    if ((typeof port !== 'number' && (typeof port !== 'string' || !/^[0-9]+$/.test(port))) ||
        Number(port) < 0 || Number(port) > 65535 || !Number.isInteger(Number(port))) {
      throw new codes.ERR_SOCKET_BAD_PORT('options.port', port, true);
    }
    if (this.listening) throw new codes.ERR_SERVER_ALREADY_LISTEN();
    if (typeof cb === 'function') this.once('listening', cb);
    const err = this._native.listen(host, Number(port));
    if (err !== undefined) {
      process.nextTick(() => this.emit('error', err));
      return this;
    }
    this[kNative] = this._native;
    process.nextTick(() => this.emit('listening'));
    return this;
  }

  address() {
    return this.listening ? this._native.address() : null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (this.listening) this.once('close', cb);
      else this.once('close', () => cb(new codes.ERR_SERVER_NOT_RUNNING()));
    }
    if (this.listening) this._native.close();
    this[kNative] = null;
    this._closing = true;
    serverMaybeClosed(this);
    return this;
  }

  setTimeout(msecs, callback) {
    validateNumber(msecs, 'msecs');
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.on('timeout', callback);
    }
    this.timeout = msecs;
    return this;
  }

  // net.Server's: the sessions this server's own listener accepted.
  getConnections(callback) {
    validateFunction(callback, 'callback');
    process.nextTick(callback, null, this[kLive].size);
    return this;
  }

  updateSettings(settings) {
    assertIsObject(settings, 'settings');
    validateSettings(settings);
    // Sessions accepted from now on start with the merged settings; open ones keep theirs.
    const o = this[kOptions];
    o.settings = Object.assign({}, o.settings, settings);
    this._native.updateConfig(serverConfig(o, false));
  }

  // Closes the server; settles with close()'s outcome (ERR_SERVER_NOT_RUNNING when not listening).
  // Http2SecureServer keeps tls.Server's (see below), as in Node.
  async [Symbol.asyncDispose]() {
    await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }

  ref() {
    this._native.ref();
    return this;
  }

  unref() {
    this._native.unref();
    return this;
  }

  [EventEmitter.captureRejectionSymbol || Symbol('unused')](err, event, ...args) {
    if (event === 'stream') {
      const stream = args[0];
      if (stream.sentHeaders === undefined && !stream.destroyed) {
        try {
          stream.respond({ ':status': 500 });
        } catch (e) {
          void e;
        }
      }
      stream.destroy();
      return;
    }
    this.emit('error', err);
  }
}
Http2Server.prototype._native = undefined;
Http2Server.prototype[kAnnouncing] = false;

function watchForRequest(event) {
  if (event !== 'request') return;
  this.removeListener('newListener', watchForRequest);
  require('internal/http2/compat').setup(this, this[kOptions]);
}

// onNewSession runs for each connection the server's engine accepted (or adopted).
function onNewSession(server, handle, info) {
  const session = new ServerHttp2Session(handle, info, server);
  session[kFirstAck] = true; // the engine's SETTINGS went out as the connection started
  if (info === undefined || info._socket === undefined || server.listening) {
    if (info === undefined || info._socket === undefined) server[kLive].add(session);
  }
  session.on('stream', sessionOnStream);
  session.on('error', sessionOnError);
  if (server.timeout > 0) session.setTimeout(server.timeout, sessionOnTimeout);
  else session.on('timeout', sessionOnTimeout);
  // Node's server is a net.Server (or tls.Server) whose own connection listener starts the
  // session: for h2c user 'connection' listeners run after 'session'; for TLS 'connection' comes
  // with the TCP connection (here: just before the session), 'secureConnection' after 'session'.
  const own = info === undefined || info._socket === undefined;
  const secure = info !== undefined && info.encrypted === true;
  if (own && secure) announceConnection(server, session, 'connection', false);
  const origins = server[kOptions].origins;
  if (Array.isArray(origins) && origins.length > 0 && info !== undefined && info.encrypted === true) {
    try {
      session.origin(...origins);
    } catch (err) {
      void err;
    }
  }
  server.emit('session', session);
  if (own) announceConnection(server, session, secure ? 'secureConnection' : 'connection', secure);
}

// announceConnection emits event with a socket for the session's connection, when a listener
// other than the server's own adoptConnection is there (the socket object is built on demand).
function announceConnection(server, session, event, secure) {
  const table = server._events;
  const listener = table === undefined ? undefined : table[event];
  if (listener === undefined || listener === adoptConnection) return;
  if (session.socket === undefined) return; // reading it builds session[kSocketTarget]
  const socket = new Proxy(session[kSocketTarget], { __proto__: connectionTraps, session, secure });
  server[kAnnouncing] = true;
  try {
    server.emit(event, socket);
  } finally {
    server[kAnnouncing] = false;
  }
}

function serverConfig(options, secure) {
  const cfg = Object.assign({}, options);
  if (options.settings !== undefined) cfg.settings = normalizeSettings(options.settings);
  if (secure) {
    cfg.tls = { key: pemList(options.key), cert: pemList(options.cert) };
    if (options.pfx !== undefined) cfg.tls.pfx = options.pfx;
  } else {
    cfg.tls = undefined;
  }
  return cfg;
}

function checkServerOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  options = Object.assign({}, options);
  if (options.settings !== undefined) assertIsObject(options.settings, 'options.settings');
  if (options.unknownProtocolTimeout !== undefined) {
    validateNumber(options.unknownProtocolTimeout, 'unknownProtocolTimeout');
  } else {
    options.unknownProtocolTimeout = 10000;
  }
  return options;
}

function createServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = undefined;
  }
  return new Http2Server(checkServerOptions(options), handler, false);
}

class Http2SecureServer extends Http2Server {
  constructor(options, handler) {
    super(options, handler, true);
  }
}

// In Node an Http2Server is a net.Server and an Http2SecureServer a tls.Server (and not an
// Http2Server). Ours listen in Go, but answer instanceof the same way: Http2Server's methods sit
// on top of net.Server.prototype, and a copy of them (getConnections included) on top of
// tls.Server.prototype for the secure class.
{
  const net = require('net');
  const tls = require('tls');
  const secureBase = Object.create(tls.Server.prototype);
  for (const key of Reflect.ownKeys(Http2Server.prototype)) {
    if (key !== 'constructor' && key !== Symbol.asyncDispose) {
      Object.defineProperty(secureBase, key, Object.getOwnPropertyDescriptor(Http2Server.prototype, key));
    }
  }
  // tls.Server's own would reach into a JS listener this server does not have.
  for (const key of ['setSecureContext', 'setTicketKeys', 'getTicketKeys', 'addContext']) {
    Object.defineProperty(secureBase, key, {
      value: function notImplemented() {
        throw new codes.ERR_METHOD_NOT_IMPLEMENTED(key + '()');
      },
      writable: true,
      configurable: true,
    });
  }
  Object.setPrototypeOf(Http2Server.prototype, net.Server.prototype);
  Object.setPrototypeOf(Http2SecureServer.prototype, secureBase);
}

function createSecureServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = undefined;
  }
  return new Http2SecureServer(checkServerOptions(options), handler);
}

// server.emit('connection', socket): a socket that did not come from the server's own listener.
function adoptConnection(socket) {
  if (this[kAnnouncing]) return; // one of the server's own connections (announceConnection)
  if (socket !== undefined && socket !== null) this._native.adopt(socket);
}

module.exports = {
  connect,
  createServer,
  createSecureServer,
  Http2Session,
  ServerHttp2Session,
  ClientHttp2Session,
  Http2Stream,
  ClientHttp2Stream,
  ServerHttp2Stream,
  Http2Server,
  Http2SecureServer,
  kSensitiveHeaders,
  resetStream,
};
