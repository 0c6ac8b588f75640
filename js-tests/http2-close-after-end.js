'use strict';
// stream.close() on a stream whose writable side is already ending (end() called) keeps the data:
// with NO_ERROR the RST_STREAM waits for 'finish', so the peer receives every byte. The stream
// reports closed at once. With another code the stream is reset right away.
const assert = require('assert');
const http2 = require('http2');

const content = Buffer.alloc(1e5, 0x44);
const results = [];
process.on('exit', () => assert.deepStrictEqual(results, [
  'code 0: server closed true rst 0, events finish,close; client got 200000 rst 0',
  'code 8: server closed true rst 8, events close; client rst 8',
]));

function run(code) {
  return new Promise((resolve) => {
    const server = http2.createServer();
    let serverLine;
    server.on('stream', (stream) => {
      const events = [];
      stream.on('finish', () => events.push('finish'));
      stream.on('error', (err) => events.push('error ' + err.code));
      stream.respond();
      stream.write(content);
      stream.write(content);
      stream.end();
      stream.close(code);
      const now = `server closed ${stream.closed} rst ${stream.rstCode}`;
      stream.on('close', () => {
        events.push('close');
        serverLine = `${now}, events ${events.join(',')}`;
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
      const req = client.request();
      req.end();
      let got = 0;
      req.on('data', (b) => { got += b.length; });
      req.on('error', () => {});
      req.on('close', () => {
        client.close();
        server.close(() => {
          const clientPart = code === 0 ? `client got ${got} rst ${req.rstCode}` : `client rst ${req.rstCode}`;
          results.push(`code ${code}: ${serverLine}; ${clientPart}`);
          resolve();
        });
      });
    });
  });
}

run(0).then(() => run(http2.constants.NGHTTP2_CANCEL));
