'use strict';
// session.socket follows Node's rules: reads go through to the socket (methods bound to it),
// destroy/emit/end/pause/read/resume/setEncoding/write/setKeepAlive/setNoDelay throw
// ERR_HTTP2_NO_SOCKET_MANIPULATION (get and set), setTimeout/ref/unref are the session's, other
// properties can be set on the socket, and instanceof sees the socket's class.
const assert = require('assert');
const net = require('net');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 3));

const forbidden = ['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'setEncoding', 'write',
  'setKeepAlive', 'setNoDelay'];

function check(session, port, isServer) {
  const socket = session.socket;
  for (const name of forbidden) {
    assert.throws(() => socket[name], { code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION', name: 'Error' }, name);
    assert.throws(() => { socket[name] = () => {}; }, { code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION' }, name);
  }
  assert.throws(() => socket.destroy(), {
    code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION',
    message: 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)',
  });
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  if (isServer) {
    assert.strictEqual(socket.localPort, port);
  } else {
    // The client runs over the net.Socket createConnection returned.
    assert.ok(socket instanceof net.Socket);
    assert.strictEqual(socket.remotePort, port);
    assert.strictEqual(typeof socket.address, 'function');
    assert.strictEqual(socket.address().port, socket.localPort);
  }
  // setTimeout is the session's: it returns the session and arms the session timeout.
  assert.strictEqual(socket.setTimeout(1000), session);
  session.setTimeout(0);
  assert.strictEqual(typeof socket.ref, 'function');
  assert.strictEqual(typeof socket.unref, 'function');
  socket.custom = 42;
  assert.strictEqual(session.socket.custom, 42);
}

const server = http2.createServer();
let serverPort;
server.on('session', (session) => {
  session.on('stream', () => {});
});
server.on('stream', (stream) => {
  check(stream.session, serverPort, true);
  done++;
  stream.respond({ ':status': 204 });
  stream.end();
});

server.listen(0, '127.0.0.1', () => {
  serverPort = server.address().port;
  const client = http2.connect(`http://127.0.0.1:${serverPort}`, {
    createConnection: () => net.connect(serverPort, '127.0.0.1'),
  });
  client.on('connect', () => {
    check(client, serverPort, false);
    done++;
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('end', () => {
      client.close(() => {
        done++;
        server.close();
      });
    });
  });
});
