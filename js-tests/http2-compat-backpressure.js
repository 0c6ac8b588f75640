'use strict';
// Response backpressure: write() returns false once the stream buffers past its highWaterMark and
// 'drain' follows while the client reads; the whole body arrives intact.
const assert = require('assert');
const http2 = require('http2');

const total = 4 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'a');
const counts = { request: 0, falseWrites: 0, drains: 0, finish: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  assert.strictEqual(res.writableHighWaterMark, 16384);
  let sent = 0;
  res.on('drain', () => { counts.drains++; write(); });
  res.on('finish', () => counts.finish++);
  function write() {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        counts.falseWrites++;
        return;
      }
    }
    res.end();
  }
  write();
});

server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const r = client.request({ ':path': '/' });
  let received = 0;
  r.on('data', (d) => { received += d.length; });
  r.on('end', () => {
    assert.strictEqual(received, total);
    client.close();
    server.close();
  });
});

process.on('exit', () => {
  assert.strictEqual(counts.request, 1);
  assert.strictEqual(counts.finish, 1);
  assert.ok(counts.falseWrites > 0, 'write() returned false at least once');
  assert.strictEqual(counts.drains, counts.falseWrites);
});
