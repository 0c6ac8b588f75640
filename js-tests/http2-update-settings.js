'use strict';
// server.updateSettings() (probed on Node 20): sessions accepted afterwards start with the merged
// settings; a session already open is not sent new SETTINGS.
const assert = require('assert');
const http2 = require('http2');

const log = [];
process.on('exit', () => {
  assert.deepStrictEqual(log, ['c1 settings', 'c2 settings 7 100000']);
});

const server = http2.createServer({ settings: { initialWindowSize: 100000 } });
server.listen(0, () => {
  const url = 'http://localhost:' + server.address().port;
  const c1 = http2.connect(url);
  c1.on('remoteSettings', () => log.push('c1 settings'));
  c1.on('connect', () => {
    server.updateSettings({ maxConcurrentStreams: 7 });
    setTimeout(() => {
      const c2 = http2.connect(url);
      c2.on('remoteSettings', (s) => {
        log.push('c2 settings ' + s.maxConcurrentStreams + ' ' + s.initialWindowSize);
        setTimeout(() => {
          c1.close();
          c2.close();
          server.close();
        }, 50);
      });
    }, 50);
  });
});
