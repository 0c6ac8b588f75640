'use strict';
// Session options that shape the first SETTINGS frame and the header-pair bound:
// - settings.customSettings go out in the first SETTINGS frame with the named settings, so a
//   server with maxSettings: 1 refuses two entries whether the second is named or custom
//   (GOAWAY ENHANCE_YOUR_CALM, the client sees "Session closed with error code 11");
// - maxHeaderListPairs below 4 (0, 3) is raised to 4: a request's four pseudo-headers pass,
//   one more field is refused with ENHANCE_YOUR_CALM; -1 (as a uint32) bounds nothing.
const assert = require('assert');
const http2 = require('http2');

function tooManySettings(settings, next) {
  const server = http2.createServer({ maxSettings: 1 });
  server.on('session', (session) => {
    session.on('remoteSettings', () => assert.fail('remoteSettings'));
    session.on('stream', () => assert.fail('stream'));
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`, { settings });
    client.on('error', (err) => {
      assert.strictEqual(err.code, 'ERR_HTTP2_SESSION_ERROR');
      assert.strictEqual(err.message, 'Session closed with error code 11');
      server.close();
      next();
    });
  });
}

function pairs(max, extra, wantOk, next) {
  const server = http2.createServer({ maxHeaderListPairs: max });
  let streams = 0;
  server.on('stream', (stream) => {
    streams++;
    stream.respond();
    stream.end();
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const headers = {};
    for (let i = 0; i < extra; i++) headers['x-' + i] = 'v';
    const req = client.request(headers);
    let status;
    let errCode;
    req.on('response', (h) => { status = h[':status']; });
    req.on('error', (err) => { errCode = err.code; });
    req.resume();
    req.end();
    req.on('close', () => {
      const what = `maxHeaderListPairs ${max}, ${extra} extra fields`;
      if (wantOk) {
        assert.strictEqual(status, 200, what);
        assert.strictEqual(streams, 1, what);
        assert.strictEqual(req.rstCode, 0, what);
      } else {
        assert.strictEqual(errCode, 'ERR_HTTP2_STREAM_ERROR', what);
        assert.strictEqual(req.rstCode, http2.constants.NGHTTP2_ENHANCE_YOUR_CALM, what);
        assert.strictEqual(streams, 0, what);
      }
      client.close();
      server.close(next);
    });
  });
}

const steps = [
  (next) => tooManySettings({ headerTableSize: 1000, enablePush: false }, next),
  (next) => tooManySettings({ headerTableSize: 1000, customSettings: { 0x14: 45 } }, next),
  (next) => pairs(0, 0, true, next),
  (next) => pairs(0, 1, false, next),
  (next) => pairs(3, 0, true, next),
  (next) => pairs(3, 1, false, next),
  (next) => pairs(5, 1, true, next),
  (next) => pairs(5, 2, false, next),
  (next) => pairs(-1, 200, true, next),
];
let done = 0;
(function run() {
  const step = steps.shift();
  if (step) step(() => { done++; run(); });
})();
process.on('exit', () => assert.strictEqual(done, 9));
