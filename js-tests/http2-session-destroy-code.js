'use strict';
// session.destroy([error][, code]): `closed` stays false (only close() sets it), `destroyed` is
// true at once; the open streams end with the session's code as rstCode (INTERNAL_ERROR for an
// error without a code, NO_ERROR for none); the peer's streams get the GOAWAY code as rstCode and
// ERR_HTTP2_SESSION_ERROR 'Session closed with error code N'.
const assert = require('assert');
const http2 = require('http2');

const cases = [
  { args: [], srvRst: 0, srvErr: null, cliRst: 8, cliErr: null },
  { args: [7], srvRst: 7, srvErr: 'Session closed with error code 7', cliRst: 7,
    cliErr: 'Session closed with error code 7' },
  { args: [new Error('boom')], srvRst: 2, srvErr: 'boom', cliRst: 2,
    cliErr: 'Session closed with error code 2' },
  { args: [new Error('boom2'), 5], srvRst: 5, srvErr: 'boom2', cliRst: 5,
    cliErr: 'Session closed with error code 5' },
  { args: [0], srvRst: 0, srvErr: null, cliRst: 8, cliErr: null },
];
const seen = [];
let n = 0;
const server = http2.createServer();
server.on('stream', (stream) => {
  const c = cases[n++];
  const session = stream.session;
  const got = seen[seen.length - 1];
  stream.on('error', (e) => { got.srvErr = e.message; });
  stream.on('close', () => { got.srvRst = stream.rstCode; });
  session.on('error', (e) => {
    got.srvSessErr = e.message;
    got.sessFlags = [session.closed, session.destroyed];
  });
  session.destroy(...c.args);
  assert.strictEqual(session.closed, false);
  assert.strictEqual(session.destroyed, true);
  assert.strictEqual(stream.rstCode, c.srvRst);
});

server.listen(0, async () => {
  for (const c of cases) {
    let srvDone;
    seen.push({ srvErr: null, srvSessErr: null, done: new Promise((res) => { srvDone = res; }) });
    server.once('session', (s) => s.on('close', srvDone));
    const got = await new Promise((resolve) => {
      const r = { cliErr: null, cliSessErr: null };
      const client = http2.connect(`http://localhost:${server.address().port}`);
      client.on('error', (e) => {
        r.cliSessErr = e.message;
        r.cliFlags = [client.closed, client.destroyed];
      });
      const req = client.request();
      req.on('error', (e) => { r.cliErr = e.message; r.code = e.code; });
      req.on('close', () => { r.cliRst = req.rstCode; });
      client.on('close', () => resolve(r));
    });
    const srv = seen[seen.length - 1];
    await srv.done;
    assert.strictEqual(srv.srvRst, c.srvRst, `server rstCode ${c.args}`);
    assert.strictEqual(srv.srvErr, c.srvErr);
    assert.strictEqual(srv.srvSessErr, c.srvErr);
    if (c.srvErr !== null) assert.deepStrictEqual(srv.sessFlags, [false, true]);
    assert.strictEqual(got.cliRst, c.cliRst, `client rstCode ${c.args}`);
    assert.strictEqual(got.cliErr, c.cliErr);
    assert.strictEqual(got.cliSessErr, c.cliErr);
    if (c.cliErr !== null) {
      assert.strictEqual(got.code, 'ERR_HTTP2_SESSION_ERROR');
      assert.deepStrictEqual(got.cliFlags, [false, true]);
    }
  }

  // destroy() while connecting and after connect: closed stays false; close() then destroy(): both true
  const port = server.address().port;
  const a = http2.connect(`http://localhost:${port}`);
  a.destroy();
  assert.deepStrictEqual([a.closed, a.destroyed], [false, true]);
  a.on('close', () => {
    assert.deepStrictEqual([a.closed, a.destroyed], [false, true]);
    const b = http2.connect(`http://localhost:${port}`);
    b.on('connect', () => {
      b.close();
      assert.strictEqual(b.closed, true);
      b.destroy();
      assert.deepStrictEqual([b.closed, b.destroyed], [true, true]);
      b.on('close', () => server.close());
    });
  });
});
