'use strict';
// Response trailers: addTrailers/setTrailer before end() reach the client as a trailers block;
// without trailers the response still ends cleanly.
const assert = require('assert');
const http2 = require('http2');

const counts = { request: 0, trailers: 0, end: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  if (req.url === '/with') {
    res.addTrailers({ 'X-Checksum': 'abc', 'x-count': 2 });
    res.setTrailer('x-late', 'yes');
    assert.throws(() => res.setTrailer(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  res.write('part1 ');
  setTimeout(() => res.end('part2'), 5);
});

function get(client, path) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path });
    let trailers;
    let data = '';
    r.on('trailers', (t) => { counts.trailers++; trailers = t; });
    r.setEncoding('utf8');
    r.on('data', (d) => { data += d; });
    r.on('end', () => { counts.end++; resolve([data, trailers]); });
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const [body, trailers] = await get(client, '/with');
  assert.strictEqual(body, 'part1 part2');
  assert.strictEqual(trailers['x-checksum'], 'abc');
  assert.strictEqual(trailers['x-count'], '2');
  assert.strictEqual(trailers['x-late'], 'yes');
  const [body2, trailers2] = await get(client, '/without');
  assert.strictEqual(body2, 'part1 part2');
  assert.strictEqual(trailers2, undefined);
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 2, trailers: 1, end: 2 });
});
