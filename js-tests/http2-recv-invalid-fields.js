'use strict';
// A request field whose value is invalid on the wire (leading/trailing SP or HTAB, RFC 9113
// §8.2.1) is dropped by the receiving server without a word, as nghttp2 does in Node: the
// request is served, 'expect: " 100-continue"' triggers neither checkExpectation (417) nor
// checkContinue, and the valid fields around it arrive. (The client sends such values as given.)
const assert = require('assert');
const http2 = require('http2');

const got = [];
process.on('exit', () => {
  assert.deepStrictEqual(got, [
    ['request', 'POST', undefined, undefined, undefined, '1', 'data'],
    ['response', 200, 'ok'],
  ]);
});

const server = http2.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    got.push(['request', req.method, req.headers.expect, req.headers['x-b'], req.headers['x-c'], req.headers['x-a'], body]);
    res.end('ok');
  });
});
server.on('checkExpectation', (req, res) => { got.push(['checkExpectation']); res.writeHead(417); res.end(); });
server.on('checkContinue', (req, res) => { got.push(['checkContinue']); res.writeContinue(); res.end(); });
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect('http://127.0.0.1:' + server.address().port);
  const req = client.request({ ':method': 'POST', expect: ' 100-continue', 'x-b': 'v\t', 'x-c': ' ', 'x-a': '1' });
  let status;
  req.on('response', (h) => { status = h[':status']; });
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    got.push(['response', status, body]);
    client.close();
    server.close();
  });
  req.end('data');
});
