'use strict';
// Shared pieces of node:http2: constants, error codes, settings packing and validation, and the
// header mapping (Node's lib/internal/http2/util.js).

const errors = require('internal/errors');
const {
  codes, registerCodes, validateObject,
} = errors;

const constants = {
  NGHTTP2_ERR_FRAME_SIZE_ERROR: -522,
  NGHTTP2_SESSION_SERVER: 0,
  NGHTTP2_SESSION_CLIENT: 1,
  NGHTTP2_STREAM_STATE_IDLE: 1,
  NGHTTP2_STREAM_STATE_OPEN: 2,
  NGHTTP2_STREAM_STATE_RESERVED_LOCAL: 3,
  NGHTTP2_STREAM_STATE_RESERVED_REMOTE: 4,
  NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL: 5,
  NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE: 6,
  NGHTTP2_STREAM_STATE_CLOSED: 7,
  NGHTTP2_FLAG_NONE: 0,
  NGHTTP2_FLAG_END_STREAM: 1,
  NGHTTP2_FLAG_END_HEADERS: 4,
  NGHTTP2_FLAG_ACK: 1,
  NGHTTP2_FLAG_PADDED: 8,
  NGHTTP2_FLAG_PRIORITY: 32,
  DEFAULT_SETTINGS_HEADER_TABLE_SIZE: 4096,
  DEFAULT_SETTINGS_ENABLE_PUSH: 1,
  DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS: 4294967295,
  DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE: 65535,
  DEFAULT_SETTINGS_MAX_FRAME_SIZE: 16384,
  DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE: 65535,
  DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL: 0,
  MAX_MAX_FRAME_SIZE: 16777215,
  MIN_MAX_FRAME_SIZE: 16384,
  MAX_INITIAL_WINDOW_SIZE: 2147483647,
  NGHTTP2_SETTINGS_HEADER_TABLE_SIZE: 1,
  NGHTTP2_SETTINGS_ENABLE_PUSH: 2,
  NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS: 3,
  NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE: 4,
  NGHTTP2_SETTINGS_MAX_FRAME_SIZE: 5,
  NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE: 6,
  NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL: 8,
  PADDING_STRATEGY_NONE: 0,
  PADDING_STRATEGY_ALIGNED: 1,
  PADDING_STRATEGY_MAX: 2,
  PADDING_STRATEGY_CALLBACK: 1,
  NGHTTP2_NO_ERROR: 0,
  NGHTTP2_PROTOCOL_ERROR: 1,
  NGHTTP2_INTERNAL_ERROR: 2,
  NGHTTP2_FLOW_CONTROL_ERROR: 3,
  NGHTTP2_SETTINGS_TIMEOUT: 4,
  NGHTTP2_STREAM_CLOSED: 5,
  NGHTTP2_FRAME_SIZE_ERROR: 6,
  NGHTTP2_REFUSED_STREAM: 7,
  NGHTTP2_CANCEL: 8,
  NGHTTP2_COMPRESSION_ERROR: 9,
  NGHTTP2_CONNECT_ERROR: 10,
  NGHTTP2_ENHANCE_YOUR_CALM: 11,
  NGHTTP2_INADEQUATE_SECURITY: 12,
  NGHTTP2_HTTP_1_1_REQUIRED: 13,
  NGHTTP2_DEFAULT_WEIGHT: 16,
  HTTP2_HEADER_STATUS: ":status",
  HTTP2_HEADER_METHOD: ":method",
  HTTP2_HEADER_AUTHORITY: ":authority",
  HTTP2_HEADER_SCHEME: ":scheme",
  HTTP2_HEADER_PATH: ":path",
  HTTP2_HEADER_PROTOCOL: ":protocol",
  HTTP2_HEADER_ACCEPT_ENCODING: "accept-encoding",
  HTTP2_HEADER_ACCEPT_LANGUAGE: "accept-language",
  HTTP2_HEADER_ACCEPT_RANGES: "accept-ranges",
  HTTP2_HEADER_ACCEPT: "accept",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_CREDENTIALS: "access-control-allow-credentials",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_HEADERS: "access-control-allow-headers",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_METHODS: "access-control-allow-methods",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN: "access-control-allow-origin",
  HTTP2_HEADER_ACCESS_CONTROL_EXPOSE_HEADERS: "access-control-expose-headers",
  HTTP2_HEADER_ACCESS_CONTROL_REQUEST_HEADERS: "access-control-request-headers",
  HTTP2_HEADER_ACCESS_CONTROL_REQUEST_METHOD: "access-control-request-method",
  HTTP2_HEADER_AGE: "age",
  HTTP2_HEADER_AUTHORIZATION: "authorization",
  HTTP2_HEADER_CACHE_CONTROL: "cache-control",
  HTTP2_HEADER_CONNECTION: "connection",
  HTTP2_HEADER_CONTENT_DISPOSITION: "content-disposition",
  HTTP2_HEADER_CONTENT_ENCODING: "content-encoding",
  HTTP2_HEADER_CONTENT_LENGTH: "content-length",
  HTTP2_HEADER_CONTENT_TYPE: "content-type",
  HTTP2_HEADER_COOKIE: "cookie",
  HTTP2_HEADER_DATE: "date",
  HTTP2_HEADER_ETAG: "etag",
  HTTP2_HEADER_FORWARDED: "forwarded",
  HTTP2_HEADER_HOST: "host",
  HTTP2_HEADER_IF_MODIFIED_SINCE: "if-modified-since",
  HTTP2_HEADER_IF_NONE_MATCH: "if-none-match",
  HTTP2_HEADER_IF_RANGE: "if-range",
  HTTP2_HEADER_LAST_MODIFIED: "last-modified",
  HTTP2_HEADER_LINK: "link",
  HTTP2_HEADER_LOCATION: "location",
  HTTP2_HEADER_RANGE: "range",
  HTTP2_HEADER_REFERER: "referer",
  HTTP2_HEADER_SERVER: "server",
  HTTP2_HEADER_SET_COOKIE: "set-cookie",
  HTTP2_HEADER_STRICT_TRANSPORT_SECURITY: "strict-transport-security",
  HTTP2_HEADER_TRANSFER_ENCODING: "transfer-encoding",
  HTTP2_HEADER_TE: "te",
  HTTP2_HEADER_UPGRADE_INSECURE_REQUESTS: "upgrade-insecure-requests",
  HTTP2_HEADER_UPGRADE: "upgrade",
  HTTP2_HEADER_USER_AGENT: "user-agent",
  HTTP2_HEADER_VARY: "vary",
  HTTP2_HEADER_X_CONTENT_TYPE_OPTIONS: "x-content-type-options",
  HTTP2_HEADER_X_FRAME_OPTIONS: "x-frame-options",
  HTTP2_HEADER_KEEP_ALIVE: "keep-alive",
  HTTP2_HEADER_PROXY_CONNECTION: "proxy-connection",
  HTTP2_HEADER_X_XSS_PROTECTION: "x-xss-protection",
  HTTP2_HEADER_ALT_SVC: "alt-svc",
  HTTP2_HEADER_CONTENT_SECURITY_POLICY: "content-security-policy",
  HTTP2_HEADER_EARLY_DATA: "early-data",
  HTTP2_HEADER_EXPECT_CT: "expect-ct",
  HTTP2_HEADER_ORIGIN: "origin",
  HTTP2_HEADER_PURPOSE: "purpose",
  HTTP2_HEADER_TIMING_ALLOW_ORIGIN: "timing-allow-origin",
  HTTP2_HEADER_X_FORWARDED_FOR: "x-forwarded-for",
  HTTP2_HEADER_PRIORITY: "priority",
  HTTP2_HEADER_ACCEPT_CHARSET: "accept-charset",
  HTTP2_HEADER_ACCESS_CONTROL_MAX_AGE: "access-control-max-age",
  HTTP2_HEADER_ALLOW: "allow",
  HTTP2_HEADER_CONTENT_LANGUAGE: "content-language",
  HTTP2_HEADER_CONTENT_LOCATION: "content-location",
  HTTP2_HEADER_CONTENT_MD5: "content-md5",
  HTTP2_HEADER_CONTENT_RANGE: "content-range",
  HTTP2_HEADER_DNT: "dnt",
  HTTP2_HEADER_EXPECT: "expect",
  HTTP2_HEADER_EXPIRES: "expires",
  HTTP2_HEADER_FROM: "from",
  HTTP2_HEADER_IF_MATCH: "if-match",
  HTTP2_HEADER_IF_UNMODIFIED_SINCE: "if-unmodified-since",
  HTTP2_HEADER_MAX_FORWARDS: "max-forwards",
  HTTP2_HEADER_PREFER: "prefer",
  HTTP2_HEADER_PROXY_AUTHENTICATE: "proxy-authenticate",
  HTTP2_HEADER_PROXY_AUTHORIZATION: "proxy-authorization",
  HTTP2_HEADER_REFRESH: "refresh",
  HTTP2_HEADER_RETRY_AFTER: "retry-after",
  HTTP2_HEADER_TRAILER: "trailer",
  HTTP2_HEADER_TK: "tk",
  HTTP2_HEADER_VIA: "via",
  HTTP2_HEADER_WARNING: "warning",
  HTTP2_HEADER_WWW_AUTHENTICATE: "www-authenticate",
  HTTP2_HEADER_HTTP2_SETTINGS: "http2-settings",
  HTTP2_METHOD_ACL: "ACL",
  HTTP2_METHOD_BASELINE_CONTROL: "BASELINE-CONTROL",
  HTTP2_METHOD_BIND: "BIND",
  HTTP2_METHOD_CHECKIN: "CHECKIN",
  HTTP2_METHOD_CHECKOUT: "CHECKOUT",
  HTTP2_METHOD_CONNECT: "CONNECT",
  HTTP2_METHOD_COPY: "COPY",
  HTTP2_METHOD_DELETE: "DELETE",
  HTTP2_METHOD_GET: "GET",
  HTTP2_METHOD_HEAD: "HEAD",
  HTTP2_METHOD_LABEL: "LABEL",
  HTTP2_METHOD_LINK: "LINK",
  HTTP2_METHOD_LOCK: "LOCK",
  HTTP2_METHOD_MERGE: "MERGE",
  HTTP2_METHOD_MKACTIVITY: "MKACTIVITY",
  HTTP2_METHOD_MKCALENDAR: "MKCALENDAR",
  HTTP2_METHOD_MKCOL: "MKCOL",
  HTTP2_METHOD_MKREDIRECTREF: "MKREDIRECTREF",
  HTTP2_METHOD_MKWORKSPACE: "MKWORKSPACE",
  HTTP2_METHOD_MOVE: "MOVE",
  HTTP2_METHOD_OPTIONS: "OPTIONS",
  HTTP2_METHOD_ORDERPATCH: "ORDERPATCH",
  HTTP2_METHOD_PATCH: "PATCH",
  HTTP2_METHOD_POST: "POST",
  HTTP2_METHOD_PRI: "PRI",
  HTTP2_METHOD_PROPFIND: "PROPFIND",
  HTTP2_METHOD_PROPPATCH: "PROPPATCH",
  HTTP2_METHOD_PUT: "PUT",
  HTTP2_METHOD_REBIND: "REBIND",
  HTTP2_METHOD_REPORT: "REPORT",
  HTTP2_METHOD_SEARCH: "SEARCH",
  HTTP2_METHOD_TRACE: "TRACE",
  HTTP2_METHOD_UNBIND: "UNBIND",
  HTTP2_METHOD_UNCHECKOUT: "UNCHECKOUT",
  HTTP2_METHOD_UNLINK: "UNLINK",
  HTTP2_METHOD_UNLOCK: "UNLOCK",
  HTTP2_METHOD_UPDATE: "UPDATE",
  HTTP2_METHOD_UPDATEREDIRECTREF: "UPDATEREDIRECTREF",
  HTTP2_METHOD_VERSION_CONTROL: "VERSION-CONTROL",
  HTTP_STATUS_CONTINUE: 100,
  HTTP_STATUS_SWITCHING_PROTOCOLS: 101,
  HTTP_STATUS_PROCESSING: 102,
  HTTP_STATUS_EARLY_HINTS: 103,
  HTTP_STATUS_OK: 200,
  HTTP_STATUS_CREATED: 201,
  HTTP_STATUS_ACCEPTED: 202,
  HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION: 203,
  HTTP_STATUS_NO_CONTENT: 204,
  HTTP_STATUS_RESET_CONTENT: 205,
  HTTP_STATUS_PARTIAL_CONTENT: 206,
  HTTP_STATUS_MULTI_STATUS: 207,
  HTTP_STATUS_ALREADY_REPORTED: 208,
  HTTP_STATUS_IM_USED: 226,
  HTTP_STATUS_MULTIPLE_CHOICES: 300,
  HTTP_STATUS_MOVED_PERMANENTLY: 301,
  HTTP_STATUS_FOUND: 302,
  HTTP_STATUS_SEE_OTHER: 303,
  HTTP_STATUS_NOT_MODIFIED: 304,
  HTTP_STATUS_USE_PROXY: 305,
  HTTP_STATUS_TEMPORARY_REDIRECT: 307,
  HTTP_STATUS_PERMANENT_REDIRECT: 308,
  HTTP_STATUS_BAD_REQUEST: 400,
  HTTP_STATUS_UNAUTHORIZED: 401,
  HTTP_STATUS_PAYMENT_REQUIRED: 402,
  HTTP_STATUS_FORBIDDEN: 403,
  HTTP_STATUS_NOT_FOUND: 404,
  HTTP_STATUS_METHOD_NOT_ALLOWED: 405,
  HTTP_STATUS_NOT_ACCEPTABLE: 406,
  HTTP_STATUS_PROXY_AUTHENTICATION_REQUIRED: 407,
  HTTP_STATUS_REQUEST_TIMEOUT: 408,
  HTTP_STATUS_CONFLICT: 409,
  HTTP_STATUS_GONE: 410,
  HTTP_STATUS_LENGTH_REQUIRED: 411,
  HTTP_STATUS_PRECONDITION_FAILED: 412,
  HTTP_STATUS_PAYLOAD_TOO_LARGE: 413,
  HTTP_STATUS_URI_TOO_LONG: 414,
  HTTP_STATUS_UNSUPPORTED_MEDIA_TYPE: 415,
  HTTP_STATUS_RANGE_NOT_SATISFIABLE: 416,
  HTTP_STATUS_EXPECTATION_FAILED: 417,
  HTTP_STATUS_TEAPOT: 418,
  HTTP_STATUS_MISDIRECTED_REQUEST: 421,
  HTTP_STATUS_UNPROCESSABLE_ENTITY: 422,
  HTTP_STATUS_LOCKED: 423,
  HTTP_STATUS_FAILED_DEPENDENCY: 424,
  HTTP_STATUS_TOO_EARLY: 425,
  HTTP_STATUS_UPGRADE_REQUIRED: 426,
  HTTP_STATUS_PRECONDITION_REQUIRED: 428,
  HTTP_STATUS_TOO_MANY_REQUESTS: 429,
  HTTP_STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
  HTTP_STATUS_UNAVAILABLE_FOR_LEGAL_REASONS: 451,
  HTTP_STATUS_INTERNAL_SERVER_ERROR: 500,
  HTTP_STATUS_NOT_IMPLEMENTED: 501,
  HTTP_STATUS_BAD_GATEWAY: 502,
  HTTP_STATUS_SERVICE_UNAVAILABLE: 503,
  HTTP_STATUS_GATEWAY_TIMEOUT: 504,
  HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED: 505,
  HTTP_STATUS_VARIANT_ALSO_NEGOTIATES: 506,
  HTTP_STATUS_INSUFFICIENT_STORAGE: 507,
  HTTP_STATUS_LOOP_DETECTED: 508,
  HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED: 509,
  HTTP_STATUS_NOT_EXTENDED: 510,
  HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED: 511,
};
Object.freeze(constants);

