'use strict';
// A session over a script's own Duplex never keeps the process alive by itself, as in Node: the
// process exits once nothing else is scheduled, even with a request open or a settings() ACK
// outstanding. Whatever the sessions exchanged before that (the response headers here) still
// arrives first: the loop does not stop while work is on its way between the two sessions.
const assert = require('assert');
const { Duplex } = require('stream');
const http2 = require('http2');

function duplexPair() {
  const side = [];
  for (let i = 0; i < 2; i++) {
    side[i] = new Duplex({
      read() {},
      write(chunk, encoding, cb) {
        side[1 - i].push(chunk);
        cb();
      },
    });
  }
  return side;
}

const seen = [];
process.on('exit', () => {
  // (With a synchronous pair like this one, node emits 'data' before 'response': the order is
  // not what this test is about.)
  assert.deepStrictEqual(seen.sort(), ['data 5', 'lonely settings sent', 'response 200', 'stream']);
});

// 1. No peer at all: a request and a settings() wait forever.
{
  const [clientSide] = duplexPair();
  const client = http2.connect('http://localhost:80', { createConnection: () => clientSide });
  const req = client.request({ ':path': '/' });
  req.on('response', () => seen.push('lonely response'));
  req.on('close', () => seen.push('lonely close'));
  client.settings({ enablePush: false }, () => seen.push('lonely settings ack'));
  seen.push('lonely settings sent');
}

// 2. Both ends in this process: the response starts, then neither side ends its stream.
{
  const [clientSide, serverSide] = duplexPair();
  const server = http2.createServer();
  server.on('stream', (stream) => {
    seen.push('stream');
    stream.respond({ ':status': 200 });
    stream.write('hello');
  });
  server.emit('connection', serverSide);
  const client = http2.connect('http://localhost:80', { createConnection: () => clientSide });
  const req = client.request({ ':path': '/' });
  req.on('response', (headers) => seen.push('response ' + headers[':status']));
  req.on('data', (d) => seen.push('data ' + d.length));
  req.on('close', () => seen.push('close'));
}
