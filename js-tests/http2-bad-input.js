'use strict';
// Argument errors of connect(), createServer(), listen() and session methods: codes and messages.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 2));

assert.throws(() => http2.connect('not a url'), { name: 'TypeError', code: 'ERR_INVALID_URL', message: 'Invalid URL' });
assert.throws(() => http2.connect('ftp://localhost'), {
  code: 'ERR_HTTP2_UNSUPPORTED_PROTOCOL',
  message: 'protocol "ftp:" is unsupported.',
});
assert.throws(() => http2.connect(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "authority" argument must be of type string or an instance of URL or Object. Received type number (5)',
});
assert.throws(() => http2.createServer(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => http2.createSecureServer('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http2.createServer().listen(70000), {
  name: 'RangeError',
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});

const server = http2.createServer();
server.on('stream', (stream) => {
  assert.throws(() => stream.priority({ parent: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.parent" property must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => stream.setTimeout('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "msecs" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => stream.pushStream({}, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    assert.throws(() => client.setLocalWindowSize(-1), {
      name: 'RangeError',
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "windowSize" is out of range. It must be >= 0 && <= 2147483647. Received -1',
    });
    assert.throws(() => client.setLocalWindowSize('x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "windowSize" argument must be of type number. Received type string (\'x\')',
    });
    client.setLocalWindowSize(1 << 20);
    assert.throws(() => client.goaway(0, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "lastStreamID" argument must be of type number. Received type string (\'x\')',
    });
    assert.throws(() => client.goaway(0, 0, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "opaqueData" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'x\')',
    });
    for (const m of ['destroy', 'write', 'end', 'pause', 'resume', 'setNoDelay']) {
      assert.throws(() => client.socket[m], {
        code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION',
        message: 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)',
      });
    }
    assert.strictEqual(typeof client.socket.remotePort, 'number');
    const req = client.request();
    req.resume();
    req.on('close', () => {
      client.destroy();
      assert.strictEqual(client.destroyed, true);
      assert.throws(() => client.request(), { code: 'ERR_HTTP2_INVALID_SESSION', message: 'The session has been destroyed' });
      assert.throws(() => client.ping(() => {}), { code: 'ERR_HTTP2_INVALID_SESSION' });
      assert.throws(() => client.settings({}), { code: 'ERR_HTTP2_INVALID_SESSION' });
      assert.throws(() => client.goaway(), { code: 'ERR_HTTP2_INVALID_SESSION' });
      assert.throws(() => client.setLocalWindowSize(1000), { code: 'ERR_HTTP2_INVALID_SESSION' });
      assert.deepStrictEqual(client.state, {});
      done++;
      client.on('close', () => {
        done++;
        server.close();
      });
    });
  });
});
