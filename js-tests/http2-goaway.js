'use strict';
// goaway(): the peer's 'goaway' event with code, lastStreamID and opaque data; graceful
// session.close() lets open streams finish, refuses new ones, then 'close' fires.
const assert = require('assert');
const http2 = require('http2');

const order = [];
process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 3), ['client goaway', 'request after goaway throws', 'response']);
  // the two ends close independently
  assert.deepStrictEqual(order.slice(3).sort(), ['client close', 'server session close']);
});

const server = http2.createServer();
server.on('session', (session) => {
  session.on('close', () => {
    order.push('server session close');
    server.close();
  });
});
server.on('stream', (stream) => {
  const session = stream.session;
  session.goaway(0, 1, Buffer.from('bye'));
  // finish the response after the GOAWAY went out
  setTimeout(() => {
    stream.respond({ ':status': 200 });
    stream.end('late');
    session.close();
    assert.strictEqual(session.closed, true);
    assert.throws(() => session.goaway('x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "code" argument must be of type number. Received type string (\'x\')',
    });
  }, 20);
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.once('goaway', (code, lastStreamID, opaque) => {
    order.push('client goaway');
    assert.strictEqual(code, http2.constants.NGHTTP2_NO_ERROR);
    assert.strictEqual(lastStreamID, 1);
    assert.strictEqual(opaque.toString(), 'bye');
    assert.strictEqual(client.closed, false);
    process.nextTick(() => {
      // a NO_ERROR GOAWAY closes the session gracefully
      assert.strictEqual(client.closed, true);
      assert.strictEqual(client.destroyed, false);
      assert.throws(() => client.request(), {
        code: 'ERR_HTTP2_GOAWAY_SESSION',
        message: 'New streams cannot be created after receiving a GOAWAY',
      });
      order.push('request after goaway throws');
    });
  });
  client.on('close', () => {
    order.push('client close');
    assert.strictEqual(client.destroyed, true);
    assert.throws(() => client.request(), {
      code: 'ERR_HTTP2_INVALID_SESSION',
      message: 'The session has been destroyed',
    });
  });
  const req = client.request();
  req.on('response', () => order.push('response'));
  req.resume();
});
