'use strict';
// session.ping(): payload echo, duration, the peer's 'ping' event, and argument errors.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
const pings = [];
process.on('exit', () => {
  assert.strictEqual(done, 2);
  assert.strictEqual(pings.length, 2);
  assert.strictEqual(pings[0], 'abcdefgh');
});

const server = http2.createServer();
server.on('session', (session) => {
  session.on('ping', (payload) => {
    assert.strictEqual(payload.length, 8);
    pings.push(payload.toString());
  });
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  assert.throws(() => client.ping(Buffer.from('abc'), () => {}), {
    name: 'RangeError',
    code: 'ERR_HTTP2_PING_LENGTH',
    message: 'HTTP2 ping payload must be 8 bytes',
  });
  assert.throws(() => client.ping(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received undefined',
  });
  assert.throws(() => client.ping('12345678', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  client.on('connect', () => {
    const ret = client.ping(Buffer.from('abcdefgh'), (err, duration, payload) => {
      assert.ifError(err);
      assert.strictEqual(typeof duration, 'number');
      assert.ok(duration >= 0);
      assert.ok(Buffer.isBuffer(payload));
      assert.strictEqual(payload.toString(), 'abcdefgh');
      done++;
      client.ping((err2, d2, p2) => {
        assert.ifError(err2);
        assert.strictEqual(p2.length, 8);
        done++;
        client.close();
        server.close();
      });
    });
    assert.strictEqual(ret, true);
  });
});
