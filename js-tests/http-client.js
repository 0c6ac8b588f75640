'use strict';
// require('http') as a client against a raw TCP server: the request as it goes on the wire,
// content-length, chunked (with trailers) and read-to-close bodies, 1xx 'information', a
// request body, a response that is not HTTP (parse error), a connection closed before any
// response ('socket hang up'), and the method/status tables and header validators.
const assert = require('assert');
const net = require('net');
const http = require('http');

assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.ok(http.METHODS.includes('PATCH') && http.METHODS.includes('M-SEARCH'));
assert.deepStrictEqual([...http.METHODS].sort(), http.METHODS);
assert.throws(() => http.request('https://localhost/'), {
  code: 'ERR_INVALID_PROTOCOL', message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ method: 'G T' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderName('a b'), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]',
});
assert.throws(() => http.validateHeaderValue('x', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x"',
});
assert.throws(() => http.validateHeaderValue('x', 'a\nb'), { code: 'ERR_INVALID_CHAR' });

const replies = {
  '/cl': 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\nX-A: 2\r\n\r\nhello',
  '/chunked': 'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\nX-T: yes\r\n\r\n',
  '/close': 'HTTP/1.1 200 OK\r\n\r\nuntil the end',
  '/info': 'HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
  '/garbage': 'SSH-2.0-nope\r\n\r\n',
};
const requests = [];
const server = net.createServer((socket) => {
  let buf = '';
  socket.on('data', (d) => {
    buf += d.toString('latin1');
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const [line, ...fields] = buf.slice(0, end).split('\r\n');
    const path = line.split(' ')[1];
    const headers = {};
    for (const f of fields) headers[f.slice(0, f.indexOf(':')).toLowerCase()] = f.slice(f.indexOf(':') + 1).trim();
    const body = buf.slice(end + 4);
    if (headers['content-length'] && body.length < Number(headers['content-length'])) return;
    if (headers['transfer-encoding'] && !body.endsWith('0\r\n\r\n')) return;
    requests.push({ line, headers, body });
    buf = '';
    if (path === '/hangup') return socket.destroy();
    if (path === '/post') {
      const plain = headers['transfer-encoding'] ? body.split('\r\n').filter((l, i) => i % 2 === 1).join('') : body;
      return socket.end(`HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: ${plain.length}\r\n\r\n${plain}`);
    }
    // Connection: close, so node's keep-alive agent does not reuse a socket we end.
    const reply = replies[path];
    const last = reply.lastIndexOf('HTTP/1.1 ');
    const eol = reply.indexOf('\r\n', last);
    socket.end(last < 0 ? reply : reply.slice(0, eol) + '\r\nConnection: close' + reply.slice(eol));
  });
});

function fetch(path, options = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, path, ...options }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ res, data, req }));
    });
    req.on('error', reject);
    req.on('information', (info) => { req.info = info; });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  let r = await fetch('/cl', { headers: { 'X-Mine': 'm' } });
  assert.strictEqual(r.res.statusCode, 200);
  assert.strictEqual(r.res.statusMessage, 'OK');
  assert.strictEqual(r.res.httpVersion, '1.1');
  assert.strictEqual(r.res.headers['x-a'], '1, 2');
  assert.deepStrictEqual(r.res.rawHeaders, ['Connection', 'close', 'Content-Length', '5', 'X-A', '1', 'X-A', '2']);
  assert.strictEqual(r.data, 'hello');
  assert.strictEqual(r.res.complete, true);
  const first = requests[0];
  assert.strictEqual(first.line, 'GET /cl HTTP/1.1');
  assert.strictEqual(first.headers.host, `localhost:${port}`);
  assert.strictEqual(first.headers['x-mine'], 'm');

  r = await fetch('/chunked');
  assert.strictEqual(r.res.statusCode, 201);
  assert.strictEqual(r.data, 'abcdefg');
  assert.deepStrictEqual(r.res.trailers, { 'x-t': 'yes' });

  r = await fetch('/close');
  assert.strictEqual(r.data, 'until the end');

  r = await fetch('/info');
  assert.strictEqual(r.req.info.statusCode, 103);
  assert.strictEqual(r.req.info.headers.link, '</a>');
  assert.strictEqual(r.data, 'ok');

  r = await fetch('/post', { method: 'POST', body: 'a body' });
  assert.strictEqual(r.data, 'a body');
  assert.strictEqual(requests[requests.length - 1].headers['transfer-encoding'], 'chunked');

  r = await new Promise((resolve, reject) => {
    const req = http.request({ port, path: '/post', method: 'PUT' }, (res) => {
      let data = '';
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.end('sized');
  });
  assert.strictEqual(r, 'sized');
  assert.strictEqual(requests[requests.length - 1].headers['content-length'], '5');

  await assert.rejects(fetch('/garbage'), {
    code: 'HPE_INVALID_CONSTANT', message: 'Parse Error: Expected HTTP/, RTSP/ or ICE/',
  });
  await assert.rejects(fetch('/hangup'), { code: 'ECONNRESET', message: 'socket hang up' });

  // http.get ends the request itself; events 'socket', 'response', 'close' come in order.
  const order = [];
  await new Promise((resolve) => {
    const req = http.get(`http://localhost:${port}/cl`, (res) => {
      order.push('response');
      res.resume();
      res.on('end', () => order.push('end'));
    });
    req.on('socket', () => order.push('socket'));
    req.on('finish', () => order.push('finish'));
    req.on('close', () => {
      order.push('close');
      resolve();
    });
  });
  assert.deepStrictEqual(order, ['socket', 'finish', 'response', 'end', 'close']);
  server.close();
});
