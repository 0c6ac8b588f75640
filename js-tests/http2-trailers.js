'use strict';
// Trailers both ways: waitForTrailers + 'wantTrailers' + sendTrailers, 'trailers' event.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 4));

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (c) => { body += c; });
  stream.on('trailers', (trailers) => {
    assert.strictEqual(trailers['x-req-trailer'], 'from-client');
    done++;
  });
  stream.on('end', () => {
    assert.strictEqual(body, 'request body');
    stream.respond({ ':status': 200 }, { waitForTrailers: true });
    stream.on('wantTrailers', () => {
      assert.throws(() => stream.sendTrailers({ ':status': 200 }), {
        code: 'ERR_HTTP2_INVALID_PSEUDOHEADER',
        message: '":status" is an invalid pseudoheader or is used incorrectly',
      });
      stream.sendTrailers({ 'x-trailer': 'done', 'x-count': 2 });
      assert.deepStrictEqual(stream.sentTrailers, Object.assign(Object.create(null), { 'x-trailer': 'done', 'x-count': 2 }));
      assert.throws(() => stream.sendTrailers({}), { code: 'ERR_HTTP2_TRAILERS_ALREADY_SENT' });
    });
    stream.end('response body');
  });
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST' }, { waitForTrailers: true });
  assert.throws(() => req.sendTrailers({}), {
    code: 'ERR_HTTP2_TRAILERS_NOT_READY',
    message: 'Trailing headers cannot be sent until after the wantTrailers event is emitted',
  });
  req.on('wantTrailers', () => {
    req.sendTrailers({ 'x-req-trailer': 'from-client' });
    done++;
  });
  req.end('request body');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('trailers', (trailers, flags) => {
    assert.strictEqual(trailers['x-trailer'], 'done');
    assert.strictEqual(trailers['x-count'], '2');
    assert.strictEqual(flags & 1, 1);
    done++;
  });
  req.on('end', () => {
    assert.strictEqual(body, 'response body');
    done++;
    client.close();
    server.close();
  });
});
