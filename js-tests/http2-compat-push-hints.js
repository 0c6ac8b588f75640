'use strict';
// createPushResponse (a pushed Http2ServerResponse the client receives as a push stream),
// writeEarlyHints (a 103 with the link header, argument validation) and writeContinue after the
// headers went out (false).
const assert = require('assert');
const http2 = require('http2');

const counts = { request: 0, pushCb: 0, push: 0, hints: 0, response: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  assert.throws(() => res.writeEarlyHints('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.writeEarlyHints({ link: 'not a link' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'hints' must be an array or string of format \"</styles.css>; rel=preload; as=style\". " +
      "Received 'not a link'",
  });
  assert.strictEqual(res.writeEarlyHints({ link: [] }), false);
  assert.strictEqual(res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload'] }), true);
  assert.throws(() => res.createPushResponse({ ':path': '/p' }), { code: 'ERR_INVALID_ARG_TYPE' });
  res.createPushResponse({ ':path': '/pushed.txt' }, (err, pushRes) => {
    counts.pushCb++;
    assert.ifError(err);
    assert.ok(pushRes instanceof http2.Http2ServerResponse);
    assert.strictEqual(pushRes.req, null);
    pushRes.setHeader('content-type', 'text/plain');
    pushRes.end('pushed body');
    res.end('main body');
    assert.strictEqual(res.writeContinue(), false);
  });
});

server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  let pending = 2;
  const done = () => {
    if (--pending === 0) {
      client.close();
      server.close();
    }
  };
  client.on('stream', (stream, headers) => {
    counts.push++;
    assert.strictEqual(headers[':path'], '/pushed.txt');
    let body = '';
    stream.setEncoding('utf8');
    stream.on('push', (h) => {
      assert.strictEqual(h[':status'], 200);
      assert.strictEqual(h['content-type'], 'text/plain');
    });
    stream.on('data', (d) => { body += d; });
    stream.on('end', () => {
      assert.strictEqual(body, 'pushed body');
      done();
    });
  });
  const r = client.request({ ':path': '/' });
  r.on('headers', (h) => {
    counts.hints++;
    assert.strictEqual(h[':status'], 103);
    assert.strictEqual(h.link, '</a.css>; rel=preload; as=style, </b.js>; rel=preload');
  });
  r.on('response', (h) => {
    counts.response++;
    assert.strictEqual(h[':status'], 200);
  });
  let body = '';
  r.setEncoding('utf8');
  r.on('data', (d) => { body += d; });
  r.on('end', () => {
    assert.strictEqual(body, 'main body');
    done();
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 1, pushCb: 1, push: 1, hints: 1, response: 1 });
});
