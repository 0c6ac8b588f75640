'use strict';
// Requests made before the session connects are deferred until 'connect'; if connecting fails,
// the session emits the network error and pending streams are canceled.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 4));

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond();
  stream.end(headers[':path']);
});

server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`http://localhost:${port}`);
  assert.strictEqual(client.connecting, true);
  let pending = 2;
  for (const p of ['/one', '/two']) {
    const req = client.request({ ':path': p });
    assert.strictEqual(req.pending, true);
    assert.strictEqual(req.id, undefined);
    req.on('ready', () => assert.strictEqual(typeof req.id, 'number'));
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      assert.strictEqual(body, p);
      done++;
      if (--pending === 0) {
        client.close();
        server.close(() => refused(port));
      }
    });
  }
});

// Nothing listens on the port any more: ECONNREFUSED, and the pending request is canceled.
function refused(port) {
  const client = http2.connect(`http://127.0.0.1:${port}`);
  const req = client.request();
  req.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_HTTP2_STREAM_CANCEL');
    assert.match(err.message, /^The pending stream has been canceled \(caused by: connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/);
    done++;
  });
  client.on('error', (err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    assert.strictEqual(err.syscall, 'connect');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    done++;
  });
}
