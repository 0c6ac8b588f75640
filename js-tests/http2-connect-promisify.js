'use strict';
// util.promisify(http2.connect) is http2.connect[util.promisify.custom] (Node): it resolves with the
// connected session and rejects with the session's 'error' (here a refused connection).
const assert = require('assert');
const http2 = require('http2');
const net = require('net');
const util = require('util');

const connect = util.promisify(http2.connect);
assert.strictEqual(connect, http2.connect[util.promisify.custom]);
assert.strictEqual(connect.length, 2);

const server = http2.createServer((req, res) => res.end('ok'));
server.listen(0, async () => {
  const client = await connect(`http://localhost:${server.address().port}`);
  assert.strictEqual(client.connecting, false);
  assert.strictEqual(typeof client.socket, 'object');
  const req = client.request();
  let data = '';
  req.setEncoding('utf8');
  req.on('data', (d) => data += d);
  await new Promise((resolve) => req.on('end', resolve));
  assert.strictEqual(data, 'ok');
  client.close();
  server.close();

  // A port nobody listens on: take one from a closed server.
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, resolve));
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  await assert.rejects(connect(`http://localhost:${port}`, {}), { code: 'ECONNREFUSED' });
});
