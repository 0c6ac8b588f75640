'use strict';
// Event details of the core API probed against Node 20: a 100 informational block gives the client
// 'continue' and then 'headers'; 'ready' fires for requests made before the session connected (and
// not for later ones, whose id is set at once); many requests queued before 'connect' add no
// listeners (no MaxListenersExceededWarning); server.close() does not close an idle session, so the
// server's 'close' waits for the client to go.
const assert = require('assert');
const http2 = require('http2');

const log = [];
const tail = [];
process.on('warning', (w) => log.push('warning ' + w.name));
process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'ready x20',
    'continue', 'headers 100', 'headers 103', 'response 200', 'end',
    'late id 43 pending false',
    'client closing',
  ]);
  // The two ends close independently; the server's 'close' only after the client left.
  assert.deepStrictEqual(tail.sort(), ['client close', 'server close']);
});

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers[':path'] === '/info') {
    stream.additionalHeaders({ ':status': 100 });
    stream.additionalHeaders({ ':status': 103, link: '</a.css>; rel=preload' });
  }
  stream.respond({ ':status': 200 });
  stream.end('ok');
});

server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  let ready = 0;
  let ended = 0;
  for (let i = 0; i < 20; i++) {
    const req = client.request({ ':path': '/q' });
    assert.strictEqual(req.pending, true);
    req.on('ready', () => { if (++ready === 20) log.push('ready x20'); });
    req.resume();
    req.on('end', () => { if (++ended === 20) info(); });
  }
  function info() {
    const req = client.request({ ':path': '/info' });
    req.on('ready', () => log.push('unexpected ready'));
    req.on('continue', () => log.push('continue'));
    req.on('headers', (h) => log.push('headers ' + h[':status']));
    req.on('response', (h) => log.push('response ' + h[':status']));
    req.resume();
    req.on('end', () => {
      log.push('end');
      const late = client.request({ ':path': '/late' });
      log.push('late id ' + late.id + ' pending ' + late.pending);
      late.on('ready', () => log.push('unexpected ready'));
      late.resume();
      late.on('close', () => {
        server.close(() => tail.push(log.includes('client closing') ? 'server close' : 'server closed too early'));
        // The idle session stays up until the client leaves.
        setTimeout(() => {
          log.push('client closing');
          client.close(() => tail.push('client close'));
        }, 50);
      });
    });
  }
});
