'use strict';
// What a server puts on the wire when a stream is closed or destroyed locally after it queued
// headers and data: Node sends the queued frames first (DATA as far as the flow-control window
// allows, the rest is dropped), then RST_STREAM. close() ends the writable side first; that end
// reaches the peer (END_STREAM before the RST_STREAM) when nothing written is in flight, and
// always with NGHTTP2_CANCEL, whose RST_STREAM then says NO_ERROR if the peer had ended its side.
// A raw client records the frames of each stream.
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
const DATA = 0, HEADERS = 1, RST = 3, SETTINGS = 4, WINDOW_UPDATE = 8;
const END_STREAM = 1, END_HEADERS = 4;
// :method GET/POST, :scheme http, :path /, :authority localhost (static-table indexes).
const get = Buffer.concat([Buffer.from([0x82, 0x86, 0x84, 0x41, 9]), Buffer.from('localhost')]);
const post = Buffer.concat([Buffer.from([0x83, 0x86, 0x84, 0x41, 9]), Buffer.from('localhost')]);

const cases = [
  // [name, request ends (GET), handler, frames Node sends]
  ['destroy(err) after write', true, (s) => {
    s.on('error', () => {});
    s.respond();
    s.write('hello');
    s.destroy(new Error('kaboom'));
  }, ['HEADERS', 'DATA 5', 'RST 2']],
  ['write without respond, destroy(err)', true, (s) => {
    s.on('error', () => {});
    s.write('hello');
    s.destroy(new Error('kaboom'));
  }, ['HEADERS', 'DATA 5', 'RST 2']],
  ['destroy() after write', true, (s) => {
    s.respond();
    s.write('hello');
    s.destroy();
  }, ['HEADERS', 'DATA 5', 'RST 0']],
  ['close(0) after write', true, (s) => {
    s.respond();
    s.write('hello');
    s.close(0);
  }, ['HEADERS', 'DATA 5', 'RST 0']],
  ['close(CANCEL) after write, GET', true, (s) => {
    s.respond();
    s.write('hello');
    s.close(http2.constants.NGHTTP2_CANCEL);
  }, ['HEADERS', 'DATA 5 END', 'RST 0']],
  ['close(CANCEL) after write, POST', false, (s) => {
    s.respond();
    s.write('hello');
    s.close(http2.constants.NGHTTP2_CANCEL);
  }, ['HEADERS', 'DATA 5 END', 'RST 8']],
  ['close(INTERNAL_ERROR) after write', true, (s) => {
    s.on('error', () => {});
    s.respond();
    s.write('hello');
    s.close(2);
  }, ['HEADERS', 'DATA 5', 'RST 2']],
  ['close(INTERNAL_ERROR) after respond', true, (s) => {
    s.on('error', () => {});
    s.respond();
    s.close(2);
  }, ['HEADERS', 'DATA 0 END', 'RST 2']],
  ['destroy(err) after respond', false, (s) => {
    s.on('error', () => {});
    s.respond();
    s.destroy(new Error('x'));
  }, ['HEADERS', 'RST 2']],
  ['close(CANCEL) without respond', true, (s) => {
    s.close(http2.constants.NGHTTP2_CANCEL);
  }, ['RST 8']],
  ['close(CANCEL) after a write beyond the window', false, (s) => {
    s.respond();
    s.write(Buffer.alloc(100000, 'a'));
    s.close(http2.constants.NGHTTP2_CANCEL);
  }, ['HEADERS', 'DATA 16384', 'DATA 16384', 'DATA 16384', 'DATA 16383', 'RST 8']],
];

const got = new Map();
process.on('exit', () => {
  cases.forEach(([name, , , want], i) => {
    assert.deepStrictEqual(got.get(2 * i + 1), want, name);
  });
});

const server = http2.createServer();
server.on('stream', (stream) => cases[(stream.id - 1) / 2][2](stream));
server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1', () => {
    // A large connection window: each stream is limited by its own (65535).
    const inc = Buffer.alloc(4);
    inc.writeUInt32BE(1 << 24);
    const out = [Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), frame(SETTINGS, 0, 0, Buffer.alloc(0)),
      frame(WINDOW_UPDATE, 0, 0, inc)];
    cases.forEach(([, ends], i) => {
      out.push(frame(HEADERS, END_HEADERS | (ends ? END_STREAM : 0), 2 * i + 1, ends ? get : post));
    });
    sock.write(Buffer.concat(out));
  });
  let buf = Buffer.alloc(0);
  let resets = 0;
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    while (buf.length >= 9) {
      const len = buf.readUIntBE(0, 3);
      if (buf.length < 9 + len) break;
      const type = buf[3], flags = buf[4], id = buf.readUInt32BE(5) & 0x7fffffff;
      const payload = buf.subarray(9, 9 + len);
      buf = buf.subarray(9 + len);
      if (type === SETTINGS && !(flags & 1)) sock.write(frame(SETTINGS, 1, 0, Buffer.alloc(0)));
      if (id === 0) continue;
      let s;
      if (type === HEADERS) s = 'HEADERS' + (flags & END_STREAM ? ' END' : '');
      else if (type === DATA) s = 'DATA ' + len + (flags & END_STREAM ? ' END' : '');
      else if (type === RST) s = 'RST ' + payload.readUInt32BE(0);
      else s = 'type ' + type;
      if (!got.has(id)) got.set(id, []);
      got.get(id).push(s);
      if (type === RST && ++resets === cases.length) {
        sock.end();
        server.close();
      }
    }
  });
  sock.on('error', () => {});
});
