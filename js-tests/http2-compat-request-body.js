'use strict';
// Http2ServerRequest as a Readable: a POST body through 'data'/'end', pipe(), request trailers
// (trailers/rawTrailers), 'close' after the stream closes, complete.
const assert = require('assert');
const http2 = require('http2');
const { Writable } = require('stream');

const counts = { request: 0, data: 0, end: 0, close: 0, piped: 0, responses: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  assert.strictEqual(req.method, 'POST');
  if (req.url === '/pipe') {
    const chunks = [];
    req.pipe(new Writable({
      write(chunk, enc, cb) { chunks.push(chunk); cb(); },
      final(cb) {
        counts.piped++;
        res.end('piped:' + Buffer.concat(chunks).length);
        cb();
      },
    }));
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { counts.data++; body += d; });
  req.on('end', () => {
    counts.end++;
    assert.strictEqual(req.complete, true);
    assert.strictEqual(req.trailers['x-trailer'], 'done');
    const i = req.rawTrailers.indexOf('x-trailer');
    assert.ok(i >= 0);
    assert.strictEqual(req.rawTrailers[i + 1], 'done');
    res.end('got:' + body);
  });
  req.on('close', () => {
    counts.close++;
    assert.strictEqual(req.complete, true);
  });
});

function request(client, path, body, trailers) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path, ':method': 'POST' }, { waitForTrailers: !!trailers });
    if (trailers) r.on('wantTrailers', () => r.sendTrailers(trailers));
    let data = '';
    r.setEncoding('utf8');
    r.on('response', () => counts.responses++);
    r.on('data', (d) => { data += d; });
    r.on('end', () => resolve(data));
    r.write(body.slice(0, 3));
    setTimeout(() => r.end(body.slice(3)), 10);
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  assert.strictEqual(await request(client, '/echo', 'hello world', { 'x-trailer': 'done' }), 'got:hello world');
  assert.strictEqual(await request(client, '/pipe', 'x'.repeat(100000)), 'piped:100000');
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.ok(counts.data >= 1);
  counts.data = 1;
  assert.deepStrictEqual(counts, { request: 2, data: 1, end: 1, close: 1, piped: 1, responses: 2 });
});
