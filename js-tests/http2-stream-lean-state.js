'use strict';
// compare-stdout
// Server streams keep little own state: a clean end leaves rstCode to its default, an end() that
// waits for the engine is found from the stream's flags, and captureRejections applies as it was
// when the stream was made. What each of these shows from outside, as node shows it:
//   1. rstCode (and destroy(err) after the end) of a stream the exchange closed cleanly;
//   2. 'prefinish' / 'finish' / end() callback of a response that ends with a body, with a
//      'prefinish' listener added after end() (the stream is woken while its end is parked);
//   3. an async listener rejecting on a stream made with captureRejections on, and one on a
//      stream made while it was off, after the default was turned on.
const assert = require('assert');
const http2 = require('http2');
const EventEmitter = require('events');

const out = [];
const client = [];
const server = http2.createServer();
let made = 0;
server.on('stream', (stream, headers) => {
  const kind = headers[':path'];
  made++;
  if (kind === '/clean') {
    stream.on('close', () => {
      out.push(`clean close rst=${stream.rstCode} closed=${stream.closed} destroyed=${stream.destroyed}`);
      stream.destroy(new Error('late'));
      out.push(`clean after destroy(err) rst=${stream.rstCode}`);
    });
    stream.on('error', (e) => out.push('clean error ' + e.message));
    stream.respond({ ':status': 200 });
    stream.end('ok');
    return;
  }
  if (kind === '/parked') {
    stream.respond({ ':status': 200 });
    stream.end('body', () => out.push('parked end callback'));
    stream.on('prefinish', () => out.push(`parked prefinish ended=${stream.writableEnded}`));
    stream.on('finish', () => out.push(`parked finish finished=${stream.writableFinished}`));
    stream.on('close', () => out.push(`parked close rst=${stream.rstCode}`));
    return;
  }
  if (kind === '/capture-on') {
    stream.on('error', (e) => out.push('capture-on error ' + e.message));
    stream.on('close', () => out.push('capture-on close'));
    stream.on('probe', async () => { throw new Error('rejected'); });
    stream.emit('probe');
    return;
  }
  if (kind === '/capture-off') {
    EventEmitter.captureRejections = true; // after this stream was made
    stream.on('probe', async () => { throw new Error('not captured'); });
    stream.emit('probe');
    EventEmitter.captureRejections = false;
    stream.respond({ ':status': 200 });
    stream.end();
  }
});

process.on('unhandledRejection', (e) => out.push('unhandled ' + e.message));

function get(session, path) {
  return new Promise((resolve) => {
    const req = session.request({ ':path': path });
    req.on('error', () => {});
    req.resume();
    req.on('close', () => resolve(req.rstCode));
    req.end();
  });
}

server.listen(0, async () => {
  const session = http2.connect('http://localhost:' + server.address().port);
  client.push('client /clean ' + await get(session, '/clean'));
  client.push('client /parked ' + await get(session, '/parked'));
  client.push('client /capture-off ' + await get(session, '/capture-off'));
  EventEmitter.captureRejections = true;
  const r = await get(session, '/capture-on');
  EventEmitter.captureRejections = false;
  client.push('client /capture-on ' + r);
  setTimeout(() => {
    session.close();
    server.close();
    assert.strictEqual(made, 4);
    console.log(out.join('\n'));
    console.log(client.join('\n'));
  }, 50);
});
