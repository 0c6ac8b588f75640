'use strict';
// node:net — TCP sockets and servers on the native binding internal/net_binding (sockets/ in Go).
// A handle is one Go connection: readStart/readStop drive its reader goroutine (so push()
// backpressure becomes TCP backpressure), write/writev/shutdown go to its writer goroutine and call
// back when done, and results arrive as handle.onconnect/onread/onerror. Under plain node (through
// tools/node-shim.js) the same handle API is emulated with node's own net (internal/net/node_binding).

const EventEmitter = require('events');
const { Duplex } = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_SOCKET_BAD_PORT,
    ERR_SOCKET_CLOSED, ERR_SERVER_NOT_RUNNING, ERR_SERVER_ALREADY_LISTEN,
  },
  validateFunction, validateNumber, validateBoolean,
} = require('internal/errors');

let binding;
try {
  binding = require('internal/net_binding');
} catch (e) {
  binding = require('internal/net/node_binding');
}

// ---- addresses ----

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = '(?:' + v4Seg + '\\.){3}' + v4Seg;
const IPv4Reg = new RegExp('^' + v4Str + '$');
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  '(?:' + v6Seg + ':){7}(?:' + v6Seg + '|:)|' +
  '(?:' + v6Seg + ':){6}(?:' + v4Str + '|:' + v6Seg + '|:)|' +
  '(?:' + v6Seg + ':){5}(?::' + v4Str + '|(?::' + v6Seg + '){1,2}|:)|' +
  '(?:' + v6Seg + ':){4}(?:(?::' + v6Seg + '){0,1}:' + v4Str + '|(?::' + v6Seg + '){1,3}|:)|' +
  '(?:' + v6Seg + ':){3}(?:(?::' + v6Seg + '){0,2}:' + v4Str + '|(?::' + v6Seg + '){1,4}|:)|' +
  '(?:' + v6Seg + ':){2}(?:(?::' + v6Seg + '){0,3}:' + v4Str + '|(?::' + v6Seg + '){1,5}|:)|' +
  '(?:' + v6Seg + ':){1}(?:(?::' + v6Seg + '){0,4}:' + v4Str + '|(?::' + v6Seg + '){1,6}|:)|' +
  '(?::(?:(?::' + v6Seg + '){0,5}:' + v4Str + '|(?::' + v6Seg + '){1,7}|:))' +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) { return IPv4Reg.test(String(s)); }
function isIPv6(s) { return IPv6Reg.test(String(s)); }
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// ---- errors ----

// sysError builds Node's system error from the binding's description. withMessage selects libuv's
// "syscall CODE: description address:port" form (listen) over "syscall CODE address:port" (connect).
function sysError(info, withMessage) {
  let msg = info.syscall + ' ' + info.code;
  if (withMessage && info.message) msg += ': ' + info.message;
  if (info.hostname !== undefined && info.syscall === 'getaddrinfo') msg += ' ' + info.hostname;
  else if (info.address !== undefined) msg += ' ' + info.address + (info.port !== undefined ? ':' + info.port : '');
  const err = new Error(msg);
  if (withMessage) {
    err.code = info.code;
    err.errno = info.errno;
  } else {
    err.errno = info.errno;
    err.code = info.code;
  }
  err.syscall = info.syscall;
  if (info.hostname !== undefined) err.hostname = info.hostname;
  if (info.address !== undefined) err.address = info.address;
  if (info.port !== undefined) err.port = info.port;
  return err;
}

function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0)) return false;
  return +port === (+port >>> 0) && port <= 0xFFFF;
}

function validatePort(port, name = 'Port', allowZero = true) {
  if (!isLegalPort(port) || (!allowZero && +port === 0)) throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  return +port | 0;
}

// ---- Socket ----

const kInfo = Symbol('kInfo');
const kTimer = Symbol('kTimer');
const kTimeoutMs = Symbol('kTimeoutMs');
const kRefed = Symbol('kRefed');

function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  if (chunk instanceof Uint8Array) return chunk;
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

