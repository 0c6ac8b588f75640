'use strict';
// expect: 100-continue. Without a 'checkContinue' listener the server answers 100 itself and emits
// 'request'; with one, 'checkContinue' replaces 'request' and writeContinue() sends the 100.
// Another expectation: 'checkExpectation', or 417 without a listener.
const assert = require('assert');
const http2 = require('http2');

const counts = { request: 0, checkContinue: 0, checkExpectation: 0, continue: 0, responses: 0 };

function post(port, headers, body) {
  return new Promise((resolve) => {
    const client = http2.connect('http://localhost:' + port);
    const r = client.request(Object.assign({ ':method': 'POST', ':path': '/' }, headers));
    let status;
    r.on('continue', () => {
      counts.continue++;
      r.end(body);
    });
    r.on('response', (h) => { counts.responses++; status = h[':status']; });
    let data = '';
    r.setEncoding('utf8');
    r.on('data', (d) => { data += d; });
    r.on('end', () => {
      client.close();
      resolve([status, data]);
    });
    if (!headers.expect || headers.expect !== '100-continue') r.end();
  });
}

function echo(req, res) {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end('echo:' + body));
}

const s1 = http2.createServer((req, res) => {
  counts.request++;
  echo(req, res);
});

const s2 = http2.createServer((req, res) => { throw new Error('not reached'); });
s2.on('checkContinue', (req, res) => {
  counts.checkContinue++;
  assert.strictEqual(req.headers.expect, '100-continue');
  assert.strictEqual(res.writeContinue(), true);
  echo(req, res);
});
s2.on('checkExpectation', (req, res) => {
  counts.checkExpectation++;
  res.statusCode = 402;
  res.end();
});

s1.listen(0, () => s2.listen(0, async () => {
  const p1 = s1.address().port;
  const p2 = s2.address().port;
  assert.deepStrictEqual(await post(p1, { expect: '100-continue' }, 'one'), [200, 'echo:one']);
  assert.deepStrictEqual(await post(p2, { expect: '100-continue' }, 'two'), [200, 'echo:two']);
  assert.deepStrictEqual(await post(p1, { expect: 'something' }), [417, '']);
  assert.deepStrictEqual(await post(p2, { expect: 'something' }), [402, '']);
  s1.close();
  s2.close();
}));

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 1, checkContinue: 1, checkExpectation: 1, continue: 2, responses: 4 });
});
