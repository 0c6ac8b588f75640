'use strict';
// ORIGIN over TLS (the docs' examples): the `origins` server option, session.origin(), the client's
// 'origin' event and session.originSet; with a self-signed certificate trusted through `ca`. A 421
// (Misdirected Request) answer takes the request's origin out of originSet before 'response'.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-cert.pem'));

const events = [];
process.on('exit', () => {
  assert.deepStrictEqual(events, [
    ['https://a.example'],
    ['https://example.com', 'https://example.org'],
    '421',
  ]);
});

const server = http2.createSecureServer({ key, cert, origins: ['https://a.example'] });
server.on('session', (session) => {
  assert.strictEqual(session.encrypted, true);
  session.origin('https://example.com', 'https://example.org');
  assert.throws(() => session.origin('file:///x'), {
    code: 'ERR_HTTP2_INVALID_ORIGIN',
    message: 'HTTP/2 ORIGIN frames require a valid origin',
  });
  assert.throws(() => session.origin(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "origin" argument must be of type string. Received type number (1)',
  });
  assert.throws(() => session.origin('not a url'), { code: 'ERR_INVALID_URL' });
});
server.on('stream', (stream, headers) => {
  if (headers[':authority'] === 'example.com') {
    stream.respond({ ':status': 421 });
    stream.end();
    return;
  }
  stream.respond();
  stream.end('secure');
});

server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`https://localhost:${port}`, { ca: cert });
  client.on('origin', (origins) => {
    events.push(origins);
  });
  client.on('connect', () => {
    assert.strictEqual(client.encrypted, true);
    assert.strictEqual(client.alpnProtocol, 'h2');
    assert.strictEqual(client.socket.encrypted, true);
    assert.deepStrictEqual(client.originSet, [`https://localhost:${port}`]);
  });
  const req = client.request({ ':path': '/' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    assert.strictEqual(body, 'secure');
    assert.deepStrictEqual(client.originSet,
      [`https://localhost:${port}`, 'https://a.example', 'https://example.com', 'https://example.org']);
    const misdirected = client.request({ ':path': '/', ':authority': 'example.com' });
    misdirected.on('response', (headers) => {
      assert.strictEqual(headers[':status'], 421);
      assert.deepStrictEqual(client.originSet,
        [`https://localhost:${port}`, 'https://a.example', 'https://example.org']);
      events.push('421');
    });
    misdirected.resume();
    misdirected.on('close', () => {
      client.close();
      server.close();
    });
  });
});
