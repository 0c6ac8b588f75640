'use strict';
// statusCode: default 200, validation (ERR_HTTP2_INFO_STATUS_NOT_ALLOWED, ERR_HTTP2_STATUS_INVALID)
// with Node's messages; statusMessage is '' and warns once; writeHead sets the status.
const assert = require('assert');
const http2 = require('http2');

const counts = { request: 0, response: 0, warning: 0 };
process.on('warning', (w) => {
  counts.warning++;
  assert.strictEqual(w.name, 'UnsupportedWarning');
});

const server = http2.createServer((req, res) => {
  counts.request++;
  assert.strictEqual(res.statusCode, 200);
  assert.throws(() => { res.statusCode = 100; }, {
    code: 'ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', name: 'RangeError',
    message: 'Informational status codes cannot be used',
  });
  assert.throws(() => { res.statusCode = 199; }, { code: 'ERR_HTTP2_INFO_STATUS_NOT_ALLOWED' });
  assert.throws(() => { res.statusCode = 99; }, {
    code: 'ERR_HTTP2_STATUS_INVALID', name: 'RangeError', message: 'Invalid status code: 99',
  });
  assert.throws(() => { res.statusCode = 600; }, { code: 'ERR_HTTP2_STATUS_INVALID', message: 'Invalid status code: 600' });
  assert.throws(() => { res.statusCode = 'abc'; }, { code: 'ERR_HTTP2_STATUS_INVALID', message: 'Invalid status code: 0' });
  assert.strictEqual(res.statusCode, 200);
  res.statusCode = '404';
  assert.strictEqual(res.statusCode, 404);
  assert.strictEqual(res.statusMessage, '');
  res.statusMessage = 'Nope';
  assert.strictEqual(res.statusMessage, '');
  if (req.url === '/bad') {
    assert.throws(() => res.writeHead(700), {
      code: 'ERR_HTTP2_STATUS_INVALID', name: 'RangeError', message: 'Invalid status code: 700',
    });
    assert.strictEqual(res.headersSent, false);
    res.writeHead(418);
    res.end();
    return;
  }
  res.end('missing');
});

function get(client, path) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path });
    r.on('response', (h) => { counts.response++; resolve(h[':status']); });
    r.resume();
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  assert.strictEqual(await get(client, '/'), 404);
  assert.strictEqual(await get(client, '/bad'), 418);
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 2, response: 2, warning: 1 });
});