registerCodes({
  ERR_HTTP2_CONNECT_AUTHORITY: ':authority header is required for CONNECT requests',
  ERR_HTTP2_CONNECT_PATH: 'The :path header is forbidden for CONNECT requests',
  ERR_HTTP2_CONNECT_SCHEME: 'The :scheme header is forbidden for CONNECT requests',
  ERR_HTTP2_ERROR: '%s',
  ERR_HTTP2_GOAWAY_SESSION: 'New streams cannot be created after receiving a GOAWAY',
  ERR_HTTP2_HEADERS_AFTER_RESPOND: 'Cannot specify additional headers after response initiated',
  ERR_HTTP2_HEADERS_SENT: 'Response has already been initiated.',
  ERR_HTTP2_INVALID_SESSION: 'The session has been destroyed',
  ERR_HTTP2_INVALID_STREAM: 'The stream has been destroyed',
  ERR_HTTP2_MAX_PENDING_SETTINGS_ACK: 'Maximum number of pending settings acknowledgements',
  ERR_HTTP2_NESTED_PUSH: 'A push stream cannot initiate another push stream.',
  ERR_HTTP2_NO_SOCKET_MANIPULATION: 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)',
  ERR_HTTP2_OUT_OF_STREAMS: 'No stream ID is available because maximum stream ID has been reached',
  ERR_HTTP2_PAYLOAD_FORBIDDEN: 'Responses with %s status must not have a payload',
  ERR_HTTP2_PING_CANCEL: 'HTTP2 ping cancelled',
  ERR_HTTP2_PUSH_DISABLED: 'HTTP/2 client has disabled push streams',
  ERR_HTTP2_SEND_FILE: 'Directories cannot be sent',
  ERR_HTTP2_SEND_FILE_NOSEEK: 'Offset or length can only be specified for regular files',
  ERR_HTTP2_SESSION_ERROR: 'Session closed with error code %s',
  ERR_HTTP2_SETTINGS_CANCEL: 'HTTP2 session settings canceled',
  ERR_HTTP2_SOCKET_BOUND: 'The socket is already bound to an Http2Session',
  ERR_HTTP2_SOCKET_UNBOUND: 'The socket has been disconnected from the Http2Session',
  ERR_HTTP2_STATUS_101: 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2',
  ERR_HTTP2_STREAM_CANCEL: (error) => 'The pending stream has been canceled' +
    (error && error.message ? ' (caused by: ' + error.message + ')' : ''),
  ERR_HTTP2_STREAM_ERROR: 'Stream closed with error code %s',
  ERR_HTTP2_STREAM_SELF_DEPENDENCY: 'A stream cannot depend on itself',
  ERR_HTTP2_TOO_MANY_INVALID_FRAMES: 'Too many invalid HTTP/2 frames',
  ERR_HTTP2_TRAILERS_ALREADY_SENT: 'Trailing headers have already been sent',
  ERR_HTTP2_TRAILERS_NOT_READY: 'Trailing headers cannot be sent until after the wantTrailers event is emitted',
  ERR_HTTP2_UNSUPPORTED_PROTOCOL: 'protocol "%s" is unsupported.',
  ERR_SERVER_NOT_RUNNING: 'Server is not running.',
  ERR_SERVER_ALREADY_LISTEN: 'Listen method has been called more than once without closing.',
}, Error);
registerCodes({
  ERR_HTTP2_ALTSVC_INVALID_ORIGIN: 'HTTP/2 ALTSVC frames require a valid origin',
  ERR_HTTP2_ALTSVC_LENGTH: 'HTTP/2 ALTSVC frames are limited to 16382 bytes',
  ERR_HTTP2_HEADER_SINGLE_VALUE: 'Header field "%s" must only have a single value',
  ERR_HTTP2_INVALID_CONNECTION_HEADERS: 'HTTP/1 Connection specific headers are forbidden: "%s"',
  ERR_HTTP2_INVALID_HEADER_VALUE: 'Invalid value "%s" for header "%s"',
  ERR_HTTP2_INVALID_ORIGIN: 'HTTP/2 ORIGIN frames require a valid origin',
  ERR_HTTP2_INVALID_PSEUDOHEADER: '"%s" is an invalid pseudoheader or is used incorrectly',
  ERR_HTTP2_ORIGIN_LENGTH: 'HTTP/2 ORIGIN frames are limited to 16382 bytes',
  ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED: 'Cannot set HTTP/2 pseudo-headers',
  ERR_INVALID_HTTP_TOKEN: '%s must be a valid HTTP token ["%s"]',
  ERR_HTTP2_INVALID_SETTING_VALUE_TYPE: 'Invalid value for setting "%s": %s',
}, TypeError);
registerCodes({
  ERR_HTTP2_INFO_STATUS_NOT_ALLOWED: 'Informational status codes cannot be used',
  ERR_HTTP2_INVALID_INFO_STATUS: 'Invalid informational status code: %s',
  ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH: 'Packed settings length must be a multiple of six',
  ERR_HTTP2_INVALID_SETTING_VALUE: 'Invalid value for setting "%s": %s',
  ERR_HTTP2_PING_LENGTH: 'HTTP2 ping payload must be 8 bytes',
  ERR_HTTP2_STATUS_INVALID: 'Invalid status code: %s',
}, RangeError);

