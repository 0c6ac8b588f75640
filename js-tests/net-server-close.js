'use strict';
// server.close() stops accepting but 'close' waits for open connections; getConnections counts them;
// maxConnections drops extra connections; setTimeout emits 'timeout' on an idle socket.
const assert = require('assert');
const net = require('net');

const log = [];
const sockets = [];
const server = net.createServer((s) => {
  sockets.push(s);
  s.on('error', () => {});
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1');
  const b = net.connect(port, '127.0.0.1');
  a.on('error', () => {});
  b.on('error', () => {});
  let connected = 0;
  const onConnect = () => {
    if (++connected < 2) return;
    setTimeout(() => {
      server.getConnections((err, n) => {
        assert.strictEqual(err, null);
        assert.strictEqual(n, 2);
        log.push('count2');
        server.close(() => log.push('close-cb'));
        server.on('close', () => log.push('close-event'));
        assert.strictEqual(server.listening, false);
        // New connections are refused now.
        const late = net.connect(port, '127.0.0.1');
        late.on('error', (e) => {
          assert.strictEqual(e.code, 'ECONNREFUSED');
          log.push('refused');
          a.setTimeout(30, () => {
            log.push('timeout');
            a.destroy();
            b.end();
          });
        });
      });
    }, 20);
  };
  a.on('connect', onConnect);
  b.on('connect', onConnect);
});

const limited = net.createServer((s) => {
  log.push('limited-conn');
  s.on('error', () => {});
  setTimeout(() => s.destroy(), 50);
});
limited.maxConnections = 1;
limited.listen(0, '127.0.0.1', () => {
  const port = limited.address().port;
  const first = net.connect(port, '127.0.0.1', () => {
    const second = net.connect(port, '127.0.0.1');
    second.on('error', () => {});
    second.on('close', () => {
      log.push('second-dropped');
      first.destroy();
      limited.close();
    });
    second.resume();
  });
  first.on('error', () => {});
});

process.on('exit', () => {
  for (const e of ['count2', 'refused', 'timeout', 'close-cb', 'close-event', 'second-dropped']) {
    assert.ok(log.includes(e), 'missing ' + e + ': ' + log.join(','));
  }
  assert.strictEqual(log.filter((e) => e === 'limited-conn').length, 1);
  assert.ok(log.indexOf('timeout') < log.indexOf('close-event'));
});
