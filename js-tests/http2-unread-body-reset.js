'use strict';
// A server stream whose response ended while the request body was never consumed (readableFlowing
// null) and the client has not ended it is closed with RST_STREAM NO_ERROR, so a client sending a
// body larger than the flow-control window is not left waiting: it gets the whole response,
// 'end', 'aborted' (its writable side was still open) and 'close' with rstCode 0. A server that
// reads the body (or paused it, and resumes it later) keeps the stream open until the client ends
// its side. Same through the compatibility API.
const assert = require('assert');
const http2 = require('http2');

const results = {};
process.on('exit', () => {
  assert.deepStrictEqual(results, {
    'stream unread': {
      client: ['response', 'data ok', 'end', 'aborted', 'close 0 writableFinished=false'],
      server: ['finish flowing=null', 'close 0'],
      writeCb: null,
    },
    'stream unread, request ended': {
      client: ['response', 'data ok', 'end', 'close 0 writableFinished=false'],
      server: ['finish flowing=null', 'close 0'],
      writeCb: null,
    },
    'stream read': {
      client: ['response', 'data ok', 'end', 'close 0 writableFinished=true'],
      server: ['close 0'],
      writeCb: null,
    },
    'stream paused': {
      client: ['response', 'data ok', 'end', 'close 0 writableFinished=true'],
      server: ['finish flowing=false', 'close 0'],
      writeCb: null,
    },
    'compat unread': {
      client: ['response', 'data ok', 'end', 'aborted', 'close 0 writableFinished=false'],
      server: ['close 0'],
      writeCb: null,
    },
  });
});

function run(name, { compat, mode, endRequest }, next) {
  const r = results[name] = { client: [], server: [], writeCb: undefined };
  const server = compat ? http2.createServer((req, res) => {
    res.stream.on('close', () => r.server.push('close ' + res.stream.rstCode));
    res.end('ok');
  }) : http2.createServer();
  if (!compat) {
    server.on('stream', (stream) => {
      if (mode === 'read') stream.resume();
      if (mode === 'paused') stream.pause();
      stream.on('finish', () => {
        // (Whether 'finish' comes before 'close' when the client ended first is timing.)
        if (mode !== 'read') r.server.push('finish flowing=' + stream.readableFlowing);
        if (mode === 'paused') stream.resume();
      });
      stream.on('close', () => r.server.push('close ' + stream.rstCode));
      stream.respond();
      stream.end('ok');
    });
  }
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const req = client.request({ ':method': 'POST' });
    req.setEncoding('utf8');
    req.on('response', () => r.client.push('response'));
    req.on('data', (d) => r.client.push('data ' + d));
    req.on('end', () => r.client.push('end'));
    req.on('aborted', () => r.client.push('aborted'));
    req.on('error', (e) => r.client.push('error ' + e.code));
    req.on('close', () => {
      r.client.push(`close ${req.rstCode} writableFinished=${req.writableFinished}`);
      client.close();
      server.close(next);
    });
    const big = mode === 'read' || mode === 'paused' ? 10 : 200000;
    req.write(Buffer.alloc(big), (e) => { r.writeCb = e === undefined ? null : e && e.code; });
    if (endRequest || mode === 'read' || mode === 'paused') req.end();
  });
}

const cases = [
  ['stream unread', {}],
  ['stream unread, request ended', { endRequest: true }],
  ['stream read', { mode: 'read' }],
  ['stream paused', { mode: 'paused' }],
  ['compat unread', { compat: true }],
];
(function step(i) {
  if (i < cases.length) run(cases[i][0], cases[i][1], () => step(i + 1));
})(0);
