'use strict';
// node:tls — TLSSocket and tls.Server on the same native binding as net (Go's crypto/tls does the
// handshake). The binding verifies the peer chain itself and reports OpenSSL's error codes
// (authorizationError); the host name is checked here with checkServerIdentity, as in Node.

const net = require('net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_CERT_ALTNAME_INVALID, ERR_TLS_INVALID_PROTOCOL_VERSION },
  validateObject,
} = require('internal/errors');

const DEFAULT_MIN_VERSION = 'TLSv1.2';
const DEFAULT_MAX_VERSION = 'TLSv1.3';
const kVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// OpenSSL's texts for the verification codes the binding reports.
const verifyMessages = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in certificate chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the first certificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to get local issuer certificate',
  UNABLE_TO_GET_ISSUER_CERT: 'unable to get issuer certificate',
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
};

function pemList(v, name) {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => {
    if (typeof x === 'string') return x;
    if (ArrayBuffer.isView(x)) return Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('latin1');
    if (x && typeof x === 'object' && (x.pem !== undefined || x.buf !== undefined)) return pemList(x.pem || x.buf, name)[0];
    throw new ERR_INVALID_ARG_TYPE('options.' + name, ['string', 'Buffer', 'TypedArray', 'DataView'], x);
  });
}

// ALPN names: an array of strings/Buffers, or one Buffer in wire format (length-prefixed).
function alpnList(v) {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) {
    return v.map((p) => {
      if (typeof p === 'string') return p;
      if (ArrayBuffer.isView(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('latin1');
      throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['string', 'Buffer', 'TypedArray', 'DataView'], p);
    });
  }
  if (ArrayBuffer.isView(v)) {
    const b = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    const out = [];
    for (let i = 0; i < b.length;) {
      const n = b[i];
      out.push(b.toString('latin1', i + 1, i + 1 + n));
      i += 1 + n;
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], v);
}

function checkVersion(v, which) {
  if (v === undefined) return undefined;
  if (!kVersions.includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
  return v;
}

class SecureContext {
  constructor(options) {
    this.context = {
      ca: pemList(options.ca, 'ca'),
      cert: pemList(options.cert, 'cert'),
      key: pemList(options.key, 'key'),
      minVersion: checkVersion(options.minVersion, 'minimum') || module.exports.DEFAULT_MIN_VERSION,
      maxVersion: checkVersion(options.maxVersion, 'maximum') || module.exports.DEFAULT_MAX_VERSION,
    };
  }
}

function createSecureContext(options = {}) {
  validateObject(options, 'options');
  return new SecureContext(options);
}

function bindingOptions(options, isServer) {
  const ctx = options.secureContext instanceof SecureContext ? options.secureContext : createSecureContext(options);
  return {
    ca: ctx.context.ca,
    cert: ctx.context.cert,
    key: ctx.context.key,
    minVersion: ctx.context.minVersion,
    maxVersion: ctx.context.maxVersion,
    ALPNProtocols: alpnList(options.ALPNProtocols),
    servername: isServer ? undefined : options.servername,
    requestCert: Boolean(options.requestCert),
  };
}

// ---- host name check ----

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(name.slice(11));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = hostname.replace(/\.$/, '');
  if (net.isIP(hostname)) {
    valid = ips.includes(hostname);
    if (!valid) reason = 'IP: ' + hostname + " is not in the cert's list: " + ips.join(', ');
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = hostname.toLowerCase().split('.');
    const wildcard = (pattern) => {
      const p = pattern.toLowerCase().replace(/\.$/, '').split('.');
      if (p.length !== hostParts.length || p.length < 3 && p[0] === '*') return p.join('.') === hostParts.join('.');
      for (let i = p.length - 1; i > 0; i--) if (p[i] !== hostParts[i]) return false;
      if (p[0] === '*') return hostParts[0].length > 0;
      return p[0] === hostParts[0];
    };
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = 'Host: ' + hostname + ". is not in the cert's altnames: " + altNames;
    } else {
      const cn = Array.isArray(subject.CN) ? subject.CN : [subject.CN];
      valid = cn.some(wildcard);
      if (!valid) reason = 'Host: ' + hostname + ". is not cert's CN: " + cn.join(', ');
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) {
    const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
    err.reason = reason;
    err.host = hostname;
    err.cert = cert;
    return err;
  }
  return undefined;
}

function verifyError(code, message) {
  const err = new Error(message || verifyMessages[code] || code);
  err.code = code;
  return err;
}

// ---- TLSSocket ----

const kTls = Symbol('kTls');

class TLSSocket extends net.Socket {
  constructor(socket, options) {
    options = Object.assign({}, options);
    super(options);
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this._secureEstablished = false;
    this[kTls] = null;
    this._tlsOptions = options;
  }

  _setTlsInfo(info) {
    this[kTls] = info;
    this.alpnProtocol = info.alpnProtocol;
    this.authorized = Boolean(info.authorized);
    this.authorizationError = info.authorized ? null : (info.authorizationError || null);
    this.servername = info.servername || null;
    this._secureEstablished = true;
  }