class Socket extends Duplex {
  constructor(options) {
    if (typeof options === 'number') options = { fd: options };
    options = Object.assign({}, options);
    const allowHalfOpen = Boolean(options.allowHalfOpen);
    super({
      allowHalfOpen,
      emitClose: false,
      autoDestroy: true,
      decodeStrings: false,
      highWaterMark: options.highWaterMark,
      readableHighWaterMark: options.readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark,
    });
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._host = null;
    this._server = null;
    this.server = null;
    this[kInfo] = {};
    this[kTimer] = null;
    this[kTimeoutMs] = 0;
    this[kRefed] = true;
    this._bytesRead = 0;
    this._bytesDispatched = 0;
    this._pendingEnd = false;
    if (options.handle) {
      this._attach(options.handle);
      if (options.info) this[kInfo] = options.info;
      if (!options.pauseOnConnect) this.read(0);
    }
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      if (signal.aborted) process.nextTick(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  }

  _attach(handle) {
    this._handle = handle;
    handle.onread = (ab) => this._onread(ab);
    handle.onerror = (info) => this.destroy(sysError(info, false));
    if (!this[kRefed]) handle.unref();
  }

  _onread(ab) {
    if (!this._handle) return;
    if (ab === null) {
      this.push(null);
      this.read(0); // emits 'end' now when nothing is buffered, even if nobody reads
      return;
    }
    const buf = Buffer.from(ab);
    this._bytesRead += buf.length;
    this._refreshTimeout();
    if (!this.push(buf) && this._handle) this._handle.readStop();
  }

  _read() {
    if (this._handle) this._handle.readStart();
  }

  _write(chunk, encoding, cb) {
    this._writeGeneric([toBuffer(chunk, encoding)], cb);
  }

  _writev(chunks, cb) {
    this._writeGeneric(chunks.map((c) => toBuffer(c.chunk, c.encoding)), cb);
  }

  _writeGeneric(bufs, cb) {
    if (!this._handle) {
      cb(new ERR_SOCKET_CLOSED());
      return;
    }
    this._refreshTimeout();
    for (const b of bufs) this._bytesDispatched += b.length;
    const done = (err) => {
      this._refreshTimeout();
      if (err) cb(sysError(err, false));
      else cb();
    };
    if (bufs.length === 1) this._handle.write(bufs[0], done);
    else this._handle.writev(bufs, done);
  }

  _final(cb) {
    if (!this._handle) {
      cb();
      return;
    }
    this._handle.shutdown((err) => {
      if (err && err.code !== 'ENOTCONN') cb(sysError(err, false));
      else cb();
    });
  }

  _destroy(err, cb) {
    this._clearTimeout();
    this.connecting = false;
    const handle = this._handle;
    if (handle) {
      handle.onread = handle.onerror = handle.onconnect = handle.onsecure = handle.onlookup = null;
      handle.close();
      this._handle = null;
    }
    if (err) this._hadError = true;
    cb(err);
    const hadError = this._hadError;
    setImmediate(() => {
      this.emit('close', hadError);
      const server = this._server;
      if (server) {
        server._connections--;
        server._emitCloseIfDrained();
      }
    });
  }

  // _detachHandle is called by Go's sockets.Detach: the connection now belongs to Go. It returns the
  // bytes this stream had received but nobody consumed.
  _detachHandle() {
    const handle = this._handle;
    if (handle) handle.onread = handle.onerror = null;
    this._handle = null;
    this._clearTimeout();
    const state = this._readableState;
    const parts = [];
    while (true) {
      const chunk = state && state.length > 0 ? this.read() : null;
      if (chunk === null) break;
      parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    }
    return parts.length ? Buffer.concat(parts) : null;
  }

  connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    if (this.connecting || this._handle) throw new ERR_SOCKET_CLOSED(); // reuse is not supported
    if (options.path !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.path', options.path, 'is not supported (no IPC sockets)');
    }
    const host = options.host === undefined || options.host === null ? 'localhost' : String(options.host);
    let port = options.port;
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = validatePort(port);
    if (options.timeout) this.setTimeout(options.timeout);
    if (options.noDelay !== undefined) this._noDelay = Boolean(options.noDelay);
    if (options.keepAlive) this._keepAlive = [true, options.keepAliveInitialDelay || 0];
    if (typeof cb === 'function') this.once('connect', cb);
    this._host = host;
    this.connecting = true;
    this._refreshTimeout();
    const handle = binding.connect(host, port, this._tlsConnectOptions || null);
    this._attach(handle);
    handle.onlookup = (err, address, family, hostname) => {
      this.emit('lookup', err, address, family, hostname);
    };
    handle.onconnect = (err, info) => {
      if (err) {
        this.connecting = false;
        this.destroy(sysError(err, false));
        return;
      }
      this.connecting = false;
      this[kInfo] = info;
      if (this._noDelay !== undefined) handle.setNoDelay(this._noDelay);
      if (this._keepAlive) handle.setKeepAlive(this._keepAlive[0], this._keepAlive[1]);
      this._refreshTimeout();
      this._onConnected();
    };
    return this;
  }

