'use strict';
// When a session dies of an error, its open streams are destroyed with that same error. A raw
// peer opens a POST and floods empty DATA frames (CVE-2019-9518) past maxSessionInvalidFrames:
// Node gives the stream 'aborted', then 'error' ERR_HTTP2_TOO_MANY_INVALID_FRAMES and rstCode
// NGHTTP2_INTERNAL_ERROR; the session and the server report the same error.
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
const DATA = 0, HEADERS = 1, SETTINGS = 4, END_HEADERS = 4;
// :method POST, :scheme http, :path /, :authority localhost (static-table indexes).
const block = Buffer.concat([Buffer.from([0x83, 0x86, 0x84, 0x41, 9]), Buffer.from('localhost')]);

const log = [];
process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'stream POST',
    'stream aborted',
    'stream error ERR_HTTP2_TOO_MANY_INVALID_FRAMES Too many invalid HTTP/2 frames',
    'stream close rst=2',
    'sessionError ERR_HTTP2_TOO_MANY_INVALID_FRAMES',
    'session error ERR_HTTP2_TOO_MANY_INVALID_FRAMES',
    'session close',
  ]);
});

const server = http2.createServer();
server.on('sessionError', (e) => log.push('sessionError ' + e.code));
server.on('session', (s) => {
  s.on('error', (e) => log.push('session error ' + e.code));
  s.on('close', () => { log.push('session close'); server.close(); });
});
server.on('stream', (stream, headers) => {
  log.push('stream ' + headers[':method']);
  stream.on('aborted', () => log.push('stream aborted'));
  stream.on('error', (e) => log.push('stream error ' + e.code + ' ' + e.message));
  stream.on('close', () => log.push('stream close rst=' + stream.rstCode));
});
server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1', () => {
    const empty = frame(DATA, 0, 1, Buffer.alloc(0));
    sock.write(Buffer.concat([
      Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'),
      frame(SETTINGS, 0, 0, Buffer.alloc(0)),
      frame(HEADERS, END_HEADERS, 1, block),
      ...Array(1500).fill(empty),
    ]));
  });
  sock.on('error', () => {});
  sock.resume();
  sock.on('close', () => {});
  setTimeout(() => sock.destroy(), 1000).unref();
});
