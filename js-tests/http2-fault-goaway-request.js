'use strict';
// A request made in the client's 'goaway' listener (the server closed the session at once) is
// refused: the stream errors with ERR_HTTP2_STREAM_ERROR / REFUSED_STREAM (safe to retry), the
// session closes, requests after that throw, and the loop drains.
const assert = require('assert');
const http2 = require('http2');

const events = [];
const server = http2.createServer();
server.on('session', (s) => s.close());
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  client.on('error', (e) => events.push('session error ' + e.code));
  client.once('goaway', (code) => {
    events.push('goaway ' + code);
    const req = client.request({ ':path': '/late' });
    req.on('error', (e) => {
      assert.strictEqual(e.code, 'ERR_HTTP2_STREAM_ERROR');
      assert.strictEqual(e.message, 'Stream closed with error code NGHTTP2_REFUSED_STREAM');
      events.push('req error');
    });
    req.on('close', () => {
      assert.strictEqual(req.rstCode, http2.constants.NGHTTP2_REFUSED_STREAM);
      events.push('req close');
    });
  });
  client.on('close', () => {
    events.push('session close');
    assert.throws(() => client.request(), { code: 'ERR_HTTP2_INVALID_SESSION' });
    server.close();
  });
});
process.on('exit', () => {
  assert.deepStrictEqual(events, ['goaway 0', 'req error', 'req close', 'session close']);
});
