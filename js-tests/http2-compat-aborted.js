'use strict';
// A client that resets its stream mid-request: the request emits 'aborted' then 'close' and reports
// aborted/complete; the response emits 'close' (and, as in Node, 'finish' from the stream's close),
// its socket is gone, and write() after that fails with ERR_HTTP2_INVALID_STREAM.
const assert = require('assert');
const http2 = require('http2');

const events = [];
const counts = { request: 0, writeCb: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  req.on('data', () => {
    events.push('data');
    clientReq.close(http2.constants.NGHTTP2_CANCEL);
  });
  req.on('aborted', () => {
    events.push('req aborted');
    assert.strictEqual(req.aborted, true);
  });
  req.on('close', () => {
    events.push('req close');
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, true);
  });
  res.on('close', () => {
    events.push('res close');
    assert.strictEqual(res.socket, undefined);
    res.write('late', (err) => {
      counts.writeCb++;
      assert.strictEqual(err.code, 'ERR_HTTP2_INVALID_STREAM');
      assert.strictEqual(err.message, 'The stream has been destroyed');
      client.close();
      server.close();
    });
  });
  res.on('finish', () => events.push('res finish'));
});

let client;
let clientReq;
server.listen(0, () => {
  client = http2.connect('http://localhost:' + server.address().port);
  clientReq = client.request({ ':path': '/', ':method': 'POST' });
  clientReq.on('error', () => {});
  clientReq.write('some data');
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 1, writeCb: 1 });
  assert.deepStrictEqual(events, ['data', 'req aborted', 'req close', 'res finish', 'res close']);
});
