'use strict';
// require('http'): the HTTP/1.1 client side (http.request, http.get) over our net module, plus the
// status and method tables and the header validators. Each request gets a connection of its own
// (no keep-alive pooling: the request says 'Connection: close'). The server side is not
// provided: createServer() and new Server() throw ERR_METHOD_NOT_IMPLEMENTED.

const net = require('net');
const EventEmitter = require('events');
const { Stream, Readable } = require('stream');
const {
  codes, registerCodes, validateFunction, validateInteger,
} = require('internal/errors');

registerCodes({
  ERR_INVALID_PROTOCOL: 'Protocol "%s" not supported. Expected "%s"',
  ERR_INVALID_HTTP_TOKEN: (what, v) => `${what} must be a valid HTTP token ["${v}"]`,
  ERR_HTTP_INVALID_HEADER_VALUE: 'Invalid value "%s" for header "%s"',
  ERR_HTTP_HEADERS_SENT: 'Cannot %s headers after they are sent to the client',
  ERR_UNESCAPED_CHARACTERS: '%s contains unescaped characters',
}, TypeError);
if (!codes.ERR_HTTP_HEADERS_SENT.prototype) throw new Error('http: error table');

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};
const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH',
  'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
  'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (badValueRe.test(String(value))) {
    throw new codes.ERR_INVALID_CHAR('header content', name);
  }
}

// A parse failure of the response, shaped like Node's (llhttp) errors.
function parseError(code, reason, bytesParsed, raw) {
  const e = new Error('Parse Error: ' + reason);
  e.bytesParsed = bytesParsed;
  e.code = code;
  e.reason = reason;
  e.rawPacket = raw;
  return e;
}

function hangUp() {
  const e = new Error('socket hang up');
  e.code = 'ECONNRESET';
  return e;
}

class IncomingMessage extends Readable {
  constructor(socket) {
    super();
    this.socket = socket;
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.headers = {};
    this.trailers = {};
    this.aborted = false;
    this.upgrade = false;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
  }
  get connection() { return this.socket; }
  _read() {
    const s = this.socket;
    if (s && s.isPaused && s.isPaused()) s.resume();
  }
  setTimeout(msecs, callback) {
    if (this.socket) this.socket.setTimeout(msecs, callback);
    return this;
  }
}

// addHeaders fills headers (lower-case names; repeated values joined, set-cookie kept as a list)
// from a flat [name, value, ...] list.
function addHeaders(target, raw) {
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    const v = raw[i + 1];
    if (k === 'set-cookie') (target[k] || (target[k] = [])).push(v);
    else if (target[k] === undefined) target[k] = v;
    else if (k !== 'content-type' && k !== 'content-length' && k !== 'host' && k !== 'user-agent') {
      target[k] += ', ' + v;
    }
  }
}

class OutgoingMessage extends Stream {
  constructor() {
    super();
    this._fields = new Map(); // lower-case name -> [name as given, value]
    this.headersSent = false;
    this.finished = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.destroyed = false;
    this.chunkedEncoding = false;
    this.sendDate = false;
  }
  setHeader(name, value) {
    if (this.headersSent) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this._fields.set(name.toLowerCase(), [name, value]);
    return this;
  }
  getHeader(name) {
    const f = this._fields.get(String(name).toLowerCase());
    return f === undefined ? undefined : f[1];
  }
  getHeaders() {
    const out = Object.create(null);
    for (const [k, f] of this._fields) out[k] = f[1];
    return out;
  }
  getHeaderNames() { return [...this._fields.keys()]; }
  getRawHeaderNames() { return [...this._fields.values()].map((f) => f[0]); }
  hasHeader(name) { return this._fields.has(String(name).toLowerCase()); }
  removeHeader(name) {
    if (this.headersSent) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
    this._fields.delete(String(name).toLowerCase());
  }
}

