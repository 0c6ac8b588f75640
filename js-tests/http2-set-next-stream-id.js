'use strict';
// session.setNextStreamID(id): argument checks (type, > 0 and <= 2^32-1), ERR_HTTP2_INVALID_SESSION
// once destroyed; the engine ignores an id it cannot take (wrong parity, below the next one,
// above 2^31-1). After 2^31-1 the next request fails with ERR_HTTP2_OUT_OF_STREAMS (rstCode 2).
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
let serverNext;
server.on('session', (session) => {
  session.setNextStreamID(9); // odd: a server's own streams are even
  session.setNextStreamID(10);
  serverNext = session.state.nextStreamID;
});
server.on('stream', (stream) => {
  stream.respond();
  stream.end('ok');
});

const log = [];
process.on('exit', () => {
  assert.strictEqual(serverNext, 10);
  assert.deepStrictEqual(log.sort(), ['end', 'error ERR_HTTP2_OUT_OF_STREAMS 2 undefined']);
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  assert.strictEqual(typeof client.setNextStreamID, 'function');
  assert.strictEqual(client.setNextStreamID.length, 1);
  assert.throws(() => client.setNextStreamID('1'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "id" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => client.setNextStreamID(0), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "id" is out of range. It must be > 0 and <= 4294967295. Received 0',
  });
  client.on('connect', () => {
    assert.throws(() => client.setNextStreamID(2 ** 32), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "id" is out of range. It must be > 0 and <= 4294967295. Received 4294967296',
    });
    for (const ignored of [4, 2 ** 31 + 1, 2 ** 32 - 1, NaN, 1.5]) {
      assert.strictEqual(client.setNextStreamID(ignored), undefined);
      assert.strictEqual(client.state.nextStreamID, 1);
    }
    client.setNextStreamID(9);
    client.setNextStreamID(7);
    assert.strictEqual(client.state.nextStreamID, 9);
    client.setNextStreamID(2 ** 31 - 1);
    assert.strictEqual(client.state.nextStreamID, 2 ** 31 - 1);

    const last = client.request();
    assert.strictEqual(last.id, 2 ** 31 - 1);
    last.resume();
    last.on('end', () => log.push('end'));
    const over = client.request();
    over.on('error', (e) => log.push(`error ${e.code} ${over.rstCode} ${over.id}`));
    let open = 2;
    const closed = () => {
      if (--open > 0) return;
      client.destroy();
      assert.throws(() => client.setNextStreamID(11), { code: 'ERR_HTTP2_INVALID_SESSION' });
      server.close();
    };
    over.on('close', closed);
    last.on('close', closed);
  });
});
