'use strict';
// allowHalfOpen: the server gets 'end' from the client yet can still write, then ends; without
// allowHalfOpen the socket ends its side automatically after 'end'.
const assert = require('assert');
const net = require('net');

const log = [];
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    log.push('server:end');
    assert.strictEqual(got, 'question');
    assert.strictEqual(sock.writable, true);
    assert.strictEqual(sock.readyState, 'writeOnly');
    setTimeout(() => sock.end('answer'), 20);
  });
  sock.on('close', () => {
    log.push('server:close');
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('question');
  });
  let answer = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { answer += d; });
  c.on('finish', () => log.push('client:finish'));
  c.on('end', () => {
    log.push('client:end');
    assert.strictEqual(answer, 'answer');
  });
  c.on('close', () => log.push('client:close'));
});

process.on('exit', () => {
  for (const e of ['client:finish', 'server:end', 'client:end', 'client:close', 'server:close']) {
    assert.ok(log.includes(e), 'missing ' + e + ': ' + log.join(','));
  }
  assert.ok(log.indexOf('server:end') < log.indexOf('client:end'));
});
