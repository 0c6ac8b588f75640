'use strict';
// Header validation on respond(), request(), additionalHeaders() and sendTrailers(): Node's codes
// and messages, and the header objects' shapes.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 3));

const server = http2.createServer();
server.on('stream', (stream) => {
  assert.throws(() => stream.respond({ ':foo': 'x' }), {
    name: 'TypeError',
    code: 'ERR_HTTP2_INVALID_PSEUDOHEADER',
    message: '":foo" is an invalid pseudoheader or is used incorrectly',
  });
  assert.throws(() => stream.respond({ ':status': 99 }), {
    name: 'RangeError',
    code: 'ERR_HTTP2_STATUS_INVALID',
    message: 'Invalid status code: 99',
  });
  assert.throws(() => stream.respond({ connection: 'close' }), {
    name: 'TypeError',
    code: 'ERR_HTTP2_INVALID_CONNECTION_HEADERS',
    message: 'HTTP/1 Connection specific headers are forbidden: "connection"',
  });
  assert.throws(() => stream.respond({ 'content-type': ['a', 'b'] }), {
    name: 'TypeError',
    code: 'ERR_HTTP2_HEADER_SINGLE_VALUE',
    message: 'Header field "content-type" must only have a single value',
  });
  assert.throws(() => stream.respond({ 'bad name': 'x' }), {
    name: 'TypeError',
    code: 'ERR_INVALID_HTTP_TOKEN',
    message: 'Header name must be a valid HTTP token ["bad name"]',
  });
  assert.throws(() => stream.respond(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "headers" argument must be of type object. Received type number (5)',
  });
  assert.throws(() => stream.additionalHeaders({ ':status': 200 }), {
    name: 'RangeError',
    code: 'ERR_HTTP2_INVALID_INFO_STATUS',
    message: 'Invalid informational status code: 200',
  });
  assert.throws(() => stream.additionalHeaders({ ':status': 101 }), {
    code: 'ERR_HTTP2_STATUS_101',
    message: 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2',
  });
  stream.additionalHeaders({ ':status': 103, link: '</a.css>; rel=preload' });
  assert.strictEqual(stream.sentInfoHeaders.length, 1);
  // undefined values are skipped, other values are stringified
  stream.respond({ 'x-undef': undefined, 'x-num': 42, 'x-null': null });
  assert.throws(() => stream.respond({ ':status': 200 }), {
    code: 'ERR_HTTP2_HEADERS_SENT',
    message: 'Response has already been initiated.',
  });
  assert.throws(() => stream.additionalHeaders({ ':status': 100 }), {
    code: 'ERR_HTTP2_HEADERS_AFTER_RESPOND',
    message: 'Cannot specify additional headers after response initiated',
  });
  stream.end();
  done++;
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  assert.throws(() => client.request({ ':foo': 'x' }), {
    code: 'ERR_HTTP2_INVALID_PSEUDOHEADER',
    message: '":foo" is an invalid pseudoheader or is used incorrectly',
  });
  assert.throws(() => client.request('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "headers" argument must be of type object. Received type string (\'x\')',
  });
  assert.throws(() => client.request({}, { endStream: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.endStream" property must be of type boolean. Received type string (\'x\')',
  });
  assert.throws(() => client.request({ ':method': 'CONNECT' }), {
    code: 'ERR_HTTP2_CONNECT_AUTHORITY',
    message: ':authority header is required for CONNECT requests',
  });
  assert.throws(() => client.request({ te: 'gzip' }), {
    code: 'ERR_HTTP2_INVALID_CONNECTION_HEADERS',
    message: 'HTTP/1 Connection specific headers are forbidden: "te"',
  });
  const req = client.request({ ':path': '/', te: 'trailers' });
  req.on('headers', (headers) => {
    assert.strictEqual(headers[':status'], 103);
    assert.strictEqual(headers.link, '</a.css>; rel=preload');
    done++;
  });
  req.on('response', (headers) => {
    assert.strictEqual(headers['x-num'], '42');
    assert.strictEqual(headers['x-null'], 'null');
    assert.strictEqual('x-undef' in headers, false);
    done++;
  });
  req.resume();
  req.on('close', () => {
    client.close();
    server.close();
  });
});