// ERR_HTTP2_INVALID_SETTING_VALUE is a TypeError for booleans and a RangeError otherwise (Node's
// E() with two bases); the TypeError flavour gets the same code.
function invalidSettingValue(name, value, isType) {
  const e = isType ? new codes.ERR_HTTP2_INVALID_SETTING_VALUE_TYPE(name, value) :
    new codes.ERR_HTTP2_INVALID_SETTING_VALUE(name, value);
  if (isType) e.code = 'ERR_HTTP2_INVALID_SETTING_VALUE';
  if (name) {
    e.actual = value;
  }
  return e;
}

// The texts nghttp2 gives its library error numbers (nghttp2_strerror); Node shows them as the
// message of an NghttpError. Indexed by the negated number.
const nghttp2Texts = new Map([
  [0, 'Success'],
  [501, 'Invalid argument'],
  [502, 'Out of buffer space'],
  [503, 'Unsupported SPDY version'],
  [504, 'Operation would block'],
  [505, 'Protocol error'],
  [506, 'Invalid frame octets'],
  [507, 'EOF'],
  [508, 'Data transfer deferred'],
  [509, 'No more Stream ID available'],
  [510, 'Stream was already closed or invalid'],
  [511, 'Stream is closing'],
  [512, 'The transmission is not allowed for this stream'],
  [513, 'Stream ID is invalid'],
  [514, 'Invalid stream state'],
  [515, 'Another DATA frame has already been deferred'],
  [516, 'request HEADERS is not allowed'],
  [517, 'GOAWAY has already been sent'],
  [518, 'Invalid header block'],
  [519, 'Invalid state'],
  [521, 'The user callback function failed due to the temporal error'],
  [522, 'The length of the frame is invalid'],
  [523, 'Header compression/decompression error'],
  [524, 'Flow control error'],
  [525, 'Insufficient buffer size given to function'],
  [526, 'Callback was paused by the application'],
  [527, 'Too many inflight SETTINGS'],
  [528, 'Server push is disabled by peer'],
  [529, 'DATA or HEADERS frame has already been submitted for the stream'],
  [530, 'The current session is closing'],
  [531, 'Invalid HTTP header field was received'],
  [532, 'Violation in HTTP messaging rule'],
  [533, 'Stream was refused'],
  [534, 'Internal error'],
  [535, 'Cancel'],
  [536, 'When a local endpoint expects to receive SETTINGS frame, it receives an other type of frame'],
  [537, 'SETTINGS frame contained more than the maximum allowed entries'],
  [901, 'Out of memory'],
  [902, 'The user callback function failed'],
  [903, 'Received bad client magic byte string'],
  [904, 'Flooding was detected in this HTTP/2 session, and it must be closed'],
  [905, 'Too many CONTINUATION frames following a HEADER frame'],
]);

