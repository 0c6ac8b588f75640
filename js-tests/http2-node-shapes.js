'use strict';
// Shapes Node's own http2 tests check: an Http2Server is a net.Server, an Http2SecureServer a
// tls.Server (not an Http2Server); session.socket answers instanceof net.Socket / tls.TLSSocket;
// pendingSettingsAck is true from 'connect' until the initial SETTINGS is acknowledged and counts
// settings() calls; a peer that advertises no MAX_CONCURRENT_STREAMS is reported as unlimited.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const net = require('net');
const tls = require('tls');
const http2 = require('http2');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-key.pem'), 'utf8');
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'http2-cert.pem'), 'utf8');

const secure = http2.createSecureServer({ key, cert });
assert.ok(secure instanceof tls.Server);
assert.ok(secure instanceof net.Server);
assert.ok(!(secure instanceof http2.createServer().constructor));

const log = [];
const serverLog = [];
const server = http2.createServer();
assert.ok(server instanceof net.Server);
assert.ok(!(server instanceof tls.Server));
for (const bad of [undefined, 1, 'x']) {
  assert.throws(() => server.getConnections(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "callback" argument must be of type function\. Received /,
  });
}
server.on('session', (s) => {
  serverLog.push('session pending ' + s.pendingSettingsAck);
  assert.ok(s.socket instanceof net.Socket);
  assert.ok(!(s.socket instanceof tls.TLSSocket));
});
server.on('stream', (stream) => {
  stream.respond();
  stream.end('ok');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  assert.strictEqual(client.pendingSettingsAck, false);
  let acks = 0;
  client.on('localSettings', () => {
    acks++;
    log.push(`client ack ${acks} pending ${client.pendingSettingsAck}`);
    if (acks === 2) {
      server.getConnections((err, n) => {
        assert.ifError(err);
        log.push('connections ' + n);
        client.close(() => server.close());
      });
    }
  });
  client.on('remoteSettings', (settings) => {
    assert.strictEqual(settings.maxConcurrentStreams, 4294967295);
  });
  client.on('connect', () => {
    log.push('connect pending ' + client.pendingSettingsAck);
    client.settings({ enablePush: false });
    log.push('after settings() pending ' + client.pendingSettingsAck);
    assert.ok(client.socket instanceof net.Socket);
  });
  const req = client.request();
  req.resume();
});

const secureLog = [];
secure.on('stream', (stream) => {
  secureLog.push('stream ' + (stream.session.socket instanceof tls.TLSSocket));
  stream.respond();
  stream.end();
});
secure.listen(0, () => {
  const client = http2.connect(`https://localhost:${secure.address().port}`, { ca: cert });
  const req = client.request();
  req.resume();
  req.on('end', () => {
    secureLog.push('client ' + (client.socket instanceof tls.TLSSocket));
    client.close(() => secure.close());
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(serverLog, ['session pending true']);
  assert.deepStrictEqual(log, [
    'connect pending true',
    'after settings() pending true',
    'client ack 1 pending true',
    'client ack 2 pending false',
    'connections 1',
  ]);
  assert.deepStrictEqual(secureLog, ['stream true', 'client true']);
});
