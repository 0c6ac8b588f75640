'use strict';
// A client session destroyed right after connect() still reaches the server as a connection
// (Node has already issued the TCP connect): the server gets a 'session', the client 'connect'
// (its socket connected) and then 'close' (see also http2-destroy-while-connecting-events.js).
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
  client.on('connect', () => log.push('client connect'));
  client.on('close', () => log.push('client close'));
  client.destroy();
  assert.strictEqual(client.destroyed, true);
});
process.on('exit', () => {
  assert.deepStrictEqual(log.filter((e) => e.startsWith('server')), ['server session', 'server session close']);
  assert.deepStrictEqual(log.filter((e) => e.startsWith('client')), ['client connect', 'client close']);
});