  _onConnected() {
    this.emit('connect');
    this.emit('ready');
    if (this.readable && !this.isPaused()) this.read(0);
  }

  setNoDelay(enable = true) {
    enable = Boolean(enable);
    if (this._handle && !this.connecting) this._handle.setNoDelay(enable);
    else this._noDelay = enable;
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    enable = Boolean(enable);
    const delay = Math.max(0, ~~(initialDelay / 1000)) * 1000;
    if (this._handle && !this.connecting) this._handle.setKeepAlive(enable, delay);
    else this._keepAlive = [enable, delay];
    return this;
  }

  setTimeout(msecs, callback) {
    if (typeof msecs !== 'number') throw new ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
    if (msecs < 0 || !Number.isFinite(msecs)) {
      throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.destroyed) return this;
    this[kTimeoutMs] = msecs;
    this._clearTimeout();
    if (msecs === 0) {
      if (callback !== undefined) this.removeListener('timeout', callback);
    } else {
      this._armTimeout();
      if (callback !== undefined) this.once('timeout', callback);
    }
    return this;
  }

  _armTimeout() {
    const t = setTimeout(() => {
      this[kTimer] = null;
      this.emit('timeout');
    }, this[kTimeoutMs]);
    if (t && typeof t.unref === 'function') t.unref();
    this[kTimer] = t;
  }

  _refreshTimeout() {
    if (!this[kTimeoutMs] || this.destroyed) return;
    if (this[kTimer] && typeof this[kTimer].refresh === 'function') this[kTimer].refresh();
    else {
      this._clearTimeout();
      this._armTimeout();
    }
  }

  _clearTimeout() {
    if (this[kTimer]) clearTimeout(this[kTimer]);
    this[kTimer] = null;
  }

  get timeout() { return this[kTimeoutMs] || undefined; }

  ref() {
    this[kRefed] = true;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this._handle) this._handle.unref();
    return this;
  }

  address() {
    const i = this[kInfo];
    if (i.localAddress === undefined) return {};
    return { address: i.localAddress, family: i.localFamily, port: i.localPort };
  }

  get remoteAddress() { return this[kInfo].remoteAddress; }
  get remotePort() { return this[kInfo].remotePort; }
  get remoteFamily() { return this[kInfo].remoteFamily; }
  get localAddress() { return this[kInfo].localAddress; }
  get localPort() { return this[kInfo].localPort; }
  get localFamily() { return this[kInfo].localFamily; }
  get bytesRead() { return this._bytesRead; }
  get bytesWritten() { return this._bytesDispatched; }
  get pending() { return !this._handle || this.connecting; }
  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
  get bufferSize() { return this._writableState ? this._writableState.length : 0; }

  resetAndDestroy() {
    return this.destroy(new ERR_SOCKET_CLOSED());
  }
}

