'use strict';
// Echo server with a large write: write() returns false, 'drain' follows, every byte comes back in
// order, and a paused reader stops reading from the network: only about one highWaterMark of data
// is buffered in the stream while paused, the rest waits in the kernel (TCP backpressure).
const assert = require('assert');
const net = require('net');

const SIZE = 4 * 1024 * 1024;
const payload = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) payload[i] = (i * 7) & 0xff;

let drains = 0;
let verified = 0;
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    if (!sock.write(d)) {
      sock.pause();
      sock.once('drain', () => sock.resume());
    }
  });
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const chunks = [];
  let received = 0;
  client.on('data', (d) => {
    chunks.push(d);
    received += d.length;
  });
  // Hold reading for a while: the echo must back up on the server side.
  client.pause();
  setTimeout(() => {
    assert.strictEqual(received, 0);
    assert.ok(client.readableLength > 0, 'some data should have arrived');
    assert.ok(client.readableLength <= 128 * 1024, 'paused socket buffered ' + client.readableLength);
    client.resume();
  }, 300);
  const ok = client.write(payload);
  assert.strictEqual(ok, false);
  client.once('drain', () => {
    drains++;
    client.end();
  });
  client.on('end', () => {
    assert.strictEqual(received, SIZE);
    assert.ok(Buffer.concat(chunks).equals(payload));
    verified++;
    server.close();
  });
});

process.on('exit', () => {
  assert.strictEqual(drains, 1);
  assert.strictEqual(verified, 1);
});
