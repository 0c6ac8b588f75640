'use strict';
// Smaller Http2ServerRequest/Http2ServerResponse rules, each checked against Node 20:
// header names are trimmed and lower-cased; ':foo' is ERR_HTTP2_INVALID_PSEUDOHEADER while
// ':path' is ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED; getHeaders() shows ':status' once the head went
// out; a rejected writeHead status is still what statusCode reports; a flat header list of odd
// length drops the names it lists before it is refused; statusCode coerces to an integer;
// req.method refuses blank values only; writeEarlyHints' Link grammar, extra hint headers and its
// ignored callback; a pushed response is a plain Http2ServerResponse even with a custom class;
// the socket view routes on/emit to the stream and setTimeout to the session; a stream timeout
// with nobody listening does not destroy the stream; expect values other than exactly
// '100-continue' get 417.
const assert = require('assert');
const http2 = require('http2');

class CustomResponse extends http2.Http2ServerResponse {}

const counts = { request: 0, hints: 0, pushed: 0, timeout: 0 };
const server = http2.createServer({ Http2ServerResponse: CustomResponse }, (req, res) => {
  counts.request++;
  assert.ok(res instanceof CustomResponse);
  switch (req.url) {
    case '/headers': {
      res.setHeader(' X-Trim ', 'v');
      assert.strictEqual(res.getHeader('x-trim'), 'v');
      assert.strictEqual(res.hasHeader(' X-TRIM'), true);
      assert.throws(() => res.setHeader('A B', 'x'), {
        code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]',
      });
      assert.throws(() => res.setHeader('X-Undef', undefined), {
        message: 'Invalid value "undefined" for header "x-undef"',
      });
      assert.throws(() => res.setHeader(':foo', 'x'), {
        code: 'ERR_HTTP2_INVALID_PSEUDOHEADER', name: 'TypeError',
        message: '":foo" is an invalid pseudoheader or is used incorrectly',
      });
      assert.throws(() => res.appendHeader(':path', 'x'), { code: 'ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED' });
      assert.throws(() => res.appendHeader(':foo', 'x'), { code: 'ERR_HTTP2_INVALID_PSEUDOHEADER' });
      res.setHeader('x-num', 1);
      assert.strictEqual(res.getHeader('x-num'), 1);
      res.appendHeader('x-num', [2, 3]);
      assert.deepStrictEqual(res.getHeader('x-num'), [1, 2, 3]);
      res.setHeader('x-gone', 'a');
      assert.throws(() => res.writeHead(200, ['x-gone', 'b', 'x-odd']), { code: 'ERR_INVALID_ARG_VALUE' });
      assert.strictEqual(res.hasHeader('x-gone'), false);
      assert.throws(() => res.writeHead(700, { 'x-kept': 'k' }), { code: 'ERR_HTTP2_STATUS_INVALID' });
      assert.strictEqual(res.statusCode, 700);
      assert.strictEqual(res.getHeader('x-kept'), 'k');
      assert.strictEqual(res.headersSent, false);
      res.statusCode = 200.5;
      assert.strictEqual(res.statusCode, 200);
      assert.throws(() => { res.statusCode = null; }, { message: 'Invalid status code: 0' });
      res.writeHead(201, [['x-pair', 'p1'], ['x-pair', 'p2']]);
      const sent = res.getHeaders();
      assert.strictEqual(sent[':status'], 201);
      assert.strictEqual(sent.date, undefined);
      res.end();
      break;
    }
    case '/method': {
      req.method = 'get';
      assert.strictEqual(req.method, 'get');
      req.method = ' x ';
      assert.strictEqual(req.method, ' x ');
      assert.throws(() => { req.method = '  '; }, {
        code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'method' is invalid. Received '  '",
      });
      assert.throws(() => { req.method = null; }, {
        code: 'ERR_INVALID_ARG_TYPE', message: 'The "method" argument must be of type string. Received null',
      });
      res.end();
      break;
    }
    case '/hints': {
      const ok = ['<a>', '<>', '</a>;rel=preload', '</a> ; rel=preload', '</a>; rel="preload"', '</a>; crossorigin',
        '</a>; rel=', '</a>; =x', '</a>; a=b=c', "</a>; rel='x'", '</a>; rel=pre,load', '<a b>',
        '<https://example.com/x?a=1&b=2>; rel=preconnect'];
      const bad = ['', 'x</a>', '</a>x', ' </a>', '</a> ', '</a>;', '</a>; rel=preload;', '</a>, </b>',
        '</a>; rel = preload', '</a>; rel="x', '</a>; rel="pre load"', '</a>; title="a;b"', '</a>; rel=pre"load"'];
      for (const link of ok) assert.strictEqual(res.writeEarlyHints({ link }), true, link);
      for (const link of bad) {
        assert.throws(() => res.writeEarlyHints({ link }), { code: 'ERR_INVALID_ARG_VALUE' }, link);
      }
      assert.throws(() => res.writeEarlyHints({ link: ['</a>', 5] }), {
        message: "The argument 'hints' must be an array or string of format \"</styles.css>; rel=preload; as=style\". " +
          'Received 5',
      });
      let called = false;
      assert.strictEqual(res.writeEarlyHints({ 'x-extra': 'e', link: '</last>' }, () => { called = true; }), true);
      setTimeout(() => {
        assert.strictEqual(called, false);
        res.end();
      }, 20);
      break;
    }
    case '/push': {
      res.createPushResponse({ ':path': '/pushed' }, (err, pushed) => {
        assert.ifError(err);
        assert.strictEqual(pushed.constructor, http2.Http2ServerResponse);
        assert.strictEqual(pushed.req, null);
        pushed.end('p');
        res.end('main');
      });
      break;
    }
    case '/socket': {
      const sock = req.socket;
      assert.strictEqual(res.socket, sock);
      let got = 0;
      sock.on('x-custom', (v) => { got += v; });
      req.stream.emit('x-custom', 2);
      sock.emit('x-custom', 3);
      assert.strictEqual(got, 5);
      assert.strictEqual(sock.destroyed, req.stream.destroyed);
      assert.strictEqual(sock.setTimeout(0), req.stream.session);
      assert.throws(() => sock.read(), { code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION' });
      assert.throws(() => sock.resume(), { code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION' });
      res.end();
      break;
    }
    case '/timeout': {
      const order = [];
      req.on('timeout', () => order.push('req'));
      res.on('timeout', () => order.push('res'));
      req.setTimeout(20, () => {
        order.push('cb');
        counts.timeout++;
        assert.deepStrictEqual(order, ['req', 'res', 'cb']);
      });
      setTimeout(() => {
        // Nobody had to handle the timeout: Node 20 leaves the stream open.
        assert.strictEqual(req.stream.destroyed, false);
        res.end('late');
      }, 100);
      break;
    }
  }
});

function request(client, headers, body) {
  return new Promise((resolve) => {
    const r = client.request(headers);
    const hints = [];
    let status;
    let data = '';
    r.on('headers', (h) => { if (h[':status'] === 103) hints.push(h); });
    r.on('response', (h) => { status = h[':status']; });
    r.setEncoding('utf8');
    r.on('data', (d) => { data += d; });
    r.on('close', () => resolve({ status, data, hints }));
    r.end(body);
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  client.on('stream', (pushed, headers) => {
    counts.pushed++;
    assert.strictEqual(headers[':path'], '/pushed');
    pushed.resume();
  });
  let r = await request(client, { ':path': '/headers' });
  assert.strictEqual(r.status, 201);
  r = await request(client, { ':path': '/method' });
  assert.strictEqual(r.status, 200);
  r = await request(client, { ':path': '/hints' });
  assert.strictEqual(r.hints.length, 14);
  const last = r.hints[r.hints.length - 1];
  assert.strictEqual(last['x-extra'], 'e');
  assert.strictEqual(last.link, '</last>');
  counts.hints = r.hints.length;
  r = await request(client, { ':path': '/push' });
  assert.strictEqual(r.data, 'main');
  r = await request(client, { ':path': '/socket' });
  assert.strictEqual(r.status, 200);
  r = await request(client, { ':path': '/timeout' });
  assert.strictEqual(r.data, 'late');
  r = await request(client, { ':path': '/expect', ':method': 'POST', expect: '100-Continue' }, 'b');
  assert.strictEqual(r.status, 417);
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(counts, { request: 6, hints: 14, pushed: 1, timeout: 1 });
});
