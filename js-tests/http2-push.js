'use strict';
// Server push: pushStream() on the server, the client session's 'stream' event and the pushed
// stream's 'push' event; pushAllowed; nested pushes are refused.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 3));

const server = http2.createServer();
server.on('stream', (stream) => {
  assert.strictEqual(stream.pushAllowed, true);
  stream.pushStream({ ':path': '/pushed.css' }, (err, pushStream, headers) => {
    assert.ifError(err);
    assert.strictEqual(headers[':path'], '/pushed.css');
    assert.strictEqual(pushStream.id % 2, 0);
    assert.throws(() => pushStream.pushStream({}, () => {}), {
      code: 'ERR_HTTP2_NESTED_PUSH',
      message: 'A push stream cannot initiate another push stream.',
    });
    pushStream.respond({ ':status': 200, 'content-type': 'text/css' });
    pushStream.end('body{}');
    stream.respond({ ':status': 200 });
    stream.end('main');
  });
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('stream', (pushed, requestHeaders) => {
    assert.strictEqual(requestHeaders[':path'], '/pushed.css');
    pushed.on('push', (responseHeaders) => {
      assert.strictEqual(responseHeaders[':status'], 200);
      assert.strictEqual(responseHeaders['content-type'], 'text/css');
      done++;
    });
    let css = '';
    pushed.setEncoding('utf8');
    pushed.on('data', (c) => { css += c; });
    pushed.on('end', () => {
      assert.strictEqual(css, 'body{}');
      done++;
    });
  });
  const req = client.request({ ':path': '/' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    assert.strictEqual(body, 'main');
    done++;
    setTimeout(() => {
      client.close();
      server.close();
    }, 20);
  });
});
