'use strict';
// Opening and reading a FIFO wait for its other end. With both ends in this process, the async
// fs calls must not block the event loop (Node runs them in its thread pool): fs.open for reading
// and for writing, fs.read, fs.writeFile, and respondWithFile on a FIFO (streamed until the
// writer closes, with no content-length since the file has no size).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const http2 = require('http2');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fifo-'));
const fifo = path.join(dir, 'p');
if (spawnSync('mkfifo', [fifo]).status !== 0) {
  console.log('skip: no mkfifo');
  process.exit(0);
}
const fifo2 = path.join(dir, 'q');
spawnSync('mkfifo', [fifo2]);

const seen = [];
process.on('exit', () => {
  fs.rmSync(dir, { recursive: true, force: true });
  assert.deepStrictEqual(seen.sort(), [
    'fd.read "abc"', 'fd.read eof', 'response 200 undefined', 'body "Hello, world!\\nmore\\n"', 'writeFile done',
  ].sort());
});

// 1. fs.open both ends, fs.read until EOF.
fs.open(fifo, 'r', (err, rfd) => {
  assert.ifError(err);
  const buf = Buffer.alloc(10);
  fs.read(rfd, buf, 0, 10, null, (err, n, b) => {
    assert.ifError(err);
    assert.strictEqual(b, buf);
    seen.push(`fd.read ${JSON.stringify(buf.toString('utf8', 0, n))}`);
    fs.read(rfd, buf, 0, 10, null, (err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 0);
      seen.push('fd.read eof');
      fs.closeSync(rfd);
      step2();
    });
  });
});
fs.open(fifo, 'w', (err, wfd) => {
  assert.ifError(err);
  fs.writeSync(wfd, 'abc');
  fs.closeSync(wfd);
});

// 2. respondWithFile(fifo) fed by fs.writeFile in this process.
function step2() {
  const server = http2.createServer();
  server.on('stream', (stream) => {
    stream.respondWithFile(fifo2, { 'content-type': 'text/plain' }, {
      statCheck(stat) { assert.strictEqual(stat.isFIFO(), true); },
      onError(e) { throw e; },
    });
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const req = client.request();
    req.on('response', (h) => seen.push(`response ${h[':status']} ${h['content-length']}`));
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      seen.push(`body ${JSON.stringify(body)}`);
      client.close();
      server.close();
    });
    req.end();
  });
  fs.writeFile(fifo2, 'Hello, world!\nmore\n', (err) => {
    assert.ifError(err);
    seen.push('writeFile done');
  });
}
