'use strict';
// stream.close(code) sends RST_STREAM: rstCode on both sides, 'aborted' where the writable side was
// open, no 'error' for NGHTTP2_CANCEL, ERR_HTTP2_STREAM_ERROR for other codes.
const assert = require('assert');
const http2 = require('http2');
const { NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR } = http2.constants;

const log = [];
process.on('exit', () => {
  assert.deepStrictEqual(log.sort(), [
    'client aborted 2', 'client aborted 8', 'client close 2', 'client close 8',
    'client error 2 Stream closed with error code NGHTTP2_INTERNAL_ERROR',
    'server aborted 2', 'server aborted 8', 'server close 2', 'server close 8',
    'server error 2 Stream closed with error code NGHTTP2_INTERNAL_ERROR',
  ]);
});

const server = http2.createServer();
let closed = 0;
server.on('stream', (stream, headers) => {
  const code = Number(headers['x-code']);
  stream.on('aborted', () => log.push('server aborted ' + code));
  stream.on('error', (e) => {
    assert.strictEqual(e.code, 'ERR_HTTP2_STREAM_ERROR');
    log.push('server error ' + code + ' ' + e.message);
  });
  stream.on('close', () => {
    log.push('server close ' + stream.rstCode);
    if (++closed === 2) server.close();
  });
  stream.respond();
  stream.write('x');
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let n = 0;
  for (const code of [NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR]) {
    const req = client.request({ ':method': 'POST', 'x-code': code });
    req.on('data', () => {
      assert.throws(() => req.close('x'), { code: 'ERR_INVALID_ARG_TYPE' });
      assert.throws(() => req.close(-1), {
        code: 'ERR_OUT_OF_RANGE',
        message: 'The value of "code" is out of range. It must be >= 0 && <= 4294967295. Received -1',
      });
      req.close(code, () => log.push('client close ' + req.rstCode));
      assert.strictEqual(req.closed, true);
      assert.strictEqual(req.rstCode, code);
    });
    req.on('aborted', () => log.push('client aborted ' + code));
    req.on('error', (e) => {
      assert.strictEqual(e.code, 'ERR_HTTP2_STREAM_ERROR');
      log.push('client error ' + code + ' ' + e.message);
    });
    req.on('close', () => {
      assert.strictEqual(req.aborted, true);
      if (++n === 2) client.close();
    });
  }
});
