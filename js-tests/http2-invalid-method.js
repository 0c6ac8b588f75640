// A request whose :method is not an RFC 9110 token is reset by the server with PROTOCOL_ERROR
// (nghttp2's check), while the client sends it without complaint.
const assert = require('assert');
const http2 = require('http2');

const bad = ['A B C', 'POST ', 'G\u00e9T', ''];
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':method'], 'GET');
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const seen = {};
  let left = bad.length + 1;
  const done = () => {
    if (--left > 0) return;
    for (const m of bad) assert.strictEqual(seen[m], 'ERR_HTTP2_STREAM_ERROR:Stream closed with error code NGHTTP2_PROTOCOL_ERROR', m);
    assert.strictEqual(seen.GET, 'ok');
    client.close();
    server.close();
  };
  for (const m of [...bad, 'GET']) {
    const req = client.request({ ':method': m });
    req.on('error', (e) => { seen[m] = e.code + ':' + e.message; });
    req.on('response', () => { seen[m] = 'ok'; });
    req.resume();
    req.on('close', done);
  }
});