const kNoBody = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string' || input instanceof URL) {
      const u = input instanceof URL ? input : new URL(input);
      const fromUrl = {
        protocol: u.protocol, hostname: u.hostname.replace(/^\[|\]$/g, ''),
        port: u.port ? Number(u.port) : undefined, path: (u.pathname || '/') + (u.search || ''),
      };
      if (u.username || u.password) fromUrl.auth = decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password);
      if (typeof options === 'function') {
        cb = options;
        options = {};
      }
      options = Object.assign(fromUrl, options || {});
    } else {
      if (typeof input === 'function') {
        cb = input;
        input = {};
      }
      if (typeof options === 'function') cb = options;
      options = Object.assign({}, input || {});
    }
    const protocol = options.protocol || 'http:';
    if (protocol !== 'http:') throw new codes.ERR_INVALID_PROTOCOL(protocol, 'http:');
    const method = options.method === undefined ? 'GET' : options.method;
    if (typeof method !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    if (!tokenRe.test(method)) throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
    this.method = method.toUpperCase();
    this.path = options.path || '/';
    if (/[\u0000-\u0020]/.test(this.path)) throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');
    this.host = options.hostname || (options.host ? String(options.host).replace(/:\d+$/, '') : 'localhost');
    this.port = options.port !== undefined && options.port !== null && options.port !== '' ? Number(options.port) : 80;
    this.protocol = protocol;
    this.agent = options.agent === undefined ? globalAgent : options.agent;
    this.reusedSocket = false;
    this.maxHeadersCount = null;
    this.aborted = false;
    this.res = null;
    this.socket = null;
    this._pending = [];
    this._timeout = options.timeout;

    if (options.headers) {
      const h = options.headers;
      if (Array.isArray(h)) {
        for (let i = 0; i + 1 < h.length; i += 2) this.setHeader(h[i], h[i + 1]);
      } else {
        for (const k of Object.keys(h)) this.setHeader(k, h[k]);
      }
    }
    if (!this.hasHeader('host') && options.setHost !== false) {
      const hostText = this.host.includes(':') ? '[' + this.host + ']' : this.host;
      this.setHeader('Host', this.port === 80 ? hostText : hostText + ':' + this.port);
    }
    if (options.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (cb) this.once('response', cb);

    const socket = typeof options.createConnection === 'function' ?
      options.createConnection(Object.assign({}, options, { host: this.host, port: this.port })) :
      net.connect({ host: this.host, port: this.port, localAddress: options.localAddress, family: options.family });
    this._attach(socket);
  }

  get connection() { return this.socket; }

  _attach(socket) {
    this.socket = socket;
    let head = Buffer.alloc(0);
    let res = null;
    let body = null; // { left } for content-length, { chunked, ... } or { toEnd: true }
    let parsed = 0;
    let done = false;
    const fail = (err) => {
      if (done) return;
      done = true;
      this._fail(err);
    };
    const finishResponse = () => {
      done = true;
      res.complete = true;
      res.push(null);
      socket.end();
    };
    const onBody = (chunk) => {
      // Returns the bytes after this response's body (none expected: the connection closes).
      if (body.toEnd) {
        res.push(chunk);
        return;
      }
      if (body.left !== undefined) {
        const n = Math.min(body.left, chunk.length);
        if (n > 0) res.push(chunk.subarray(0, n));
        body.left -= n;
        if (body.left === 0) finishResponse();
        return;
      }
      // chunked
      body.buf = body.buf.length ? Buffer.concat([body.buf, chunk]) : chunk;
      for (;;) {
        if (body.size === 0) {
          const eol = body.buf.indexOf('\r\n');
          if (eol < 0) return;
          const line = body.buf.subarray(0, eol).toString('latin1');
          const size = parseInt(line, 16);
          if (Number.isNaN(size)) return fail(parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', parsed, body.buf));
          body.buf = body.buf.subarray(eol + 2);
          if (size === 0) {
            const end = body.buf.indexOf('\r\n\r\n');
            const startsEmpty = body.buf.length >= 2 && body.buf[0] === 13 && body.buf[1] === 10;
            if (!startsEmpty && end < 0) {
              body.size = -1; // waiting for trailers
              return;
            }
            if (!startsEmpty) {
              const lines = body.buf.subarray(0, end).toString('latin1').split('\r\n');
              for (const l of lines) {
                const c = l.indexOf(':');
                if (c > 0) res.rawTrailers.push(l.slice(0, c).trim(), l.slice(c + 1).trim());
              }
              addHeaders(res.trailers, res.rawTrailers);
            }
            return finishResponse();
          }
          body.size = size + 2; // data and its CRLF
        }
        if (body.size === -1) {
          if (body.buf.indexOf('\r\n\r\n') < 0 && !(body.buf[0] === 13 && body.buf[1] === 10)) return;
          body.size = 0;
          body.buf = Buffer.concat([Buffer.from('0\r\n'), body.buf]);
          continue;
        }
        if (body.buf.length === 0) return;
        const take = Math.min(body.size, body.buf.length);
        const data = body.buf.subarray(0, Math.min(take, body.size - 2 > 0 ? body.size - 2 : 0));
        if (data.length > 0) res.push(Buffer.from(data));
        body.size -= take;
        body.buf = body.buf.subarray(take);
        if (body.size > 0) return;
      }
    };
    const onHead = () => {
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length >= 5 && !/^HTTP\//.test(head.subarray(0, 5).toString('latin1'))) {
          return fail(parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', 0, head));
        }
        return undefined;
      }
      const lines = head.subarray(0, end).toString('latin1').split('\r\n');
      const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(lines[0]);
      if (!m) return fail(parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', 0, head));
      const rest = head.subarray(end + 4);
      parsed += end + 4;
      head = Buffer.alloc(0);
      const msg = new IncomingMessage(socket);
      msg.httpVersionMajor = Number(m[1]);
      msg.httpVersionMinor = Number(m[2]);
      msg.httpVersion = m[1] + '.' + m[2];
      msg.statusCode = Number(m[3]);
      msg.statusMessage = m[4] || '';
      for (let i = 1; i < lines.length; i++) {
        const c = lines[i].indexOf(':');
        if (c <= 0) return fail(parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', parsed, rest));
        msg.rawHeaders.push(lines[i].slice(0, c).trim(), lines[i].slice(c + 1).trim());
      }
      addHeaders(msg.headers, msg.rawHeaders);
      if (msg.statusCode >= 100 && msg.statusCode < 200 && msg.statusCode !== 101) {
        this.emit('information', {
          statusCode: msg.statusCode, statusMessage: msg.statusMessage, httpVersion: msg.httpVersion,
          httpVersionMajor: msg.httpVersionMajor, httpVersionMinor: msg.httpVersionMinor,
          headers: msg.headers, rawHeaders: msg.rawHeaders,
        });
        if (rest.length) onData(rest);
        return undefined;
      }
      res = msg;
      this.res = msg;
      const noBody = this.method === 'HEAD' || msg.statusCode === 204 || msg.statusCode === 304;
      const te = msg.headers['transfer-encoding'];
      if (noBody) body = { left: 0 };
      else if (te && /chunked/i.test(te)) body = { size: 0, buf: Buffer.alloc(0) };
      else if (msg.headers['content-length'] !== undefined) body = { left: Number(msg.headers['content-length']) };
      else body = { toEnd: true };
      msg.on('end', () => process.nextTick(() => {
        this.emit('close');
        msg.emit('close');
      }));
      const hadListener = this.emit('response', msg);
      if (!hadListener) msg.resume();
      if (body.left === 0) finishResponse();
      else if (rest.length) onBody(rest);
      return undefined;
    };
    const onData = (chunk) => {
      if (done && !(body && body.toEnd)) return;
      if (res === null) {
        head = head.length ? Buffer.concat([head, chunk]) : chunk;
        onHead();
      } else {
        onBody(chunk);
      }
    };
    socket.on('data', onData);
    socket.on('error', (err) => fail(err));
    socket.on('end', () => {
      if (res !== null && body && body.toEnd && !done) {
        done = true;
        res.complete = true;
        res.push(null);
      } else if (res === null) {
        fail(hangUp());
      } else if (!done) {
        res.aborted = true;
        fail(hangUp());
      }
    });
    socket.on('close', () => {
      if (!done) {
        if (res === null) fail(hangUp());
        else {
          done = true;
          res.aborted = true;
          res.emit('aborted');
          res.destroy(hangUp());
          this.emit('close');
        }
      }
    });
    socket.on('timeout', () => this.emit('timeout'));
    if (this._timeout !== undefined) this.setTimeout(this._timeout);
    process.nextTick(() => {
      this.emit('socket', socket);
      for (const [fn, args] of this._pending) fn.apply(socket, args);
      this._pending = [];
    });
  }

  _fail(err) {
    this.destroyed = true;
    if (this.socket) this.socket.destroy();
    if (!this.aborted || err.code !== 'ECONNRESET') this.emit('error', err);
    this.emit('close');
  }

  _head() {
    if (this.headersSent) return '';
    this.headersSent = true;
    let text = this.method + ' ' + this.path + ' HTTP/1.1\r\n';
    for (const [name, value] of this._fields.values()) {
      if (Array.isArray(value)) for (const v of value) text += name + ': ' + v + '\r\n';
      else text += name + ': ' + value + '\r\n';
    }
    if (!this.hasHeader('connection')) text += 'Connection: close\r\n';
    return text;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (cb) cb(err);
        this.emit('error', err);
      });
      return false;
    }
    if (!this.headersSent) {
      let head = this._head();
      if (!this.hasHeader('content-length') && !this.hasHeader('transfer-encoding')) {
        this.chunkedEncoding = true;
        head += 'Transfer-Encoding: chunked\r\n';
      }
      this.socket.write(head + '\r\n');
    }
    const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    if (this.chunkedEncoding) {
      if (data.length === 0) {
        if (cb) process.nextTick(cb);
        return true;
      }
      this.socket.write(data.length.toString(16) + '\r\n');
      this.socket.write(data);
      return this.socket.write('\r\n', cb);
    }
    return this.socket.write(data, cb);
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      if (cb) process.nextTick(cb);
      return this;
    }
    if (!this.headersSent) {
      const data = chunk == null ? Buffer.alloc(0) : (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
      let head = this._head();
      if (!this.hasHeader('content-length') && !this.hasHeader('transfer-encoding') &&
          (data.length > 0 || !kNoBody.has(this.method))) {
        head += 'Content-Length: ' + data.length + '\r\n';
      }
      this.socket.write(head + '\r\n');
      if (data.length > 0) this.socket.write(data);
    } else if (chunk != null) {
      this.write(chunk, encoding);
    }
    if (this.chunkedEncoding) this.socket.write('0\r\n\r\n');
    this.writableEnded = true;
    this.finished = true;
    this.socket.write(Buffer.alloc(0), () => {
      this.writableFinished = true;
      this.emit('finish');
      if (cb) cb();
    });
    return this;
  }

  flushHeaders() {
    if (!this.headersSent) this.socket.write(this._head() + '\r\n');
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res && !this.res.complete) {
      this.res.aborted = true;
      this.res.destroy(err);
    }
    if (this.socket) this.socket.destroy();
    if (err) process.nextTick(() => this.emit('error', err));
    if (!this.res) process.nextTick(() => this.emit('close'));
    return this;
  }

  setTimeout(msecs, callback) {
    if (callback) this.once('timeout', callback);
    this._later('setTimeout', [msecs]);
    return this;
  }
  setNoDelay(noDelay) { this._later('setNoDelay', [noDelay]); }
  setSocketKeepAlive(enable, delay) { this._later('setKeepAlive', [enable, delay]); }
  _later(name, args) {
    const s = this.socket;
    if (s && typeof s[name] === 'function') s[name](...args);
  }
}

// Agent keeps its options for scripts that read them; it pools nothing (see the top).
class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.options = Object.assign({ path: null }, options);
    this.keepAlive = !!this.options.keepAlive;
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.maxSockets = this.options.maxSockets || Infinity;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.requests = Object.create(null);
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
  }
  destroy() {}
}
const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

function Server() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('http.Server');
}
function ServerResponse() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('http.ServerResponse');
}
function createServer() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('http.createServer()');
}
function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
}

module.exports = {
  METHODS, STATUS_CODES, Agent, ClientRequest, IncomingMessage, OutgoingMessage, Server, ServerResponse,
  createServer, validateHeaderName: (name) => validateHeaderName(name), validateHeaderValue, get, request,
  setMaxIdleHTTPParsers, maxHeaderSize: 16384, globalAgent,
};
void validateFunction;
