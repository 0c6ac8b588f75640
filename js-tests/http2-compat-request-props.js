'use strict';
// Http2ServerRequest: method, url, authority, scheme, httpVersion, headers, rawHeaders, socket and
// connection (the session's socket proxy), stream, aborted/complete, class shapes.
const assert = require('assert');
const http2 = require('http2');
const { Readable, Stream } = require('stream');

const counts = { request: 0, response: 0, end: 0, close: 0 };
const server = http2.createServer();
server.on('request', (req, res) => {
  counts.request++;
  assert.ok(req instanceof http2.Http2ServerRequest);
  assert.ok(res instanceof http2.Http2ServerResponse);
  assert.ok(req instanceof Readable);
  assert.ok(!(res instanceof Readable));
  assert.strictEqual(Object.getPrototypeOf(http2.Http2ServerRequest.prototype), Readable.prototype);
  assert.strictEqual(Object.getPrototypeOf(http2.Http2ServerResponse.prototype), Stream.prototype);
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '/path?q=1');
  assert.strictEqual(req.authority, 'localhost:' + server.address().port);
  assert.strictEqual(req.scheme, 'http');
  assert.strictEqual(req.httpVersion, '2.0');
  assert.strictEqual(req.httpVersionMajor, 2);
  assert.strictEqual(req.httpVersionMinor, 0);
  assert.strictEqual(req.headers['x-foo'], 'bar');
  assert.strictEqual(req.headers[':method'], 'GET');
  assert.strictEqual(req.headers[':path'], '/path?q=1');
  assert.ok(Array.isArray(req.rawHeaders));
  const i = req.rawHeaders.indexOf('x-foo');
  assert.ok(i >= 0 && i % 2 === 0);
  assert.strictEqual(req.rawHeaders[i + 1], 'bar');
  assert.deepStrictEqual(req.trailers, {});
  assert.deepStrictEqual(req.rawTrailers, []);
  assert.strictEqual(req.aborted, false);
  assert.strictEqual(req.stream, res.stream);
  assert.strictEqual(typeof req.stream.respond, 'function');
  assert.strictEqual(res.req, req);
  assert.strictEqual(req.socket, req.connection);
  assert.strictEqual(req.socket, res.socket);
  assert.strictEqual(req.socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(typeof req.socket.remotePort, 'number');
  assert.strictEqual(req.socket.destroyed, false);
  assert.strictEqual(typeof req.socket.setTimeout, 'function');
  assert.throws(() => req.socket.write('x'), {
    code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION',
    message: 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)',
  });
  assert.throws(() => req.socket.pause(), { code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION' });
  req.url = '/rewritten';
  assert.strictEqual(req.url, '/rewritten');
  assert.strictEqual(req.headers[':path'], '/rewritten');
  req.method = 'POST';
  assert.strictEqual(req.method, 'POST');
  assert.throws(() => { req.method = ' '; }, {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message: "The argument 'method' is invalid. Received ' '",
  });
  assert.throws(() => { req.method = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(req.setTimeout(1000), req);
  req.resume();
  req.on('end', () => {
    counts.end++;
    assert.strictEqual(req.complete, true);
    res.end('ok');
  });
  req.on('close', () => { counts.close++; });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = http2.connect('http://localhost:' + port);
  const r = client.request({ ':path': '/path?q=1', 'x-foo': 'bar' });
  r.on('response', (h) => {
    counts.response++;
    assert.strictEqual(h[':status'], 200);
  });
  r.resume();
  r.on('end', () => {
    client.close();
    server.close();
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 1, response: 1, end: 1, close: 1 });
});
