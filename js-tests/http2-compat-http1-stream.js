'use strict';
// allowHTTP1, streaming both ways: a 1 MB upload read with backpressure (pause/resume), a 1 MB
// download written until write() returns false and continued on 'drain', two requests on one
// keep-alive connection, response trailers, HEAD, and 'checkContinue' for an HTTP/1 client.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls-cert.pem'));

const MB = 1024 * 1024;
const counts = { upload: 0, download: 0, head: 0, checkContinue: 0, falseWrites: 0, drains: 0, paused: 0 };
const server = http2.createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
  assert.strictEqual(req.httpVersion, '1.1');
  if (req.method === 'HEAD') {
    counts.head++;
    res.setHeader('x-head', 'yes');
    res.end();
    return;
  }
  if (req.url === '/upload') {
    counts.upload++;
    let n = 0;
    req.on('data', (d) => {
      n += d.length;
      if (counts.paused === 0) {
        counts.paused++;
        req.pause();
        setTimeout(() => req.resume(), 20);
      }
    });
    req.on('end', () => {
      res.addTrailers({ 'x-received': String(n) });
      res.setHeader('trailer', 'x-received');
      res.end('received ' + n);
    });
    return;
  }
  counts.download++;
  const chunk = Buffer.alloc(64 * 1024, 'z');
  let sent = 0;
  res.setHeader('content-length', String(MB));
  res.on('drain', () => { counts.drains++; write(); });
  function write() {
    while (sent < MB) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        counts.falseWrites++;
        return;
      }
    }
    res.end();
  }
  write();
});
server.on('checkContinue', (req, res) => {
  counts.checkContinue++;
  res.writeContinue();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end('continued ' + body));
});

// A tiny HTTP/1.1 client over one TLS connection: requests go out one after another.
function connect(port) {
  const sock = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: cert, ALPNProtocols: ['http/1.1'] });
  sock.on('error', (e) => { throw e; });
  let buf = Buffer.alloc(0);
  let waiter = null;
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    if (waiter) waiter();
  });
  function readResponse(isHead) {
    return new Promise((resolve) => {
      waiter = () => {
        const s = buf.toString('latin1');
        const sep = s.indexOf('\r\n\r\n');
        if (sep < 0) return;
        const lines = s.slice(0, sep).split('\r\n');
        if (/^HTTP\/1\.1 100/.test(lines[0])) {
          buf = buf.subarray(sep + 4);
          return waiter();
        }
        const headers = {};
        for (const l of lines.slice(1)) {
          const i = l.indexOf(':');
          headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
        }
        let body;
        let rest;
        const trailers = {};
        const start = sep + 4;
        if (isHead) {
          body = '';
          rest = buf.subarray(start);
        } else if (headers['content-length'] !== undefined) {
          const n = Number(headers['content-length']);
          if (buf.length < start + n) return;
          body = buf.subarray(start, start + n).toString('latin1');
          rest = buf.subarray(start + n);
        } else {
          // chunked
          let p = start;
          const parts = [];
          for (;;) {
            const e = s.indexOf('\r\n', p);
            if (e < 0) return;
            const n = parseInt(s.slice(p, e), 16);
            if (n === 0) {
              const end = s.indexOf('\r\n\r\n', e);
              if (end < 0) return;
              for (const l of s.slice(e + 2, end).split('\r\n').filter(Boolean)) {
                const i = l.indexOf(':');
                trailers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
              }
              rest = buf.subarray(end + 4);
              break;
            }
            if (s.length < e + 2 + n + 2) return;
            parts.push(s.slice(e + 2, e + 2 + n));
            p = e + 2 + n + 2;
          }
          body = parts.join('');
        }
        buf = rest;
        waiter = null;
        resolve({ status: Number(lines[0].split(' ')[1]), headers, body, trailers });
      };
      waiter();
    });
  }
  return {
    sock,
    request(head, body, isHead) {
      sock.write(head);
      if (body) sock.write(body);
      return readResponse(isHead);
    },
  };
}

server.listen(0, async () => {
  const c = connect(server.address().port);
  const upload = Buffer.alloc(MB, 'u');
  let r = await c.request('POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: ' + MB + '\r\n\r\n', upload);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.body, 'received ' + MB);
  assert.strictEqual(r.trailers['x-received'], String(MB));
  r = await c.request('GET /download HTTP/1.1\r\nHost: localhost\r\n\r\n');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.body.length, MB);
  assert.ok(/^z+$/.test(r.body));
  r = await c.request('HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n', null, true);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers['x-head'], 'yes');
  c.sock.write('POST /c HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n');
  setTimeout(() => c.sock.write('abc'), 20);
  r = await c.request('');
  assert.strictEqual(r.body, 'continued abc');
  c.sock.on('close', () => server.close());
  c.sock.end();
});

process.on('exit', () => {
  assert.ok(counts.falseWrites > 0);
  assert.strictEqual(counts.drains, counts.falseWrites);
  counts.falseWrites = counts.drains = 1;
  assert.deepStrictEqual(counts, { upload: 1, download: 1, head: 1, checkContinue: 1, falseWrites: 1, drains: 1, paused: 1 });
});
