'use strict';
// A net server and a client exchange raw bytes; addresses, byte counters and event order.
const assert = require('assert');
const net = require('net');

const events = [];
let serverSawData = 0;
const server = net.createServer((sock) => {
  events.push('server:connection');
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv4');
  assert.strictEqual(typeof sock.remotePort, 'number');
  assert.strictEqual(sock.localPort, server.address().port);
  const chunks = [];
  sock.on('data', (d) => {
    assert.ok(Buffer.isBuffer(d));
    chunks.push(d);
  });
  sock.on('end', () => {
    const all = Buffer.concat(chunks);
    serverSawData = all.length;
    assert.deepStrictEqual([...all], [0, 1, 2, 255, 254, 0x68, 0x69]);
    assert.strictEqual(sock.bytesRead, 7);
    sock.end(Buffer.from([9, 8, 7]));
  });
  sock.on('close', (hadError) => {
    events.push('server:close:' + hadError);
    server.close();
  });
});

assert.strictEqual(server.listening, false);
assert.strictEqual(server.address(), null);
server.listen(0, '127.0.0.1', () => {
  events.push('listening');
  assert.strictEqual(server.listening, true);
  const addr = server.address();
  assert.deepStrictEqual(Object.keys(addr).sort(), ['address', 'family', 'port']);
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);

  const client = net.connect(addr.port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.readyState, 'opening');
  client.on('connect', () => {
    events.push('client:connect');
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.readyState, 'readOnly'); // end() was already called
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, addr.port);
    assert.strictEqual(client.address().address, '127.0.0.1');
    assert.strictEqual(client.address().family, 'IPv4');
    assert.strictEqual(client.address().port, client.localPort);
  });
  client.on('ready', () => events.push('client:ready'));
  client.write(Buffer.from([0, 1, 2]));
  client.write(new Uint8Array([255, 254]));
  client.end('hi', 'latin1');
  const got = [];
  client.on('data', (d) => got.push(d));
  client.on('end', () => {
    events.push('client:end');
    assert.deepStrictEqual([...Buffer.concat(got)], [9, 8, 7]);
    assert.strictEqual(client.bytesWritten, 7);
    assert.strictEqual(client.bytesRead, 3);
  });
  client.on('close', (hadError) => events.push('client:close:' + hadError));
});

process.on('exit', () => {
  assert.strictEqual(serverSawData, 7);
  for (const e of ['listening', 'server:connection', 'client:connect', 'client:ready', 'client:end', 'client:close:false', 'server:close:false']) {
    assert.ok(events.includes(e), 'missing ' + e + ' in ' + events.join(','));
  }
  assert.ok(events.indexOf('client:connect') < events.indexOf('client:ready'));
  assert.ok(events.indexOf('client:end') < events.indexOf('client:close:false'));
});
