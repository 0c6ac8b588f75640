// respondWithFile / respondWithFD: statCheck, offset/length, onError, directories, cancelling with
// statCheck returning false, a 1 MB file through flow control, and argument validation.
const http2 = require('http2');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'h2-rwf-'));
const big = path.join(tmp, 'big.bin');
const bigData = Buffer.alloc(1 << 20);
for (let i = 0; i < bigData.length; i++) bigData[i] = (i * 7) & 0xff;
fs.writeFileSync(big, bigData);
const small = path.join(tmp, 'small.txt');
fs.writeFileSync(small, '0123456789abcdef');
const fd = fs.openSync(small, 'r');

let checks = 0;
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const p = headers[':path'];
  if (p === '/big') {
    stream.respondWithFile(big, { 'content-type': 'application/octet-stream' }, {
      statCheck(stat, h) { h['last-modified'] = stat.mtime.toUTCString(); checks++; },
    });
  } else if (p === '/range') {
    stream.respondWithFile(small, {}, { offset: 4, length: 6 });
  } else if (p === '/missing') {
    stream.respondWithFile(path.join(tmp, 'nope'), {}, {
      onError(err) {
        assert.strictEqual(err.code, 'ENOENT');
        checks++;
        stream.respond({ ':status': 404 });
        stream.end();
      },
    });
  } else if (p === '/dir') {
    stream.respondWithFile(tmp, {}, {
      onError(err) {
        assert.strictEqual(err.code, 'ERR_HTTP2_SEND_FILE');
        assert.strictEqual(err.message, 'Directories cannot be sent');
        checks++;
        stream.respond({ ':status': 500 });
        stream.end();
      },
    });
  } else if (p === '/notmodified') {
    stream.respondWithFile(small, {}, {
      statCheck() {
        stream.respond({ ':status': 304 });
        checks++;
        return false;
      },
    });
  } else if (p === '/fd') {
    stream.respondWithFD(fd, { 'content-type': 'text/plain' });
  } else {
    const bad = [
      [() => stream.respondWithFile(5, {}), 'ERR_INVALID_ARG_TYPE'],
      [() => stream.respondWithFile(small, 5), 'ERR_INVALID_ARG_TYPE'],
      [() => stream.respondWithFile(small, {}, 5), 'ERR_INVALID_ARG_TYPE'],
      [() => stream.respondWithFile(small, {}, { offset: 'a' }), 'ERR_INVALID_ARG_VALUE'],
      [() => stream.respondWithFile(small, {}, { statCheck: 1 }), 'ERR_INVALID_ARG_VALUE'],
      [() => stream.respondWithFile(small, { ':status': 204 }), 'ERR_HTTP2_PAYLOAD_FORBIDDEN'],
      [() => stream.respondWithFD('x', {}), 'ERR_INVALID_ARG_TYPE'],
    ];
    for (const [fn, code] of bad) {
      assert.throws(fn, { code });
      checks++;
    }
    stream.respond({ ':status': 200 });
    stream.end('validated');
    assert.throws(() => stream.respondWithFile(small), { code: 'ERR_HTTP2_HEADERS_SENT' });
    checks++;
  }
});

function get(client, p) {
  return new Promise((resolve, reject) => {
    const req = client.request({ ':path': p });
    let headers;
    const chunks = [];
    req.on('response', (h) => { headers = h; });
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve({ headers, body: Buffer.concat(chunks) }));
    req.on('error', reject);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const r1 = await get(client, '/big');
  assert.strictEqual(r1.headers[':status'], 200);
  assert.strictEqual(r1.headers['content-length'], String(bigData.length));
  assert.strictEqual(typeof r1.headers['last-modified'], 'string');
  assert.ok(r1.body.equals(bigData), 'big file body');
  const r2 = await get(client, '/range');
  assert.strictEqual(r2.body.toString(), '456789');
  assert.strictEqual(r2.headers['content-length'], '6');
  assert.strictEqual((await get(client, '/missing')).headers[':status'], 404);
  assert.strictEqual((await get(client, '/dir')).headers[':status'], 500);
  const r5 = await get(client, '/notmodified');
  assert.strictEqual(r5.headers[':status'], 304);
  assert.strictEqual(r5.body.length, 0);
  const r6 = await get(client, '/fd');
  assert.strictEqual(r6.body.toString(), '0123456789abcdef');
  assert.strictEqual(fs.fstatSync(fd).size, 16, 'respondWithFD leaves the descriptor open');
  assert.strictEqual((await get(client, '/validate')).body.toString(), 'validated');
  checks++;
  client.close();
  server.close();
});

process.on('exit', () => {
  fs.closeSync(fd);
  fs.rmSync(tmp, { recursive: true, force: true });
  assert.strictEqual(checks, 13);
});
