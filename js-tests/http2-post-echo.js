'use strict';
// POST echo with a body larger than the flow-control windows, piped both ways.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 2));

const size = 300 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = i % 251;

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':method'], 'POST');
  assert.strictEqual(headers['content-length'], String(size));
  stream.respond({ ':status': 200, 'x-echo': 'yes' });
  stream.pipe(stream); // echo
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/echo', 'content-length': String(size) });
  req.on('response', (headers) => {
    assert.strictEqual(headers[':status'], 200);
    assert.strictEqual(headers['x-echo'], 'yes');
  });
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const got = Buffer.concat(chunks);
    assert.strictEqual(got.length, size);
    assert.ok(got.equals(payload));
    done++;
    client.close();
    server.close(() => done++);
  });
  // write in pieces, honouring backpressure
  let off = 0;
  (function writeMore() {
    while (off < size) {
      const piece = payload.subarray(off, off + 16384);
      off += piece.length;
      if (!req.write(piece)) {
        req.once('drain', writeMore);
        return;
      }
    }
    req.end();
  })();
});
