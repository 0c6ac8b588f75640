'use strict';
// (Not named http2-*.js: jsapi's TestJSTests runs those in-process, where process.execPath is not h2js.)
// The server side of session.socket (and the socket of the server's 'connection' event) names
// the server that accepted it in .server and ._server; and, with --expose-internals (Node's own
// tests use it), require('internal/timers').kTimeout is where a session keeps its idle timer:
// socket.setTimeout(987) through the compat request shows up as session[kTimeout]._idleTimeout.
const assert = require('assert');
const http2 = require('http2');

if (process.argv[2] !== 'child') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-internals', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.deepStrictEqual(r.stdout.split('\n').sort(), ['', 'connection true true', 'server true true', 'timeout 987']);
  return;
}

const { kTimeout } = require('internal/timers');
assert.strictEqual(typeof kTimeout, 'symbol');

const server = http2.createServer((req, res) => {
  req.socket.setTimeout(987);
  console.log('timeout', req.stream.session[kTimeout]._idleTimeout);
  req.socket.setTimeout(0);
  const sock = req.stream.session.socket;
  console.log('server', sock.server === server, sock._server === server);
  res.end();
});
server.on('connection', (sock) => {
  process.nextTick(() => console.log('connection', sock.server === server, sock._server === server));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.resume();
  req.on('close', () => {
    client.close();
    server.close();
  });
});
