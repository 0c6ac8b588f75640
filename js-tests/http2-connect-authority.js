'use strict';
// http2.connect()'s authority forms and where it dials: a string, a WHATWG URL, a legacy url.parse()
// object and a plain object; options.host / options.port win over the authority's host and port
// (the :authority sent and the TLS server name still come from the authority); IPv6 literals in
// URLs; and the synchronous errors for a bad port or host.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http2 = require('http2');
const url = require('url');

const results = [];
const expected = [];

function fetch(what, args, check) {
  expected.push(what);
  return new Promise((resolve, reject) => {
    const client = http2.connect(...args);
    client.on('error', reject);
    const req = client.request({ ':path': '/' });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      check(JSON.parse(body));
      results.push(what);
      client.close(resolve);
    });
    req.end();
  });
}

function answer(req, res) {
  res.end(JSON.stringify({ authority: req.headers[':authority'], servername: req.socket.servername }));
}

async function plain() {
  const server = http2.createServer(answer);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const at = (a) => (got) => assert.strictEqual(got.authority, a);
  await fetch('string', [`http://127.0.0.1:${port}`], at(`127.0.0.1:${port}`));
  await fetch('URL', [new URL(`http://127.0.0.1:${port}`)], at(`127.0.0.1:${port}`));
  await fetch('url.parse', [url.parse(`http://127.0.0.1:${port}`)], at(`127.0.0.1:${port}`));
  await fetch('object port', [{ port, hostname: '127.0.0.1' }, { protocol: 'http:' }], at(`127.0.0.1:${port}`));
  await fetch('options win', ['http://foo.bar:99', { host: '127.0.0.1', port }], at('foo.bar:99'));
  await fetch('options port string', ['http://foo.bar:99', { host: '127.0.0.1', port: String(port) }], at('foo.bar:99'));
  server.close();
}

async function ipv6() {
  const server = http2.createServer(answer);
  const listening = await new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => resolve(true));
  });
  if (!listening) return; // no IPv6 loopback here
  const port = server.address().port;
  // Node 20 sends the IPv6 literal without brackets.
  const at = (got) => assert.strictEqual(got.authority, `::1:${port}`);
  await fetch('ipv6 string', [`http://[::1]:${port}`], at);
  await fetch('ipv6 URL', [new URL(`http://[::1]:${port}`)], at);
  server.close();
}

async function secure() {
  const fixtures = path.join(__dirname, 'fixtures');
  const server = http2.createSecureServer({
    key: fs.readFileSync(path.join(fixtures, 'http2-key.pem')),
    cert: fs.readFileSync(path.join(fixtures, 'http2-cert.pem')),
  }, answer);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  await fetch('tls options win', ['https://foo.bar:8443', { host: '127.0.0.1', port, rejectUnauthorized: false }],
    (got) => {
      assert.strictEqual(got.authority, 'foo.bar:8443');
      assert.strictEqual(got.servername, 'foo.bar');
    });
  await fetch('tls servername option', ['https://foo.bar:8443', { host: '127.0.0.1', port, servername: 'other.test', rejectUnauthorized: false }],
    (got) => assert.strictEqual(got.servername, 'other.test'));
  server.close();
}

function errors() {
  const bad = [
    [['http://x', { port: 70000 }], { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError', message: 'Port should be >= 0 and < 65536. Received type number (70000).' }],
    [['http://x', { port: -1 }], { code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be >= 0 and < 65536. Received type number (-1).' }],
    [['http://x', { port: 'abc' }], { code: 'ERR_SOCKET_BAD_PORT', message: "Port should be >= 0 and < 65536. Received type string ('abc')." }],
    [['http://x', { port: null }], { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: 'The "options.port" property must be one of type number or string. Received null' }],
    [[url.parse('http://localhost')], { code: 'ERR_SOCKET_BAD_PORT', message: "Port should be >= 0 and < 65536. Received type string ('null')." }],
    [[{ hostname: 'x' }, { protocol: 'http:' }], { code: 'ERR_SOCKET_BAD_PORT', message: "Port should be >= 0 and < 65536. Received type string ('undefined')." }],
    [['http://x', { host: 5 }], { code: 'ERR_INVALID_ARG_TYPE', message: 'The "hostname" argument must be of type string. Received type number (5)' }],
  ];
  for (const [args, err] of bad) assert.throws(() => http2.connect(...args), err, JSON.stringify(args));
}

errors();
plain().then(ipv6).then(secure).then(() => {
  for (const w of expected) assert.ok(results.includes(w), w);
  console.log('ok', results.length);
}, (err) => {
  console.error(err);
  process.exit(1);
});
