'use strict';
// createSecureServer({ allowHTTP1: true }): an HTTP/1.1 client over TLS (ALPN http/1.1) is served by
// the same 'request' handler as an HTTP/2 client, with http1-shaped request/response objects:
// httpVersion '1.1', headers, method, url, a POST body, statusCode/setHeader/writeHead/write/end,
// ERR_INVALID_CHAR / ERR_HTTP_HEADERS_SENT / ERR_HTTP_INVALID_STATUS_CODE as http.ServerResponse throws.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-cert.pem'));

const counts = { h1: 0, h2: 0, finish: 0, close: 0 };
const server = http2.createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
  if (req.httpVersion === '2.0') counts.h2++;
  else counts.h1++;
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, '/echo?x=1');
  assert.strictEqual(req.headers['x-client'], 'yes');
  if (req.httpVersion === '1.1') {
    assert.strictEqual(req.httpVersionMajor, 1);
    assert.strictEqual(req.httpVersionMinor, 1);
    assert.strictEqual(req.headers.host, 'localhost');
    assert.ok(req.rawHeaders.includes('x-client') || req.rawHeaders.includes('X-Client'));
    assert.strictEqual(req.socket.encrypted, true);
    assert.throws(() => res.setHeader('x-bad', 'a\nb'), {
      code: 'ERR_INVALID_CHAR', name: 'TypeError', message: 'Invalid character in header content ["x-bad"]',
    });
    assert.throws(() => res.setHeader('bad name', 'x'), {
      code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["bad name"]',
    });
    assert.throws(() => res.writeHead(1000), {
      code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError', message: 'Invalid status code: 1000',
    });
  }
  assert.strictEqual(res.statusCode, 200);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.statusCode = 201;
    assert.strictEqual(res.getHeader('content-type'), 'text/plain');
    res.writeHead(201, { 'x-proto': req.httpVersion });
    assert.strictEqual(res.headersSent, true);
    if (req.httpVersion === '1.1') {
      assert.throws(() => res.setHeader('x-late', '1'), {
        code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
      });
    }
    res.write('got ');
    res.on('finish', () => counts.finish++);
    res.on('close', () => counts.close++);
    res.end(body);
  });
});

function h1request(port) {
  return new Promise((resolve) => {
    const sock = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: ['http/1.1'] }, () => {
      assert.strictEqual(sock.alpnProtocol, 'http/1.1');
      sock.write('POST /echo?x=1 HTTP/1.1\r\nHost: localhost\r\nX-Client: yes\r\nContent-Length: 5\r\n' +
        'Connection: close\r\n\r\nhello');
    });
    let data = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { data += d; });
    sock.on('end', () => { sock.end(); resolve(data); });
  });
}

function h2request(port) {
  return new Promise((resolve) => {
    const client = http2.connect('https://localhost:' + port, { ca: cert });
    const r = client.request({ ':method': 'POST', ':path': '/echo?x=1', 'x-client': 'yes' });
    let headers;
    r.on('response', (h) => { headers = h; });
    let data = '';
    r.setEncoding('utf8');
    r.on('data', (d) => { data += d; });
    r.on('end', () => { client.close(); resolve([headers, data]); });
    r.end('hello');
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  const raw = await h1request(port);
  const sep = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, sep);
  const body = raw.slice(sep + 4);
  const lines = head.split('\r\n');
  assert.strictEqual(lines[0], 'HTTP/1.1 201 Created');
  const hdr = {};
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    hdr[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
  }
  assert.strictEqual(hdr['x-proto'], '1.1');
  assert.strictEqual(hdr['content-type'], 'text/plain');
  assert.ok(hdr.date);
  let text = body;
  if (hdr['transfer-encoding'] === 'chunked') {
    text = '';
    let rest = body;
    for (;;) {
      const i = rest.indexOf('\r\n');
      const n = parseInt(rest.slice(0, i), 16);
      if (!(n > 0)) break;
      text += rest.slice(i + 2, i + 2 + n);
      rest = rest.slice(i + 2 + n + 2);
    }
  }
  assert.strictEqual(text, 'got hello');
  const [h2h, h2body] = await h2request(port);
  assert.strictEqual(h2h[':status'], 201);
  assert.strictEqual(h2h['x-proto'], '2.0');
  assert.strictEqual(h2body, 'got hello');
  server.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { h1: 1, h2: 1, finish: 2, close: 2 });
});
