'use strict';
// HEAD (the body written by the handler is not sent), CONNECT (the server 'connect' event gets the
// compat pair; without a listener the answer is 405), req.setTimeout/res.setTimeout ('timeout' on
// the request and on the response), and the socket's setTimeout.
const assert = require('assert');
const http2 = require('http2');

const counts = { request: 0, connect: 0, reqTimeout: 0, resTimeout: 0, responses: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  if (req.method === 'HEAD') {
    res.setHeader('x-head', 'yes');
    res.end('not sent!!!');
    return;
  }
  if (req.url === '/slow') {
    req.setTimeout(20, () => {
      counts.reqTimeout++;
    });
    res.setTimeout(30, () => {
      counts.resTimeout++;
      res.end('timed out');
    });
    return;
  }
  res.end('plain');
});

const server2 = http2.createServer(() => counts.request++);
server2.on('connect', (req, res) => {
  counts.connect++;
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.authority, 'example.com:443');
  assert.strictEqual(req.url, undefined);
  res.writeHead(200);
  res.end('tunnel');
});

function request(port, headers) {
  return new Promise((resolve) => {
    const client = http2.connect('http://localhost:' + port);
    const r = client.request(headers);
    let status;
    let body = '';
    r.on('response', (h) => { counts.responses++; status = h[':status']; });
    r.setEncoding('utf8');
    r.on('data', (d) => { body += d; });
    r.on('end', () => { client.close(); resolve([status, body]); });
    if (headers[':method'] === 'CONNECT') r.end();
  });
}

server.listen(0, () => server2.listen(0, async () => {
  const p = server.address().port;
  const p2 = server2.address().port;
  assert.deepStrictEqual(await request(p, { ':method': 'HEAD', ':path': '/' }), [200, '']);
  assert.deepStrictEqual(await request(p, { ':path': '/slow' }), [200, 'timed out']);
  assert.deepStrictEqual(await request(p, { ':method': 'CONNECT', ':authority': 'example.com:443' }), [405, '']);
  assert.deepStrictEqual(await request(p2, { ':method': 'CONNECT', ':authority': 'example.com:443' }), [200, 'tunnel']);
  server.close();
  server2.close();
}));

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 2, connect: 1, reqTimeout: 1, resTimeout: 1, responses: 4 });
});
