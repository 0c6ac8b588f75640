'use strict';
// http2.connect(authority, { createConnection }) with a net.Socket: the session runs over the socket
// the function returns (still connecting at that point), session.socket reads through to it, and
// closing the session closes the socket.
const assert = require('assert');
const net = require('net');
const http2 = require('http2');

let done = 0;
process.on('exit', () => assert.strictEqual(done, 4));

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  assert.strictEqual(headers[':path'], '/via-socket');
  assert.strictEqual(headers[':authority'], 'example.test:8080');
  stream.respond({ ':status': 200 });
  stream.end('hello over a given socket');
});

server.listen(0, () => {
  const port = server.address().port;
  let created;
  const client = http2.connect('http://example.test:8080', {
    createConnection(authority, options) {
      assert.ok(authority instanceof URL);
      assert.strictEqual(authority.host, 'example.test:8080');
      assert.strictEqual(typeof options.createConnection, 'function');
      created = net.connect(port, '127.0.0.1');
      return created;
    },
  });
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.socket.connecting, true);
  client.on('connect', (session, socket) => {
    assert.strictEqual(session, client);
    assert.strictEqual(socket, created);
    assert.strictEqual(client.alpnProtocol, 'h2c');
    assert.strictEqual(client.encrypted, false);
    assert.strictEqual(client.socket.remotePort, port);
    assert.strictEqual(client.socket.remoteAddress, '127.0.0.1');
    assert.ok(client.socket instanceof net.Socket);
    assert.strictEqual(typeof client.socket.address, 'function');
    done++;
  });
  const req = client.request({ ':path': '/via-socket' });
  req.on('response', (headers) => {
    assert.strictEqual(headers[':status'], 200);
    done++;
  });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    assert.strictEqual(body, 'hello over a given socket');
    done++;
    created.on('close', () => {
      done++;
      server.close();
    });
    client.close();
  });
});
