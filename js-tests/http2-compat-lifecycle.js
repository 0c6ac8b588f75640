'use strict';
// Http2ServerRequest/Http2ServerResponse lifecycle, as Node 20 behaves:
// - a plain request: req 'end', the end() callback (no arguments, from the stream's 'finish'),
//   then req 'close', res 'finish', res 'close', all before a 'close' listener on the stream;
//   a second end() calls back asynchronously with no arguments;
// - HEAD and 204: the stream ends with the headers, write() fails with ERR_STREAM_WRITE_AFTER_END
//   through its callback, and end()'s callback comes from the response's own 'finish';
// - a stream closed under a live response: write() → ERR_HTTP2_INVALID_STREAM, end() calls back
//   without error and finished stays false, writeHead() is ignored (even with a bad status),
//   writeContinue/writeEarlyHints answer false, createPushResponse calls back with
//   ERR_HTTP2_INVALID_STREAM, res.setTimeout returns undefined, req.setTimeout the request;
// - res.destroy(err) resets the stream (the client sees INTERNAL_ERROR) and the request aborts;
// - req.destroy() only destroys the request object: the response still goes out.
const assert = require('assert');
const http2 = require('http2');

const log = [];
const counts = { request: 0 };
const server = http2.createServer((req, res) => {
  counts.request++;
  const s = req.stream;
  const tag = req.url;
  switch (tag) {
    case '/plain': {
      req.on('end', () => log.push('req end'));
      req.on('close', () => log.push('req close'));
      res.on('finish', () => log.push('res finish'));
      res.on('close', () => log.push('res close'));
      s.on('close', () => log.push('stream close'));
      req.resume();
      req.on('end', () => {
        res.end('body', (...args) => {
          log.push('end cb ' + args.length);
          res.end((...again) => log.push('second end cb ' + again.length));
        });
      });
      break;
    }
    case '/head':
    case '/204': {
      const order = [];
      res.on('finish', () => order.push('res finish'));
      res.on('close', () => {
        order.push('res close');
        assert.deepStrictEqual(order, ['write cb ERR_STREAM_WRITE_AFTER_END', 'res finish', 'end cb', 'res close']);
        log.push(tag + ' ok');
      });
      if (tag === '/204') res.writeHead(204);
      assert.strictEqual(res.write('x', (err) => order.push('write cb ' + err.code)), false);
      assert.strictEqual(res.headersSent, true);
      res.end(() => order.push('end cb'));
      break;
    }
    case '/closed': {
      res.on('close', () => {
        assert.strictEqual(res.socket, undefined);
        assert.strictEqual(res.writableFinished, true);
        assert.strictEqual(res.headersSent, false);
        assert.strictEqual(res.writeHead(700), res);
        assert.strictEqual(res.headersSent, false);
        assert.strictEqual(res.writeContinue(), false);
        assert.strictEqual(res.writeEarlyHints({ link: '</a.css>; rel=preload' }), false);
        assert.strictEqual(res.setTimeout(10), undefined);
        assert.strictEqual(req.setTimeout(10), req);
        assert.strictEqual(req.complete, true);
        let pending = 3;
        const done = () => {
          if (--pending === 0) log.push('/closed ok');
        };
        assert.strictEqual(res.write('x', (err) => {
          assert.strictEqual(err.code, 'ERR_HTTP2_INVALID_STREAM');
          done();
        }), false);
        assert.strictEqual(res.end('y', (...args) => {
          assert.strictEqual(args.length, 0);
          assert.strictEqual(res.finished, false);
          assert.strictEqual(res.writableEnded, false);
          done();
        }), res);
        res.createPushResponse({ ':path': '/p' }, (err, pushed) => {
          assert.strictEqual(err.code, 'ERR_HTTP2_INVALID_STREAM');
          assert.strictEqual(err.message, 'The stream has been destroyed');
          assert.strictEqual(pushed, undefined);
          done();
        });
      });
      s.close(http2.constants.NGHTTP2_CANCEL);
      break;
    }
    case '/destroy': {
      req.on('aborted', () => log.push('destroy: req aborted'));
      res.on('close', () => log.push('destroy: res close'));
      assert.strictEqual(res.destroy(new Error('boom')), undefined);
      assert.strictEqual(s.destroyed, true);
      break;
    }
    case '/req-destroy': {
      req.destroy();
      assert.strictEqual(req.destroyed, true);
      assert.strictEqual(s.destroyed, false);
      setTimeout(() => res.end('still here'), 10);
      break;
    }
  }
});

function get(client, path, method) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path, ':method': method || 'GET' });
    let status;
    let err;
    let body = '';
    r.on('response', (h) => { status = h[':status']; });
    r.on('error', (e) => { err = e.code + ' ' + e.message; });
    r.setEncoding('utf8');
    r.on('data', (d) => { body += d; });
    r.on('close', () => resolve({ status, body, err }));
    r.end();
  });
}

server.listen(0, async () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  assert.deepStrictEqual(await get(client, '/plain'), { status: 200, body: 'body', err: undefined });
  assert.deepStrictEqual(await get(client, '/head', 'HEAD'), { status: 200, body: '', err: undefined });
  assert.deepStrictEqual(await get(client, '/204'), { status: 204, body: '', err: undefined });
  assert.strictEqual((await get(client, '/closed')).status, undefined);
  const d = await get(client, '/destroy');
  assert.strictEqual(d.err, 'ERR_HTTP2_STREAM_ERROR Stream closed with error code NGHTTP2_INTERNAL_ERROR');
  assert.deepStrictEqual(await get(client, '/req-destroy'), { status: 200, body: 'still here', err: undefined });
  client.close();
  server.close();
});

process.on('exit', () => {
  assert.strictEqual(counts.request, 6);
  const plain = log.filter((e) => !e.startsWith('/') && !e.startsWith('destroy'));
  assert.deepStrictEqual(plain, [
    'req end', 'end cb 0', 'second end cb 0', 'req close', 'res finish', 'res close', 'stream close',
  ]);
  assert.ok(log.includes('/head ok'));
  assert.ok(log.includes('/204 ok'));
  assert.ok(log.includes('/closed ok'));
  assert.deepStrictEqual(log.filter((e) => e.startsWith('destroy')), ['destroy: req aborted', 'destroy: res close']);
});
