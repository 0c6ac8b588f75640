'use strict';
// Settings as Node reports and applies them:
// - sessions open with Node's defaults (maxHeaderListSize reported as 2^32-1, enablePush true on
//   both sides) and say nothing more in their first SETTINGS frame than Node does;
// - session.localSettings / remoteSettings: a fresh {} before 'connect'; once connected the same
//   object on every read until the 'localSettings' / 'remoteSettings' event brings a new one
//   (the object the event carries); remoteSettings is {} again once the session is destroyed;
// - an advertised maxHeaderListSize is not enforced on what arrives (a client advertising 1
//   still gets its response, before and after the SETTINGS exchange);
// - a header block that would be larger than 64 KiB is not sent: its stream is reset with
//   FRAME_SIZE_ERROR on both sides.
const assert = require('assert');
const net = require('net');
const http2 = require('http2');

const U32 = 2 ** 32 - 1;
const steps = [];
process.on('exit', () => assert.deepStrictEqual(steps, ['defaults', 'wire', 'objects', 'small limit', 'late small limit', 'big block']));

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

// The first SETTINGS frame a client session sends, as "id=value" pairs.
function firstClientSettings() {
  return new Promise((resolve) => {
    const raw = net.createServer((sock) => {
      let buf = Buffer.alloc(0);
      sock.on('data', (d) => {
        buf = Buffer.concat([buf, d]);
        if (buf.length < 24 + 9 || buf.length < 33 + buf.readUIntBE(24, 3)) return;
        const out = [];
        for (let i = 0; i < buf.readUIntBE(24, 3); i += 6) out.push(`${buf.readUInt16BE(33 + i)}=${buf.readUInt32BE(35 + i)}`);
        sock.destroy();
        raw.close();
        client.destroy();
        resolve(out);
      });
    });
    let client;
    raw.listen(0, '127.0.0.1', () => {
      client = http2.connect(`http://127.0.0.1:${raw.address().port}`);
      client.on('error', () => {});
    });
  });
}

// The first SETTINGS frame an http2 server sends.
function firstServerSettings() {
  return new Promise((resolve) => {
    const server = http2.createServer();
    listen(server).then((port) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.write('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
        sock.write(Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]));
      });
      let buf = Buffer.alloc(0);
      sock.on('data', (d) => {
        buf = Buffer.concat([buf, d]);
        if (buf.length < 9 || buf.length < 9 + buf.readUIntBE(0, 3)) return;
        const out = [];
        for (let i = 0; i < buf.readUIntBE(0, 3); i += 6) out.push(`${buf.readUInt16BE(9 + i)}=${buf.readUInt32BE(11 + i)}`);
        sock.destroy();
        server.close();
        resolve(out);
      });
    });
  });
}

// One request to a server answering with `size` octets in an x-big header; resolves with what
// each side saw, sorted (the two sides' events interleave differently from run to run).
async function exchange(size, clientSettings, late) {
  const server = http2.createServer();
  const seen = [];
  server.on('stream', (stream) => {
    stream.on('error', (err) => seen.push('server stream error ' + err.code + ' ' + err.message));
    stream.on('close', () => seen.push('server stream close ' + stream.rstCode));
    stream.respond({ 'x-big': 'a'.repeat(size) });
    stream.end('x');
  });
  const port = await listen(server);
  const client = http2.connect(`http://127.0.0.1:${port}`, late ? {} : { settings: clientSettings });
  await new Promise((resolve) => {
    const req = client.request();
    if (late) req.on('ready', () => client.settings(clientSettings));
    req.on('response', (h) => seen.push('response ' + h[':status'] + ' ' + h['x-big'].length));
    req.on('error', (err) => seen.push('request error ' + err.code));
    req.resume();
    req.on('close', () => {
      seen.push('request close ' + req.rstCode);
      client.close();
      server.close(resolve);
    });
  });
  return seen.sort();
}

(async () => {
  const defaults = {
    headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
    maxConcurrentStreams: U32, maxHeaderListSize: U32, maxHeaderSize: U32, enableConnectProtocol: false,
  };
  {
    const server = http2.createServer();
    let serverSide;
    server.on('stream', (stream) => {
      serverSide = { local: stream.session.localSettings, remote: stream.session.remoteSettings };
      stream.respond();
      stream.end();
    });
    const port = await listen(server);
    const client = http2.connect(`http://127.0.0.1:${port}`);
    const before = client.localSettings;
    assert.deepStrictEqual(before, {});
    assert.notStrictEqual(client.localSettings, before);
    assert.deepStrictEqual(client.remoteSettings, {});
    let local;
    let remote;
    client.on('connect', () => {
      local = client.localSettings;
      remote = client.remoteSettings;
      assert.deepStrictEqual(local, defaults);
      assert.strictEqual(client.localSettings, local);
      assert.strictEqual(client.remoteSettings, remote);
    });
    const events = [];
    client.on('remoteSettings', (s) => {
      assert.strictEqual(client.remoteSettings, s);
      events.push('remoteSettings');
    });
    client.on('localSettings', (s) => {
      assert.strictEqual(client.localSettings, s);
      events.push('localSettings');
    });
    await new Promise((resolve) => {
      const req = client.request();
      req.resume();
      req.on('end', () => {
        assert.deepStrictEqual(serverSide.local, defaults);
        assert.deepStrictEqual(serverSide.remote, defaults);
        assert.deepStrictEqual(client.remoteSettings, defaults);
        assert.deepStrictEqual(events.sort(), ['localSettings', 'remoteSettings']);
        client.destroy();
        assert.deepStrictEqual(client.remoteSettings, {});
        server.close(resolve);
      });
    });
    steps.push('defaults');
  }

  assert.deepStrictEqual(await firstClientSettings(), []);
  assert.deepStrictEqual(await firstServerSettings(), []);
  steps.push('wire');

  {
    // Settings a session was given are in its first SETTINGS frame and its localSettings.
    const server = http2.createServer({ settings: { maxConcurrentStreams: 7, enablePush: false } });
    let acked = 0;
    server.on('session', (session) => session.on('localSettings', (s) => {
      assert.strictEqual(s.maxConcurrentStreams, 7);
      assert.strictEqual(s.enablePush, false);
      assert.strictEqual(session.localSettings, s);
      acked++;
    }));
    server.on('stream', (stream) => {
      stream.respond();
      stream.end();
    });
    const port = await listen(server);
    const client = http2.connect(`http://127.0.0.1:${port}`);
    await new Promise((resolve) => {
      client.on('remoteSettings', (s) => {
        assert.strictEqual(s.maxConcurrentStreams, 7);
        assert.strictEqual(s.enablePush, false);
      });
      const req = client.request();
      req.resume();
      req.on('end', () => {
        client.close();
        server.close(resolve);
      });
    });
    assert.strictEqual(acked, 1);
    steps.push('objects');
  }

  assert.deepStrictEqual(await exchange(10, { maxHeaderListSize: 1 }, false),
    ['request close 0', 'response 200 10', 'server stream close 0']);
  steps.push('small limit');
  assert.deepStrictEqual(await exchange(10, { maxHeaderListSize: 1 }, true),
    ['request close 0', 'response 200 10', 'server stream close 0']);
  steps.push('late small limit');
  assert.deepStrictEqual(await exchange(70000, {}, false), [
    'request close 6',
    'request error ERR_HTTP2_STREAM_ERROR',
    'server stream close 6',
    'server stream error ERR_HTTP2_STREAM_ERROR Stream closed with error code NGHTTP2_FRAME_SIZE_ERROR',
  ]);
  steps.push('big block');
})();
