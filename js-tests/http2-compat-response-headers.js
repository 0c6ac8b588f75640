'use strict';
// Http2ServerResponse header API: setHeader/getHeader/getHeaders/getHeaderNames/hasHeader/
// removeHeader/appendHeader, writeHead with an object, a flat array and an array of pairs,
// headersSent, sendDate (date header by default, none after removeHeader('date') or sendDate=false).
const assert = require('assert');
const http2 = require('http2');

const counts = { request: 0, response: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  assert.strictEqual(res.headersSent, false);
  assert.strictEqual(res.sendDate, true);
  assert.strictEqual(res.setHeader('X-One', '1'), undefined);
  assert.strictEqual(res.getHeader('x-one'), '1');
  assert.strictEqual(res.getHeader('X-ONE'), '1');
  assert.strictEqual(res.hasHeader('x-one'), true);
  assert.strictEqual(res.hasHeader('x-two'), false);
  res.setHeader('x-list', ['a', 'b']);
  res.appendHeader('x-list', 'c');
  res.appendHeader('x-new', 'n');
  res.appendHeader('x-one', ['1b']);
  assert.deepStrictEqual(res.getHeader('x-list'), ['a', 'b', 'c']);
  assert.deepStrictEqual(res.getHeader('x-one'), ['1', '1b']);
  assert.deepStrictEqual(res.getHeaderNames(), ['x-one', 'x-list', 'x-new']);
  const all = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(all), null);
  assert.deepStrictEqual({ ...all }, { 'x-one': ['1', '1b'], 'x-list': ['a', 'b', 'c'], 'x-new': 'n' });
  res.setHeader('x-gone', 'x');
  res.removeHeader('X-Gone');
  assert.strictEqual(res.getHeader('x-gone'), undefined);
  assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.setHeader(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  switch (req.url) {
    case '/object':
      assert.strictEqual(res.writeHead(201, { 'x-head': 'h', 'X-One': 'over' }), res);
      break;
    case '/flat':
      res.writeHead(202, ['x-head', 'h1', 'x-head', 'h2', 'x-one', 'flat']);
      break;
    case '/pairs':
      res.sendDate = false;
      res.writeHead(203, [['x-head', 'p1'], ['x-head', 'p2']]);
      break;
    case '/nodate':
      res.removeHeader('date');
      assert.strictEqual(res.sendDate, false);
      res.writeHead(200, 'ignored message', { 'x-head': 'm' });
      break;
  }
  assert.strictEqual(res.headersSent, true);
  assert.throws(() => res.writeHead(200), {
    code: 'ERR_HTTP2_HEADERS_SENT', name: 'Error', message: 'Response has already been initiated.',
  });
  res.end();
});

function get(client, path) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path });
    r.on('response', (h) => { counts.response++; resolve(h); });
    r.resume();
  });
}

let warnings = 0;
process.on('warning', (w) => {
  warnings++;
  assert.strictEqual(w.name, 'UnsupportedWarning');
  assert.strictEqual(w.message, 'Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)');
});

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  let h = await get(client, '/object');
  assert.strictEqual(h[':status'], 201);
  assert.strictEqual(h['x-head'], 'h');
  assert.strictEqual(h['x-one'], 'over');
  assert.strictEqual(h['x-list'], 'a, b, c');
  assert.strictEqual(h['x-new'], 'n');
  assert.match(h.date, /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
  h = await get(client, '/flat');
  assert.strictEqual(h[':status'], 202);
  assert.strictEqual(h['x-head'], 'h1, h2');
  assert.strictEqual(h['x-one'], 'flat');
  h = await get(client, '/pairs');
  assert.strictEqual(h[':status'], 203);
  assert.strictEqual(h['x-head'], 'p1, p2');
  assert.strictEqual(h.date, undefined);
  h = await get(client, '/nodate');
  assert.strictEqual(h[':status'], 200);
  assert.strictEqual(h['x-head'], 'm');
  assert.strictEqual(h.date, undefined);
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 4, response: 4 });
  assert.strictEqual(warnings, 1);
});
