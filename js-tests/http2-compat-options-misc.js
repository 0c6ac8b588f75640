'use strict';
// Options Http2ServerRequest/Http2ServerResponse (subclasses used for every request), a 'request'
// listener added after createServer(), flushHeaders(), cork/uncork, res.socket gone after 'close'
// while req.socket stays, _header, writableFinished, and the stream property on both objects.
const assert = require('assert');
const http2 = require('http2');

class MyRequest extends http2.Http2ServerRequest {
  get greeting() { return 'hi ' + this.url; }
}
class MyResponse extends http2.Http2ServerResponse {
  sendJSON(v) {
    this.setHeader('content-type', 'application/json');
    this.end(JSON.stringify(v));
  }
}

const counts = { request: 0, close: 0, flushed: 0, responses: 0 };
const server = http2.createServer({ Http2ServerRequest: MyRequest, Http2ServerResponse: MyResponse });
server.on('request', (req, res) => {
  counts.request++;
  assert.ok(req instanceof MyRequest);
  assert.ok(res instanceof MyResponse);
  assert.strictEqual(req.greeting, 'hi ' + req.url);
  assert.strictEqual(res._header, false);
  assert.strictEqual(res.stream, req.stream);
  if (req.url === '/flush') {
    res.statusCode = 202;
    res.flushHeaders();
    counts.flushed++;
    assert.strictEqual(res.headersSent, true);
    assert.strictEqual(res._header, true);
    res.cork();
    res.write('a');
    res.write('b');
    res.uncork();
    res.end();
  } else {
    res.sendJSON({ ok: true });
  }
  res.on('close', () => {
    counts.close++;
    assert.strictEqual(res.socket, undefined);
    assert.strictEqual(res.connection, undefined);
    assert.notStrictEqual(req.socket, undefined);
    assert.strictEqual(res.writableFinished, true);
  });
});

function get(client, path) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path });
    let h;
    let body = '';
    r.on('response', (headers) => { counts.responses++; h = headers; });
    r.setEncoding('utf8');
    r.on('data', (d) => { body += d; });
    r.on('end', () => resolve([h, body]));
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  let [h, body] = await get(client, '/json');
  assert.strictEqual(h[':status'], 200);
  assert.strictEqual(h['content-type'], 'application/json');
  assert.deepStrictEqual(JSON.parse(body), { ok: true });
  [h, body] = await get(client, '/flush');
  assert.strictEqual(h[':status'], 202);
  assert.strictEqual(body, 'ab');
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 2, close: 2, flushed: 1, responses: 2 });
});