// nghttp2ErrorText: the text for an nghttp2 error number. Like the native lookup, it reads the
// number as a 32-bit integer (anything but a number counts as 0).
function nghttp2ErrorText(n) {
  const key = typeof n === 'number' ? -(n | 0) : 0;
  const text = nghttp2Texts.get(key);
  return text !== undefined ? text : 'Unknown error code';
}

// NghttpError: an error the nghttp2 library reported, by its (negative) number: code
// ERR_HTTP2_ERROR, errno the number, message nghttp2's text. A second argument replaces the code
// (and takes that code's own message).
class NghttpError extends Error {
  constructor(errno, replacementCode) {
    let code = 'ERR_HTTP2_ERROR';
    let text = nghttp2ErrorText(errno);
    if (replacementCode) {
      code = replacementCode;
      text = messageOfCode(replacementCode);
    }
    super(text);
    Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    this.errno = errno;
    const first = 'Error: ' + (text === undefined ? '' : text);
    const stack = this.stack;
    if (typeof stack === 'string' && stack.startsWith(first)) {
      Object.defineProperty(this, 'stack', {
        value: 'Error [' + code + ']: ' + (text === undefined ? '' : text) + stack.slice(first.length),
        writable: true,
        configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// The message a registered code has when made with no arguments (undefined when it needs some).
function messageOfCode(code) {
  const Ctor = codes[code];
  if (typeof Ctor !== 'function') return undefined;
  const m = new Ctor().message;
  return m === '' || m.includes('undefined') ? undefined : m;
}

// makeError builds the JS error for an engine or network error (called from Go).
function makeError(code, message, props) {
  let e;
  if (code === 'ERR_HTTP2_INVALID_SETTING_VALUE' || code === 'ERR_HTTP2_PING_LENGTH' ||
      code === 'ERR_HTTP2_STATUS_INVALID') {
    e = new RangeError(message);
  } else if (code === 'ERR_HTTP2_INVALID_HEADER_VALUE' || code === 'ERR_HTTP2_INVALID_PSEUDOHEADER' ||
      code === 'ERR_HTTP2_INVALID_CONNECTION_HEADERS' || code === 'ERR_HTTP2_ALTSVC_INVALID_ORIGIN' ||
      code === 'ERR_HTTP2_ALTSVC_LENGTH' || code === 'ERR_HTTP2_INVALID_ORIGIN' ||
      code === 'ERR_HTTP2_ORIGIN_LENGTH') {
    e = new TypeError(message);
  } else if (code === 'ERR_HTTP2_ERROR') {
    // Errors of the protocol library are NghttpErrors in Node: with an nghttp2 number (errno),
    // nghttp2's text for it; without one, the engine's own text.
    e = props && typeof props.errno === 'number' ? new NghttpError(props.errno) :
      Reflect.construct(Error, [message], NghttpError);
  } else {
    e = new Error(message);
  }
  if (props) {
    for (const k of Object.keys(props)) e[k] = props[k];
  }
  if (code) {
    if (code.startsWith('ERR_')) {
      Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    } else {
      e.code = code;
    }
  }
  return e;
}

const kSensitiveHeaders = Symbol('sensitiveHeaders');
const kNoPayloadMethods = new Set(['DELETE', 'GET', 'HEAD']);

const kSingleValueHeaders = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol',
  'access-control-allow-credentials', 'access-control-max-age', 'access-control-request-method',
  'age', 'authorization', 'content-encoding', 'content-language', 'content-length',
  'content-location', 'content-md5', 'content-range', 'content-type', 'date', 'dnt', 'etag',
  'expires', 'from', 'host', 'if-match', 'if-modified-since', 'if-none-match', 'if-range',
  'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization',
  'range', 'referer', 'retry-after', 'tk', 'upgrade-insecure-requests', 'user-agent',
  'x-content-type-options',
]);

const kValidPseudoHeaders = new Set([':status', ':method', ':authority', ':scheme', ':path', ':protocol']);

function assertValidPseudoHeader(key) {
  if (!kValidPseudoHeaders.has(key)) {
    const err = new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(key);
    Error.captureStackTrace && Error.captureStackTrace(err, assertValidPseudoHeader);
    return err;
  }
}

// request() looks at the pseudo-header names as given (no lower-casing) before anything else: a
// name outside the set is refused even with an undefined value (Node 20 does the same).
function checkRequestPseudoNames(headers) {
  const keys = Object.keys(headers);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key[0] === ':' && !kValidPseudoHeaders.has(key)) throw new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(key);
  }
}

function assertValidPseudoHeaderResponse(key) {
  if (key !== ':status') return new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

function assertValidPseudoHeaderTrailer(key) {
  return new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function isIllegalConnectionSpecificHeader(name, value) {
  switch (name) {
    case 'connection':
    case 'upgrade':
    case 'http2-settings':
    case 'te':
      return name !== 'te' || value !== 'trailers';
    case 'keep-alive':
    case 'proxy-connection':
    case 'transfer-encoding':
      return true;
    default:
      return false;
  }
}

// mapToHeaders turns a headers object into the flat [name, value, sensitive, …] list the binding
// takes, pseudo-headers first, with Node's validation.
function mapToHeaders(map, assertValuePseudoHeader = assertValidPseudoHeader) {
  const pseudo = [];
  const out = [];
  const keys = Object.keys(map);
  const singles = new Set();
  const neverIndex = (map[kSensitiveHeaders] || []).map((v) => String(v).toLowerCase());
  for (let i = 0; i < keys.length; ++i) {
    let key = keys[i];
    let value = map[key];
    if (value === undefined || key === '') continue;
    key = key.toLowerCase();
    const isSingleValueHeader = kSingleValueHeaders.has(key);
    let isArray = Array.isArray(value);
    if (isArray) {
      switch (value.length) {
        case 0:
          continue;
        case 1:
          value = String(value[0]);
          isArray = false;
          break;
        default:
          if (isSingleValueHeader) throw new codes.ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      }
    } else {
      value = String(value);
    }
    if (isSingleValueHeader) {
      if (singles.has(key)) throw new codes.ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      singles.add(key);
    }
    // Short cookies are never indexed (nghttp2 and Node do the same): they are easy to guess.
    const sensitive = neverIndex.includes(key);
    const cookieSensitive = (v) => sensitive || (key === 'cookie' && v.length < 20);
    if (key[0] === ':') {
      const err = assertValuePseudoHeader(key);
      if (err !== undefined) throw err;
      pseudo.push(key, value, sensitive);
      continue;
    }
    if (!checkIsHttpToken(key)) throw new codes.ERR_INVALID_HTTP_TOKEN('Header name', key);
    if (isIllegalConnectionSpecificHeader(key, value)) {
      throw new codes.ERR_HTTP2_INVALID_CONNECTION_HEADERS(key);
    }
    if (isArray) {
      for (let j = 0; j < value.length; ++j) {
        const v = String(value[j]);
        out.push(key, v, cookieSensitive(v));
      }
      continue;
    }
    // Values are not checked here: Node's core API sends them as given and the receiving end
    // drops a field whose value it finds invalid (the compat API checks them in setHeader).
    out.push(key, value, cookieSensitive(value));
  }
  return pseudo.concat(out);
}

// ---- settings ----

const kMaxFrameSize = 2 ** 24 - 1;
const kMaxInt = 2 ** 32 - 1;
const kMaxStreams = 2 ** 32 - 1;
const kMaxALTSVC = 2 ** 14 - 2;

const settingIds = {
  headerTableSize: 1, enablePush: 2, maxConcurrentStreams: 3, initialWindowSize: 4,
  maxFrameSize: 5, maxHeaderListSize: 6, enableConnectProtocol: 8,
};

function assertWithinRange(name, value, min = 0, max = Infinity) {
  if (value !== undefined && (typeof value !== 'number' || value < min || value > max)) {
    throw invalidSettingValue(name, value, false);
  }
}

function assertIsObject(value, name, types = 'Object') {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, types, value);
  }
}

function validateSettings(settings) {
  if (settings === undefined) return;
  assertIsObject(settings.customSettings, 'customSettings', 'Number');
  if (settings.customSettings) {
    const entries = Object.entries(settings.customSettings);
    if (entries.length > 10) throw new codes.ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS ? new codes.ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS() : new RangeError('Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS');
    for (const [key, value] of entries) {
      assertWithinRange('customSettings:id', Number(key), 0, 0xffff);
      assertWithinRange('customSettings:value', value, 0, kMaxInt);
    }
  }
  assertWithinRange('headerTableSize', settings.headerTableSize, 0, kMaxInt);
  assertWithinRange('initialWindowSize', settings.initialWindowSize, 0, 2 ** 31 - 1);
  assertWithinRange('maxFrameSize', settings.maxFrameSize, 16384, kMaxFrameSize);
  assertWithinRange('maxConcurrentStreams', settings.maxConcurrentStreams, 0, kMaxStreams);
  assertWithinRange('maxHeaderListSize', settings.maxHeaderListSize, 0, kMaxInt);
  assertWithinRange('maxHeaderSize', settings.maxHeaderSize, 0, kMaxInt);
  if (settings.enablePush !== undefined && typeof settings.enablePush !== 'boolean') {
    throw invalidSettingValue('enablePush', settings.enablePush, true);
  }
  if (settings.enableConnectProtocol !== undefined && typeof settings.enableConnectProtocol !== 'boolean') {
    throw invalidSettingValue('enableConnectProtocol', settings.enableConnectProtocol, true);
  }
}

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

function getPackedSettings(settings) {
  assertIsObject(settings, 'settings');
  settings = settings || {};
  validateSettings(settings);
  if (settings.maxHeaderSize !== undefined && settings.maxHeaderListSize === undefined) {
    settings = Object.assign({}, settings, { maxHeaderListSize: settings.maxHeaderSize });
  }
  const entries = [];
  const order = ['headerTableSize', 'enablePush', 'maxConcurrentStreams', 'initialWindowSize',
    'maxFrameSize', 'maxHeaderListSize', 'enableConnectProtocol'];
  for (const name of order) {
    const v = settings[name];
    if (v === undefined) continue;
    entries.push([settingIds[name], typeof v === 'boolean' ? (v ? 1 : 0) : v]);
  }
  if (settings.customSettings) {
    for (const key of Object.keys(settings.customSettings)) {
      entries.push([Number(key), settings.customSettings[key]]);
    }
  }
  const buf = Buffer.alloc(entries.length * 6);
  for (let i = 0; i < entries.length; i++) {
    buf.writeUInt16BE(entries[i][0], i * 6);
    buf.writeUInt32BE(entries[i][1] >>> 0, i * 6 + 2);
  }
  return buf;
}

function getUnpackedSettings(buf, options = {}) {
  if (!ArrayBuffer.isView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.length % 6 !== 0) throw new codes.ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const settings = {};
  for (let offset = 0; offset < b.length; offset += 6) {
    const id = b.readUInt16BE(offset);
    const value = b.readUInt32BE(offset + 2);
    switch (id) {
      case 1: settings.headerTableSize = value; break;
      case 2: settings.enablePush = value !== 0; break;
      case 3: settings.maxConcurrentStreams = value; break;
      case 4: settings.initialWindowSize = value; break;
      case 5: settings.maxFrameSize = value; break;
      case 6: settings.maxHeaderListSize = settings.maxHeaderSize = value; break;
      case 8: settings.enableConnectProtocol = value !== 0; break;
      default:
        if (!settings.customSettings) settings.customSettings = {};
        settings.customSettings[id] = value;
    }
  }
  if (options != null && options.validate) validateSettings(settings);
  return settings;
}

function isPayloadMeaningless(method) {
  return kNoPayloadMethods.has(method);
}

module.exports = {
  constants,
  kSensitiveHeaders,
  kSingleValueHeaders,
  kMaxALTSVC,
  kMaxFrameSize,
  assertIsObject,
  assertValidPseudoHeader,
  assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer,
  assertWithinRange,
  checkRequestPseudoNames,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  isPayloadMeaningless,
  makeError,
  mapToHeaders,
  NghttpError,
  nghttp2ErrorText,
  validateSettings,
  invalidSettingValue,
  validateObject,
};