  getPeerCertificate(detailed) {
    if (!this._handle || !this._handle.getPeerCertificate) return null;
    const c = this._handle.getPeerCertificate(Boolean(detailed));
    if (!c) return {};
    if (c.raw instanceof ArrayBuffer) c.raw = Buffer.from(c.raw);
    return c;
  }

  getProtocol() { return this[kTls] ? this[kTls].protocol : null; }
  getCipher() {
    if (!this[kTls]) return null;
    return { name: this[kTls].cipher, standardName: this[kTls].cipher, version: this[kTls].protocol };
  }
  isSessionReused() { return false; }
  getSession() { return undefined; }
  setServername(name) { this.servername = name; }
}

function normalizeTlsConnectArgs(args) {
  let options = {};
  let cb;
  const rest = args.slice();
  if (typeof rest[rest.length - 1] === 'function') cb = rest.pop();
  if (rest[0] !== null && typeof rest[0] === 'object') {
    options = Object.assign({}, rest[0]);
  } else {
    options.port = rest[0];
    if (typeof rest[1] === 'string') {
      options.host = rest[1];
      if (rest[2] && typeof rest[2] === 'object') options = Object.assign({}, rest[2], options);
    } else if (rest[1] && typeof rest[1] === 'object') {
      options = Object.assign({}, rest[1], options);
    }
  }
  return [options, cb];
}

function connect(...args) {
  const [options, cb] = normalizeTlsConnectArgs(args);
  const rejectUnauthorized = options.rejectUnauthorized !== false;
  const host = options.host === undefined || options.host === null ? 'localhost' : String(options.host);
  const servername = options.servername !== undefined ? options.servername : (net.isIP(host) ? undefined : host);
  const checkIdentity = typeof options.checkServerIdentity === 'function' ? options.checkServerIdentity : checkServerIdentity;
  const socket = new TLSSocket(null, options);
  socket._tlsConnectOptions = bindingOptions(Object.assign({}, options, { servername }), false);
  if (cb) socket.once('secureConnect', cb);
  const origConnected = socket._onConnected;
  socket._onConnected = function () {
    // TCP is up: 'connect' now, 'secureConnect' after the handshake.
    this.emit('connect');
    const handle = this._handle;
    if (!handle) return;
    handle.onsecure = (err, info) => {
      if (err) {
        const e = new Error(err.code === 'ECONNRESET'
          ? 'Client network socket disconnected before secure TLS connection was established'
          : err.message);
        e.code = err.code;
        if (err.code === 'ECONNRESET') {
          e.host = host;
          e.port = options.port;
          e.localAddress = undefined;
        }
        this.destroy(e);
        return;
      }
      this._setTlsInfo(info);
      if (!info.authorized) {
        if (rejectUnauthorized) {
          this.destroy(verifyError(info.authorizationError, info.authorizationMessage));
          return;
        }
      } else {
        const cert = this.getPeerCertificate();
        const idErr = checkIdentity(servername || host, cert);
        if (idErr) {
          if (rejectUnauthorized) {
            this.destroy(idErr);
            return;
          }
          this.authorized = false;
          this.authorizationError = idErr.code || 'ERR_TLS_CERT_ALTNAME_INVALID';
        }
      }
      this.emit('secureConnect');
      if (this.readable && !this.isPaused()) this.read(0);
    };
    void origConnected;
  };
  const connectOpts = { port: options.port, host };
  if (options.timeout) connectOpts.timeout = options.timeout;
  if (options.port === undefined) connectOpts.port = 443;
  socket.connect(connectOpts);
  return socket;
}

// ---- Server ----

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    }
    options = Object.assign({}, options);
    super(options);
    if (typeof listener === 'function') this.on('secureConnection', listener);
    this._tlsServerOptions = bindingOptions(options, true);
    this._requestCert = Boolean(options.requestCert);
    this._rejectUnauthorized = options.rejectUnauthorized !== false;
  }

  _makeSocket(h, info) {
    const socket = new TLSSocket(null, { handle: h, info, allowHalfOpen: this.allowHalfOpen, pauseOnConnect: this.pauseOnConnect });
    if (info.tls) socket._setTlsInfo(info.tls);
    socket.server = this;
    return socket;
  }

  _emitConnection(socket) {
    if (this._requestCert && this._rejectUnauthorized && !socket.authorized) {
      const err = verifyError(socket.authorizationError || 'UNABLE_TO_GET_ISSUER_CERT', socket[kTls] && socket[kTls].authorizationMessage);
      socket.destroy();
      this.emit('tlsClientError', err, socket);
      return;
    }
    this.emit('secureConnection', socket);
  }

  _ontlsclienterror(e, info) {
    const err = new Error(e.message);
    err.code = e.code;
    const socket = new TLSSocket(null, { info });
    socket.destroy();
    if (this.listenerCount('tlsClientError') > 0) this.emit('tlsClientError', err, socket);
  }

  setSecureContext(options) {
    this._tlsServerOptions = bindingOptions(options, true);
  }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION,
  DEFAULT_MAX_VERSION,
  rootCertificates: Object.freeze([]),
  getCiphers() { return ['aes128-gcm-sha256', 'aes256-gcm-sha384', 'chacha20-poly1305']; },
  checkServerIdentity,
  connect,
  createSecureContext,
  createServer,
  SecureContext,
  Server,
  TLSSocket,
};
