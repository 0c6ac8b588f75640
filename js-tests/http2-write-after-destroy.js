'use strict';
// After stream.destroy() without an error Node leaves the writable side ended (writableEnded true,
// writableFinished false): write() then fails with ERR_STREAM_WRITE_AFTER_END through its callback
// only (no 'error' event: the stream is destroyed), end() likewise. destroy(err) leaves it as it
// was: ERR_STREAM_DESTROYED. close() ends the writable side and is not destroyed: the same
// ERR_STREAM_WRITE_AFTER_END also comes as an 'error' event.
const assert = require('assert');
const http2 = require('http2');

const results = {};
process.on('exit', () => {
  assert.deepStrictEqual(results, {
    destroy: [
      'writableEnded=true writable=false destroyed=true writableFinished=false',
      'write returned false',
      'write cb ERR_STREAM_WRITE_AFTER_END write after end',
      'end cb ERR_STREAM_WRITE_AFTER_END',
    ],
    destroyErr: [
      'writableEnded=false writable=false destroyed=true writableFinished=false',
      'write returned false',
      'error x',
      'write cb ERR_STREAM_DESTROYED Cannot call write after a stream was destroyed',
      'end cb ERR_STREAM_DESTROYED',
    ],
    close: [
      'writableEnded=true writable=false destroyed=false writableFinished=false',
      'write returned false',
      'write cb ERR_STREAM_WRITE_AFTER_END write after end',
      'error ERR_STREAM_WRITE_AFTER_END',
      'end cb ERR_STREAM_WRITE_AFTER_END',
    ],
  });
});

function run(mode, next) {
  const log = results[mode] = [];
  const server = http2.createServer();
  server.on('stream', (stream) => {
    stream.respond();
    stream.on('error', (e) => log.push('error ' + (e.code || e.message)));
    if (mode === 'destroy') stream.destroy();
    if (mode === 'destroyErr') stream.destroy(new Error('x'));
    if (mode === 'close') stream.close();
    log.push(`writableEnded=${stream.writableEnded} writable=${stream.writable} ` +
      `destroyed=${stream.destroyed} writableFinished=${stream.writableFinished}`);
    log.push('write returned ' + stream.write('x', (e) => log.push(`write cb ${e.code} ${e.message}`)));
    stream.end('y', (e) => log.push('end cb ' + e.code));
    stream.on('close', () => setImmediate(() => {
      client.close();
      server.close(next);
    }));
  });
  let client;
  server.listen(0, () => {
    client = http2.connect(`http://localhost:${server.address().port}`);
    client.on('error', () => {});
    const req = client.request();
    req.on('error', () => {});
    req.resume();
  });
}

const modes = ['destroy', 'destroyErr', 'close'];
(function step(i) {
  if (i < modes.length) run(modes[i], () => step(i + 1));
})(0);
