'use strict';
// Bad input on the response, with Node's codes and messages: header names (ERR_INVALID_HTTP_TOKEN),
// missing values (ERR_HTTP2_INVALID_HEADER_VALUE), pseudo-headers (ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED),
// connection-specific headers
// (ERR_HTTP2_INVALID_CONNECTION_HEADERS; 'connection' itself is dropped with a warning),
// setHeader/removeHeader/appendHeader after the headers were sent (ERR_HTTP2_HEADERS_SENT),
// a flat header array of odd length (ERR_INVALID_ARG_VALUE).
const assert = require('assert');
const http2 = require('http2');

const counts = { request: 0, response: 0, warning: 0 };
process.on('warning', (w) => {
  counts.warning++;
  assert.strictEqual(w.name, 'UnsupportedWarning');
  assert.strictEqual(w.message, 'The provided connection header is not valid, the value will be dropped ' +
    'from the header and will never be in use.');
});

const server = http2.createServer((req, res) => {
  counts.request++;
  if (req.url === '/conn') {
    res.setHeader('keep-alive', 'timeout=5');
    assert.throws(() => res.writeHead(200), {
      code: 'ERR_HTTP2_INVALID_CONNECTION_HEADERS', name: 'TypeError',
      message: 'HTTP/1 Connection specific headers are forbidden: "keep-alive"',
    });
    res.removeHeader('keep-alive');
    res.setHeader('transfer-encoding', 'chunked');
    assert.throws(() => res.writeHead(200), {
      code: 'ERR_HTTP2_INVALID_CONNECTION_HEADERS',
      message: 'HTTP/1 Connection specific headers are forbidden: "transfer-encoding"',
    });
    res.removeHeader('transfer-encoding');
    res.end('fixed');
    return;
  }
  assert.throws(() => res.setHeader('', 'x'), {
    code: 'ERR_INVALID_HTTP_TOKEN', name: 'TypeError', message: 'Header name must be a valid HTTP token [""]',
  });
  assert.throws(() => res.setHeader('a b', 'x'), {
    code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]',
  });
  assert.throws(() => res.setHeader('x-undef', undefined), {
    code: 'ERR_HTTP2_INVALID_HEADER_VALUE', name: 'TypeError', message: 'Invalid value "undefined" for header "x-undef"',
  });
  assert.throws(() => res.setHeader('x-null', null), {
    code: 'ERR_HTTP2_INVALID_HEADER_VALUE', message: 'Invalid value "null" for header "x-null"',
  });
  assert.throws(() => res.setHeader(':path', '/'), {
    code: 'ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', name: 'TypeError', message: 'Cannot set HTTP/2 pseudo-headers',
  });
  assert.throws(() => res.setHeader(':status', 200), { code: 'ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED' });
  assert.throws(() => res.setTrailer('x', undefined), { code: 'ERR_HTTP2_INVALID_HEADER_VALUE' });
  assert.throws(() => res.writeHead(200, ['a', 'b', 'c']), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message: /^The argument 'headers' is invalid\. Received /,
  });
  // 'connection' is dropped with a warning (once); 'connection: trailers' is not a connection header
  res.setHeader('connection', 'close');
  res.setHeader('Connection', 'keep-alive');
  assert.strictEqual(res.hasHeader('connection'), false);
  res.setHeader('x-ok', 'ok');
  res.end('done');
  assert.throws(() => res.setHeader('x-late', '1'), {
    code: 'ERR_HTTP2_HEADERS_SENT', name: 'Error', message: 'Response has already been initiated.',
  });
  assert.throws(() => res.removeHeader('x-ok'), { code: 'ERR_HTTP2_HEADERS_SENT' });
  assert.throws(() => res.appendHeader('x-ok', '2'), { code: 'ERR_HTTP2_HEADERS_SENT' });
});

function get(client, path) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path });
    let status;
    let data = '';
    r.on('response', (h) => { counts.response++; status = h[':status']; assert.strictEqual(h.connection, undefined); });
    r.setEncoding('utf8');
    r.on('data', (d) => { data += d; });
    r.on('end', () => resolve([status, data]));
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  assert.deepStrictEqual(await get(client, '/'), [200, 'done']);
  assert.deepStrictEqual(await get(client, '/conn'), [200, 'fixed']);
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 2, response: 2, warning: 1 });
});
