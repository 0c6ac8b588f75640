'use strict';
// destroy() while writes are queued behind flow control (the client's window is 0, so nothing can
// be sent): on a stream and on a whole session. Queued write callbacks run (the unwritten one with
// ERR_STREAM_DESTROYED), 'close' fires on both sides with Node's codes, and the loop drains.
const assert = require('assert');
const http2 = require('http2');

const events = [];
process.on('exit', () => {
  assert.deepStrictEqual(events.sort(), [
    '/session client close rst=8',
    '/session queued true',
    '/session server stream close rst=0',
    '/session write cb ERR_STREAM_DESTROYED',
    '/session write cb ok',
    '/stream client close rst=0',
    '/stream queued true',
    '/stream server stream close rst=0',
    '/stream write cb ERR_STREAM_DESTROYED',
    '/stream write cb ok',
    'client close',
    'server session close',
  ]);
});

const server = http2.createServer();
server.on('session', (s) => s.on('close', () => events.push('server session close')));
server.on('stream', (stream, headers) => {
  const tag = headers[':path'];
  stream.respond();
  const big = Buffer.alloc(1 << 20, 'x');
  const done = (e) => events.push(tag + ' write cb ' + (e ? e.code : 'ok'));
  stream.write(big, done);
  stream.write(big, done);
  events.push(tag + ' queued ' + (stream.writableLength > 0));
  stream.on('error', (e) => events.push(tag + ' server stream error ' + e.code));
  stream.on('close', () => events.push(tag + ' server stream close rst=' + stream.rstCode));
  setTimeout(() => {
    if (tag === '/stream') stream.destroy();
    else stream.session.destroy();
  }, 50);
});
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port, { settings: { initialWindowSize: 0 } });
  client.on('error', (e) => events.push('client error ' + e.code));
  const req = client.request({ ':path': '/stream' });
  req.on('error', (e) => events.push('/stream client error ' + e.code));
  req.on('close', () => {
    events.push('/stream client close rst=' + req.rstCode);
    const req2 = client.request({ ':path': '/session' });
    req2.on('error', (e) => events.push('/session client error ' + e.code));
    req2.on('close', () => events.push('/session client close rst=' + req2.rstCode));
    client.on('close', () => {
      events.push('client close');
      server.close();
    });
  });
});
