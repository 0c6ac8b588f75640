'use strict';
// write(chunk[, encoding][, cb]) and end([data][, encoding][, cb]); finished/writableEnded/
// writableFinished; 'finish' before 'close'; write after end fails with ERR_STREAM_WRITE_AFTER_END
// through the callback and the response is destroyed (the client sees the reset); end() twice calls
// back again. The end() callback rides on the stream's 'finish', so it runs before the response's.
const assert = require('assert');
const http2 = require('http2');

const order = [];
const counts = { clientErr: 0, writeCb: 0, endCb: 0, lateCb: 0, endAgainCb: 0, request: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  if (req.url === '/late') {
    res.end('x', () => {
      counts.endCb++;
      res.write('more', (err) => {
        counts.lateCb++;
        assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
        assert.strictEqual(err.message, 'write after end');
        assert.strictEqual(err.name, 'Error');
      });
      res.end(() => { counts.endAgainCb++; });
    });
    return;
  }
  assert.strictEqual(res.finished, false);
  assert.strictEqual(res.writableEnded, false);
  assert.strictEqual(res.writableFinished, false);
  assert.strictEqual(res.write('68656c6c6f20', 'hex', () => { counts.writeCb++; order.push('writeCb'); }), true);
  assert.strictEqual(res.headersSent, true);
  assert.strictEqual(res.write(Buffer.from('wor')), true);
  res.on('finish', () => {
    order.push('finish');
    assert.strictEqual(res.writableEnded, true);
  });
  res.on('close', () => order.push('close'));
  assert.strictEqual(res.end('bGQ=', 'base64', () => { counts.endCb++; order.push('endCb'); }), res);
  assert.strictEqual(res.finished, true);
  assert.strictEqual(res.writableEnded, true);
});

function get(client, path) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path });
    let data = '';
    r.setEncoding('utf8');
    r.on('data', (d) => { data += d; });
    r.on('error', (err) => {
      // /late: the write after end destroyed the server stream, the client sees the reset
      counts.clientErr++;
      assert.strictEqual(err.code, 'ERR_HTTP2_STREAM_ERROR');
      assert.strictEqual(err.message, 'Stream closed with error code NGHTTP2_INTERNAL_ERROR');
    });
    r.on('close', () => resolve(data));
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  assert.strictEqual(await get(client, '/'), 'hello world');
  assert.strictEqual(await get(client, '/late'), 'x');
  client.close();
  server.close();
});

process.on('exit', () => {
  
  assert.deepStrictEqual(counts, { clientErr: 1, writeCb: 1, endCb: 2, lateCb: 1, endAgainCb: 1, request: 2 });
  assert.deepStrictEqual(order, ['writeCb', 'endCb', 'finish', 'close']);
});
