'use strict';
// ALTSVC (the docs' examples): session.altsvc() with an origin, stream.session.altsvc() on a
// stream, the client's 'altsvc' event, and the argument errors.
const assert = require('assert');
const http2 = require('http2');

const got = [];
process.on('exit', () => {
  assert.deepStrictEqual(got, [
    ['h2=":8000"', 'https://example.org:80', 0],
    ['h2=":8000"', 'https://example.com', 0],
    ['h2=":8001"', '', 1],
  ]);
});

const server = http2.createServer();
server.on('session', (session) => {
  // Set altsvc for origin https://example.org:80
  session.altsvc('h2=":8000"', 'https://example.org:80');
  session.altsvc('h2=":8000"', new URL('https://example.com/some/path'));
  // Stream 3 does not exist: no error, and nothing is sent (Node).
  session.altsvc('h2=":8002"', 3);
  assert.throws(() => session.altsvc('h2=":8000"', 'not a url'), { code: 'ERR_INVALID_URL', message: 'Invalid URL' });
  assert.throws(() => session.altsvc(1, 'https://a.b'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "alt" argument must be of type string. Received type number (1)',
  });
  assert.throws(() => session.altsvc('x'.repeat(17000), 'https://a.b'), {
    code: 'ERR_HTTP2_ALTSVC_LENGTH',
    message: 'HTTP/2 ALTSVC frames are limited to 16382 bytes',
  });
  assert.throws(() => session.altsvc('h2=":8000"', 0), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "originOrStream" is out of range. It must be > 0 && < 4294967296. Received 0',
  });
  assert.throws(() => session.altsvc('h2=":8000"\n', 'https://a.b'), {
    code: 'ERR_INVALID_CHAR',
    message: 'Invalid character in alt',
  });
  // Without an origin or stream the alt value is still checked first (Node; a valid alt without
  // either aborts node itself, so that case is not tested here).
  assert.throws(() => session.altsvc('\u0001'), { code: 'ERR_INVALID_CHAR', message: 'Invalid character in alt' });
  assert.throws(() => session.altsvc('x'.repeat(17000)), { code: 'ERR_HTTP2_ALTSVC_LENGTH' });
  assert.throws(() => session.altsvc('\u0001', null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => session.altsvc('\u0001', true), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => session.altsvc('h2=":8000"', { origin: 'null' }), {
    code: 'ERR_HTTP2_ALTSVC_INVALID_ORIGIN',
    message: 'HTTP/2 ALTSVC frames require a valid origin',
  });
});
server.on('stream', (stream) => {
  // Set altsvc for a specific stream
  stream.session.altsvc('h2=":8001"', stream.id);
  stream.session.altsvc('h2=":8003"', stream.id + 2);
  stream.respond();
  setTimeout(() => stream.end('ok'), 10);
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('altsvc', (alt, origin, streamId) => {
    got.push([alt, origin, streamId]);
  });
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('close', () => {
    client.close();
    server.close();
  });
});
