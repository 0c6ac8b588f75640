'use strict';
// SETTINGS: the connect() settings option, session.settings() with its callback, localSettings,
// remoteSettings, pendingSettingsAck and the 'localSettings'/'remoteSettings' events.
const assert = require('assert');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 5));

const server = http2.createServer({ settings: { maxConcurrentStreams: 50, initialWindowSize: 100000 } });
server.on('session', (session) => {
  session.once('remoteSettings', (settings) => {
    assert.strictEqual(settings.enablePush, false);
    assert.strictEqual(settings.maxHeaderListSize, 32768);
    done++;
  });
});
server.on('stream', (stream) => {
  stream.respond();
  stream.end();
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`,
    { settings: { enablePush: false, maxHeaderListSize: 32768 } });
  client.once('remoteSettings', (settings) => {
    assert.strictEqual(settings.maxConcurrentStreams, 50);
    assert.strictEqual(settings.initialWindowSize, 100000);
    assert.strictEqual(client.remoteSettings.maxConcurrentStreams, 50);
    done++;
  });
  client.once('localSettings', (settings) => {
    assert.strictEqual(settings.enablePush, false);
    assert.strictEqual(settings.maxHeaderListSize, 32768);
    assert.strictEqual(client.localSettings.enablePush, false);

    assert.throws(() => client.settings({ maxFrameSize: 1 }), {
      name: 'RangeError',
      code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
      message: 'Invalid value for setting "maxFrameSize": 1',
    });
    assert.throws(() => client.settings({ enablePush: 1 }), {
      name: 'TypeError',
      code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
      message: 'Invalid value for setting "enablePush": 1',
    });
    assert.throws(() => client.settings(5), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "settings" argument must be of type object. Received type number (5)',
    });
    assert.throws(() => client.settings({}, 5), { code: 'ERR_INVALID_ARG_TYPE' });

    client.settings({ initialWindowSize: 200000, headerTableSize: 8192 }, (err, s, duration) => {
      assert.ifError(err);
      assert.strictEqual(s.initialWindowSize, 200000);
      assert.strictEqual(s.headerTableSize, 8192);
      assert.strictEqual(typeof duration, 'number');
      assert.strictEqual(client.pendingSettingsAck, false);
      done++;
      const req = client.request();
      req.resume();
      req.on('close', () => {
        client.close();
        server.close();
        done++;
      });
    });
    assert.strictEqual(client.pendingSettingsAck, true);
    client.once('localSettings', (s) => {
      assert.strictEqual(s.initialWindowSize, 200000);
      done++;
    });
  });
});
