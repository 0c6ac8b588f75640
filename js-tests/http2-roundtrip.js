'use strict';
// GET round trip: request/response headers as Node gives them, body, flags, event order, close.
const assert = require('assert');
const http2 = require('http2');

const events = [];
let done = 0;
process.on('exit', () => {
  assert.strictEqual(done, 3);
  assert.deepStrictEqual(events, ['server stream', 'client response', 'client end', 'client close']);
});

const server = http2.createServer();
server.on('stream', (stream, headers, flags, rawHeaders) => {
  events.push('server stream');
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert.strictEqual(headers[':method'], 'GET');
  assert.strictEqual(headers[':path'], '/hello?x=1');
  assert.strictEqual(headers[':scheme'], 'http');
  assert.strictEqual(headers[':authority'], 'localhost:' + server.address().port);
  assert.strictEqual(headers['x-custom'], 'a, b');
  assert.strictEqual(headers.cookie, 'c=1; d=2');
  assert.deepStrictEqual(headers[http2.sensitiveHeaders], ['cookie', 'cookie']); // short cookies are never indexed
  assert.strictEqual(flags & 1, 1); // END_STREAM: a GET has no body
  assert.ok(Array.isArray(rawHeaders));
  assert.strictEqual(rawHeaders[0], ':path');
  assert.strictEqual(stream.id, 1);
  assert.strictEqual(stream.session.type, http2.constants.NGHTTP2_SESSION_SERVER);
  assert.strictEqual(stream.headersSent, false);
  stream.respond({
    ':status': 200,
    'content-type': 'text/plain',
    'x-multi': ['1', '2'],
    'set-cookie': 'a=1',
  });
  assert.strictEqual(stream.headersSent, true);
  assert.strictEqual(stream.sentHeaders[':status'], 200);
  assert.strictEqual(typeof stream.sentHeaders.date, 'string');
  stream.write('hello ');
  stream.end('world');
  stream.on('close', () => {
    assert.strictEqual(stream.rstCode, http2.constants.NGHTTP2_NO_ERROR);
    done++;
  });
});

server.listen(0, 'localhost', () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  assert.strictEqual(client.type, http2.constants.NGHTTP2_SESSION_CLIENT);
  const req = client.request({
    ':path': '/hello?x=1',
    'x-custom': ['a', 'b'],
    cookie: ['c=1', 'd=2'],
  });
  assert.strictEqual(req.pending, true);
  req.setEncoding('utf8');
  req.on('response', (headers, flags) => {
    events.push('client response');
    assert.strictEqual(headers[':status'], 200);
    assert.strictEqual(headers['content-type'], 'text/plain');
    assert.strictEqual(headers['x-multi'], '1, 2');
    assert.deepStrictEqual(headers['set-cookie'], ['a=1']);
    assert.ok(headers.date);
    assert.strictEqual(flags & 1, 0);
  });
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    events.push('client end');
    assert.strictEqual(body, 'hello world');
  });
  req.on('close', () => {
    events.push('client close');
    assert.strictEqual(req.rstCode, 0);
    assert.strictEqual(req.id, 1);
    client.close(() => done++);
    server.close(() => done++);
  });
});
