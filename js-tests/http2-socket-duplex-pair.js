'use strict';
// HTTP/2 over plain JS streams: two Duplexes wired to each other, the client gets one from
// createConnection, the server the other through server.emit('connection', duplex). Request and
// response bodies larger than the streams' buffers cross in order; closing ends both duplexes.
const assert = require('assert');
const { Duplex } = require('stream');
const http2 = require('http2');

function duplexPair() {
  const side = [];
  for (let i = 0; i < 2; i++) {
    side[i] = new Duplex({
      read() {},
      write(chunk, encoding, cb) {
        const other = side[1 - i];
        // Deliver asynchronously, like a socket.
        setImmediate(() => { other.push(chunk); cb(); });
      },
      final(cb) {
        setImmediate(() => { side[1 - i].push(null); cb(); });
      },
    });
  }
  return side;
}

let done = 0;
process.on('exit', () => assert.strictEqual(done, 5));

const [clientSide, serverSide] = duplexPair();
const big = Buffer.alloc(300 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;

const server = http2.createServer();
server.on('session', (session) => {
  assert.strictEqual(session.socket.writable, true);
  done++;
});
server.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':method'], 'POST');
  const parts = [];
  stream.on('data', (c) => parts.push(c));
  stream.on('end', () => {
    const got = Buffer.concat(parts);
    assert.ok(got.equals(big), 'request body intact');
    done++;
    stream.respond({ ':status': 200 });
    stream.end(got); // echo
  });
});
server.emit('connection', serverSide);

const client = http2.connect('http://duplex.test', { createConnection: () => clientSide });
client.on('connect', (session, socket) => {
  // Node hands over its JSStreamSocket wrapper here: only check there is a socket.
  assert.strictEqual(typeof socket, 'object');
  assert.strictEqual(session.alpnProtocol, 'h2c');
  done++;
});
const req = client.request({ ':method': 'POST', ':path': '/echo' });
req.end(big);
const parts = [];
req.on('data', (c) => parts.push(c));
req.on('end', () => {
  assert.ok(Buffer.concat(parts).equals(big), 'response body intact');
  done++;
  client.close();
});
serverSide.on('close', () => {
  done++;
});
