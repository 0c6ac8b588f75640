'use strict';
// The peer drops the TCP connection mid-response (a raw net server that sends HEADERS and part of
// the body) and mid-request (a raw net client that sends a POST's HEADERS and part of its body).
// Either side ends with Node's events and codes, and the loop drains.
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

function frame(type, flags, id, payload) {
  const h = Buffer.alloc(9);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(id, 5);
  return Buffer.concat([h, payload]);
}
const SETTINGS = 4, HEADERS = 1, DATA = 0, END_HEADERS = 4, ACK = 1;

const log = { response: [], request: [] };
process.on('exit', () => {
  assert.deepStrictEqual(log.response, [
    'response 200', 'data partial', 'end', 'close rst=8 aborted=false', 'session close',
  ]);
  assert.deepStrictEqual(log.request, [
    'stream POST', 'data half', 'aborted', 'end', 'close rst=8 aborted=true', 'session close',
  ]);
});

// Mid-response: our client against a raw peer that hangs up after part of the body.
const peer = net.createServer((sock) => {
  let got = 0;
  sock.on('error', () => {});
  sock.on('data', (d) => {
    if (got === -1) return;
    got += d.length;
    if (got < 24 + 9) return; // preface + our SETTINGS
    got = -1;
    sock.write(frame(SETTINGS, 0, 0, Buffer.alloc(0)));
    sock.write(frame(SETTINGS, ACK, 0, Buffer.alloc(0)));
    setTimeout(() => {
      sock.write(frame(HEADERS, END_HEADERS, 1, Buffer.from([0x88]))); // :status 200
      sock.write(frame(DATA, 0, 1, Buffer.from('partial')));
      setTimeout(() => sock.destroy(), 50);
    }, 20);
  });
});
peer.listen(0, () => {
  const l = log.response;
  const client = http2.connect('http://localhost:' + peer.address().port);
  client.on('error', (e) => l.push('session error ' + e.code));
  client.on('close', () => {
    l.push('session close');
    peer.close();
    midRequest();
  });
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => l.push('response ' + h[':status']));
  req.on('data', (d) => l.push('data ' + d));
  req.on('aborted', () => l.push('aborted'));
  req.on('end', () => l.push('end'));
  req.on('error', (e) => l.push('error ' + e.code));
  req.on('close', () => l.push('close rst=' + req.rstCode + ' aborted=' + req.aborted));
});

// Mid-request: our server against a raw client that hangs up after part of the request body.
function midRequest() {
  const l = log.request;
  const server = http2.createServer();
  server.on('session', (s) => {
    s.on('error', (e) => l.push('session error ' + e.code));
    s.on('close', () => {
      l.push('session close');
      server.close();
    });
  });
  server.on('stream', (stream, headers) => {
    l.push('stream ' + headers[':method']);
    stream.on('data', (d) => l.push('data ' + d));
    stream.on('aborted', () => l.push('aborted'));
    stream.on('end', () => l.push('end'));
    stream.on('error', (e) => l.push('error ' + e.code));
    stream.on('close', () => l.push('close rst=' + stream.rstCode + ' aborted=' + stream.aborted));
  });
  server.listen(0, () => {
    const sock = net.connect(server.address().port, 'localhost', () => {
      sock.write('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
      sock.write(frame(SETTINGS, 0, 0, Buffer.alloc(0)));
      // :method POST, :scheme http, :path /, :authority localhost (literal, indexed name)
      const block = Buffer.concat([Buffer.from([0x83, 0x86, 0x84, 0x41, 9]), Buffer.from('localhost')]);
      sock.write(frame(HEADERS, END_HEADERS, 1, block));
      sock.write(frame(DATA, 0, 1, Buffer.from('half')));
      setTimeout(() => sock.destroy(), 100);
    });
    sock.on('error', () => {});
  });
}