function normalizeConnectArgs(args) {
  if (args.length === 0) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  let options;
  const arg0 = args[0];
  if (arg0 !== null && typeof arg0 === 'object') options = Object.assign({}, arg0);
  else if (typeof arg0 === 'string' && !isLegalPort(arg0) && Number.isNaN(Number(arg0))) options = { path: arg0 };
  else {
    options = { port: arg0 };
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  if (options.port === undefined && options.path === undefined) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  return [options, typeof cb === 'function' ? cb : null];
}

function connect(...args) {
  const [options] = normalizeConnectArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

// ---- Server ----

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._connections = 0;
    this._handle = null;
    this._refed = true;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000) * 1000 || 0;
    this.maxConnections = undefined;
    this._tlsServerOptions = null;
  }

  get listening() { return this._handle !== null; }

  listen(...args) {
    let cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    let options;
    const a0 = args[0];
    if (a0 !== null && typeof a0 === 'object') {
      options = a0;
    } else if (a0 === undefined || a0 === null || typeof a0 === 'number' || (typeof a0 === 'string' && isLegalPort(a0))) {
      options = { port: a0 === undefined || a0 === null ? 0 : a0 };
      if (typeof args[1] === 'string') options.host = args[1];
      else if (args[1] === null || args[1] === undefined) options.host = undefined;
      if (typeof args[1] === 'number') options.backlog = args[1];
      else if (typeof args[2] === 'number') options.backlog = args[2];
    } else {
      options = { path: a0 };
    }
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
    if (cb) this.once('listening', cb);
    if (options.path !== undefined && options.port === undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.path', options.path, 'is not supported (no IPC sockets)');
    }
    if (!('port' in options) && !('path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
    }
    let port = options.port === undefined || options.port === null ? 0 : options.port;
    if (typeof port !== 'number' && typeof port !== 'string') throw new ERR_INVALID_ARG_VALUE('options', options);
    port = validatePort(port, 'options.port');
    const host = options.host === undefined || options.host === null ? '::' : String(options.host);
    const [handle, err] = binding.listen(host, port, options.backlog || 511, this._tlsServerOptions);
    if (err) {
      process.nextTick(() => this.emit('error', sysError(err, true)));
      return this;
    }
    this._handle = handle;
    if (!this._refed) handle.unref();
    handle.onconnection = (h, info) => this._onconnection(h, info);
    handle.ontlsclienterror = (e, info) => this._ontlsclienterror(e, info);
    if (handle.pendingListen) {
      // the node emulation binding reports the outcome later
      handle.onlisten = (e) => {
        if (this._handle !== handle) return;
        if (e) {
          this._handle = null;
          this.emit('error', sysError(e, true));
        } else this.emit('listening');
      };
      return this;
    }
    process.nextTick(() => {
      if (this._handle === handle) this.emit('listening');
    });
    return this;
  }

  _onconnection(h, info) {
    if (this.maxConnections !== undefined && this.maxConnections !== null && this._connections >= this.maxConnections) {
      h.close();
      this.emit('drop', {
        localAddress: info.localAddress, localPort: info.localPort, localFamily: info.localFamily,
        remoteAddress: info.remoteAddress, remotePort: info.remotePort, remoteFamily: info.remoteFamily,
      });
      return;
    }
    const socket = this._makeSocket(h, info);
    this._connections++;
    socket.server = this;
    socket._server = this;
    if (this.noDelay) h.setNoDelay(true);
    if (this.keepAlive) h.setKeepAlive(true, this.keepAliveInitialDelay);
    this._emitConnection(socket, info);
  }

  _makeSocket(h, info) {
    return new Socket({ handle: h, info, allowHalfOpen: this.allowHalfOpen, pauseOnConnect: this.pauseOnConnect });
  }

  _emitConnection(socket) {
    this.emit('connection', socket);
  }

  _ontlsclienterror() {}

  address() {
    if (!this._handle) return null;
    return this._handle.address();
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) this.once('close', () => cb(new ERR_SERVER_NOT_RUNNING()));
      else this.once('close', cb);
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections > 0) return;
    process.nextTick(() => this.emit('close'));
  }

  getConnections(cb) {
    validateFunction(cb, 'cb');
    process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._refed = true;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this._refed = false;
    if (this._handle) this._handle.unref();
    return this;
  }
}

// As in Node: a server that is not listening is disposed at once; otherwise once closed.
Server.prototype[Symbol.asyncDispose] = async function () {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  Socket,
  Stream: Socket,
  Server,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(v) { validateBoolean(v, 'value'); autoSelectFamily = v; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) {
    validateNumber(v, 'value', 1);
    autoSelectFamilyAttemptTimeout = v < 10 ? 10 : v;
  },
  // internal: used by tls.js
  _sysError: sysError,
  _validatePort: validatePort,
  _normalizeConnectArgs: normalizeConnectArgs,
};
