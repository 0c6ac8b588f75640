'use strict';
// Graceful shutdown with a stream open: server.close() stops accepting (a new connection is
// refused) and session.close() sends GOAWAY; the open stream still finishes its body, then the
// sessions close, both close callbacks run and the loop drains.
const assert = require('assert');
const http2 = require('http2');

const events = [];
process.on('exit', () => {
  assert.deepStrictEqual(events.sort(), [
    'client close',
    'client goaway code=0 last=1',
    'new connection ECONNREFUSED',
    'server close callback',
    'server session close',
    'server session close callback',
    'slow body ab',
    'slow close rst=0',
  ]);
});

const server = http2.createServer();
const sessions = new Set();
server.on('session', (s) => {
  sessions.add(s);
  s.on('close', () => {
    sessions.delete(s);
    events.push('server session close');
  });
});
server.on('stream', (stream) => {
  stream.respond();
  stream.write('a');
  server.close(() => events.push('server close callback'));
  for (const s of sessions) s.close(() => events.push('server session close callback'));
  assert.strictEqual(stream.session.closed, true);
  assert.strictEqual(stream.destroyed, false);
  setTimeout(() => stream.end('b'), 100);
});
server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect('http://localhost:' + port);
  const req = client.request({ ':path': '/slow' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => events.push('slow body ' + body));
  req.on('close', () => events.push('slow close rst=' + req.rstCode));
  client.once('goaway', (code, last) => {
    events.push('client goaway code=' + code + ' last=' + last);
    const c2 = http2.connect('http://localhost:' + port);
    c2.on('error', (e) => events.push('new connection ' + e.code));
  });
  client.on('close', () => events.push('client close'));
  client.on('error', (e) => events.push('client error ' + e.code));
});
