'use strict';
// A pushed stream with ':method': 'HEAD' is handed to pushStream's callback with its writable side
// already ended and finished (no body may follow); respond() then sends headers that end the
// stream, and write() fails with ERR_STREAM_WRITE_AFTER_END. The client sees the push end with
// no data.
const assert = require('assert');
const http2 = require('http2');

const events = [];
process.on('exit', () => {
  assert.deepStrictEqual(events.sort(), [
    'client push end', 'client push response 201', 'push close 0', 'push error ERR_STREAM_WRITE_AFTER_END',
    'write false',
  ]);
});

const server = http2.createServer();
server.on('stream', (stream) => {
  stream.pushStream({ ':method': 'HEAD', ':path': '/head' }, (err, push) => {
    assert.ifError(err);
    const w = push._writableState;
    assert.deepStrictEqual([w.ended, w.finished, push.writableEnded, push.writableFinished, push.writable],
      [true, true, true, true, false]);
    assert.strictEqual(push.headersSent, false);
    assert.strictEqual(push.headRequest, true);
    push.on('finish', () => events.push('push finish'));
    push.on('error', (e) => events.push('push error ' + e.code));
    push.on('close', () => events.push('push close ' + push.rstCode));
    push.respond({ ':status': 201 });
    assert.strictEqual(push.headersSent, true);
    events.push('write ' + push.write('body'));
    stream.respond();
    stream.end('done');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('stream', (push, headers) => {
    assert.strictEqual(headers[':method'], 'HEAD');
    push.on('push', (h) => events.push('client push response ' + h[':status']));
    push.on('data', () => events.push('client push data'));
    push.on('end', () => events.push('client push end'));
  });
  const req = client.request();
  req.resume();
  req.on('close', () => setTimeout(() => {
    client.close();
    server.close();
  }, 50));
});
