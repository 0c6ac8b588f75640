'use strict';
// The peer resets streams while the server is writing large bodies (CANCEL and INTERNAL_ERROR):
// the server stream gets 'aborted', 'close' with the peer's code (and 'error' for a non-CANCEL
// code), stops accepting writes, and everything drains.
const assert = require('assert');
const http2 = require('http2');

const events = [];
process.on('exit', () => {
  assert.deepStrictEqual(events.sort(), [
    '/cancel client close rst=8',
    '/cancel server aborted',
    '/cancel server close rst=8 destroyed=true stopped=true',
    '/internal client close rst=2',
    '/internal client error ERR_HTTP2_STREAM_ERROR',
    '/internal server aborted',
    '/internal server close rst=2 destroyed=true stopped=true',
    '/internal server error ERR_HTTP2_STREAM_ERROR Stream closed with error code NGHTTP2_INTERNAL_ERROR',
  ]);
});

const server = http2.createServer();
let closed = 0;
server.on('stream', (stream, headers) => {
  const tag = headers[':path'];
  stream.respond();
  const chunk = Buffer.alloc(16384, 'x');
  let writes = 0;
  (function pump() {
    while (!stream.destroyed && writes < 1000) {
      writes++;
      if (!stream.write(chunk)) {
        stream.once('drain', pump);
        return;
      }
    }
    if (!stream.destroyed) stream.end();
  })();
  stream.on('aborted', () => events.push(tag + ' server aborted'));
  stream.on('error', (e) => events.push(tag + ' server error ' + e.code + ' ' + e.message));
  stream.on('close', () => {
    events.push(tag + ' server close rst=' + stream.rstCode + ' destroyed=' + stream.destroyed + ' stopped=' + (writes < 1000));
    assert.strictEqual(stream.write('late', (e) => assert.ok(e)), false);
    if (++closed === 2) server.close();
  });
});
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  let done = 0;
  for (const [path, code] of [['/cancel', http2.constants.NGHTTP2_CANCEL], ['/internal', http2.constants.NGHTTP2_INTERNAL_ERROR]]) {
    const req = client.request({ ':path': path });
    let got = 0;
    req.on('data', (d) => {
      got += d.length;
      if (got > 100000 && !req.closed) req.close(code);
    });
    req.on('error', (e) => events.push(path + ' client error ' + e.code));
    req.on('close', () => {
      events.push(path + ' client close rst=' + req.rstCode);
      if (++done === 2) client.close();
    });
  }
});
