'use strict';
// Emulation of internal/net_binding (sockets/ in Go) on real node's net and tls. Only used when
// net.js runs under node itself through tools/node-shim.js, never under h2js: it lets the JS layer
// (argument handling, events, errors, stream behaviour) be checked against node's engine.

if (typeof process.getBuiltinModule !== 'function') throw new Error('internal/net_binding is not available');
const realNet = process.getBuiltinModule('net');
const realTls = process.getBuiltinModule('tls');

const toAB = (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);

function errInfo(e) {
  const o = { code: e.code, errno: e.errno, syscall: e.syscall, message: e.message };
  if (e.syscall === 'listen' && typeof e.message === 'string') {
    const m = /^\w+ \w+: (.*?)(?: \S+)?$/.exec(e.message);
    if (m) o.message = m[1];
  }
  if (e.hostname !== undefined) o.hostname = e.hostname;
  if (e.address !== undefined) o.address = e.address;
  if (e.port !== undefined) o.port = e.port;
  return o;
}

function addrInfo(s) {
  return {
    localAddress: s.localAddress, localPort: s.localPort, localFamily: s.localFamily,
    remoteAddress: s.remoteAddress, remotePort: s.remotePort, remoteFamily: s.remoteFamily,
  };
}

function tlsInfo(s) {
  const o = {
    protocol: s.getProtocol(), alpnProtocol: s.alpnProtocol || false, servername: s.servername || '',
    authorized: s.authorized,
  };
  if (!s.authorized && s.authorizationError) {
    o.authorizationError = typeof s.authorizationError === 'string' ? s.authorizationError : s.authorizationError.code;
  }
  return o;
}

function wrap(sock, connected) {
  const h = {
    onread: null, onerror: null, onconnect: null, onsecure: null, onlookup: null,
    readStart() { sock.resume(); },
    readStop() { sock.pause(); },
    write(buf, cb) { sock.write(buf, (err) => cb(err ? errInfo(err) : null)); },
    writev(bufs, cb) {
      for (let i = 0; i < bufs.length - 1; i++) sock.write(bufs[i]);
      sock.write(bufs[bufs.length - 1], (err) => cb(err ? errInfo(err) : null));
    },
    shutdown(cb) { sock.end(() => cb(null)); },
    close() { sock.destroy(); },
    ref() { sock.ref(); },
    unref() { sock.unref(); },
    hasRef() { return true; },
    setNoDelay(on) { sock.setNoDelay(on); },
    setKeepAlive(on, ms) { sock.setKeepAlive(on, ms); },
    getPeerCertificate(detailed) {
      if (typeof sock.getPeerCertificate !== 'function') return undefined;
      const c = sock.getPeerCertificate(detailed);
      return c && Object.keys(c).length ? c : undefined;
    },
  };
  let isConnected = connected;
  sock.on('data', (d) => h.onread && h.onread(toAB(d)));
  sock.pause();
  sock.on('end', () => h.onread && h.onread(null));
  sock.on('error', (e) => {
    if (!isConnected) {
      isConnected = true;
      if (e.syscall === 'connect' || e.syscall === 'getaddrinfo') {
        if (h.onconnect) h.onconnect(errInfo(e));
      } else if (h.onsecure) h.onsecure(errInfo(e));
      return;
    }
    if (h.onerror) h.onerror(errInfo(e));
  });
  h._markConnected = () => { isConnected = true; };
  return h;
}

function tlsOpts(o) {
  const out = {};
  for (const k of ['ca', 'cert', 'key', 'ALPNProtocols', 'servername', 'requestCert', 'minVersion', 'maxVersion']) {
    if (o[k] !== undefined && o[k] !== null && o[k] !== '') out[k] = o[k];
  }
  return out;
}

function connect(host, port, tls) {
  let sock;
  if (tls) {
    sock = realTls.connect(Object.assign(tlsOpts(tls), { host, port, rejectUnauthorized: false, checkServerIdentity: () => undefined, allowHalfOpen: true }));
  } else {
    sock = realNet.connect({ host, port, allowHalfOpen: true });
  }
  const h = wrap(sock, false);
  sock.on('lookup', (err, address, family, hostname) => h.onlookup && h.onlookup(err, address, family, hostname));
  sock.once('connect', () => {
    if (!tls) h._markConnected();
    if (h.onconnect) h.onconnect(null, addrInfo(sock));
  });
  if (tls) {
    sock.once('secureConnect', () => {
      h._markConnected();
      if (h.onsecure) h.onsecure(null, tlsInfo(sock));
    });
  }
  return h;
}

function listen(host, port, backlog, tls) {
  let server;
  const h = {
    pendingListen: true,
    onlisten: null, onconnection: null, ontlsclienterror: null,
    close() { server.close(); },
    ref() { server.ref(); },
    unref() { server.unref(); },
    address() { return server.address(); },
  };
  const hand = (sock, secure) => {
    const c = wrap(sock, true);
    const info = addrInfo(sock);
    if (secure) info.tls = tlsInfo(sock);
    if (h.onconnection) h.onconnection(c, info);
  };
  if (tls) {
    server = realTls.createServer(Object.assign(tlsOpts(tls), { rejectUnauthorized: false, allowHalfOpen: true }), (s) => hand(s, true));
    server.on('tlsClientError', (e, s) => h.ontlsclienterror && h.ontlsclienterror(errInfo(e), addrInfo(s)));
  } else {
    server = realNet.createServer({ pauseOnConnect: true, allowHalfOpen: true }, (s) => hand(s, false));
  }
  server.on('error', (e) => h.onlisten && h.onlisten(errInfo(e)));
  server.listen({ host: host === '::' ? undefined : host, port, backlog }, () => h.onlisten && h.onlisten(null));
  return [h, null];
}

module.exports = { connect, listen };
