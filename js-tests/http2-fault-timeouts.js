'use strict';
// Idle timeouts: a stream's setTimeout fires and the script cancels it; a session's setTimeout
// fires and the script destroys it; a server with setTimeout(ms) and no 'timeout' listener
// destroys idle sessions itself (GOAWAY to the client). Every run ends and the loop drains.
const assert = require('assert');
const http2 = require('http2');

const events = [];
const idleServerEvents = []; // its own order: the two sides of a connection race each other
process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'client stream timeout', 'client stream close rst=8', 'server stream close rst=8',
    'client session timeout', 'client close',
    'client goaway 0', 'idle stream close rst=8', 'idle client close',
  ]);
  assert.deepStrictEqual(idleServerEvents, ['server session timeout', 'server session close']);
});

// 1. Stream and session timeouts handled by the script.
const server = http2.createServer();
server.on('stream', (stream) => {
  // Never answers.
  stream.on('close', () => events.push('server stream close rst=' + stream.rstCode));
});
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const t0 = Date.now();
  const req = client.request({ ':path': '/' });
  req.setTimeout(50, () => {
    assert.ok(Date.now() - t0 >= 40);
    events.push('client stream timeout');
    req.close(http2.constants.NGHTTP2_CANCEL);
  });
  req.on('close', () => {
    events.push('client stream close rst=' + req.rstCode);
    setTimeout(() => {
      client.setTimeout(100, () => {
        events.push('client session timeout');
        client.destroy();
      });
    }, 20);
  });
  client.on('close', () => {
    events.push('client close');
    server.close(idleServer);
  });
});

// 2. The server's own idle timeout with no listener destroys the session.
function idleServer() {
  const s2 = http2.createServer();
  s2.setTimeout(100);
  s2.on('session', (s) => {
    s.on('timeout', () => idleServerEvents.push('server session timeout'));
    s.on('close', () => idleServerEvents.push('server session close'));
  });
  s2.listen(0, () => {
    const client = http2.connect('http://localhost:' + s2.address().port);
    const req = client.request({ ':path': '/' });
    req.on('error', (e) => events.push('idle stream error ' + e.code));
    req.on('close', () => events.push('idle stream close rst=' + req.rstCode));
    client.on('goaway', (code) => events.push('client goaway ' + code));
    client.on('error', (e) => events.push('idle client error ' + e.code));
    client.on('close', () => {
      events.push('idle client close');
      s2.close();
    });
  });
}
