'use strict';
// A client session destroyed while its socket is still connecting waits for that connect: over
// h2c a TCP connect that succeeds is still reported ('connect'), then 'error' (when destroyed
// with one) and 'close' come; a refused connect gives 'close' alone, with no ECONNREFUSED; a TLS
// session reports no 'connect' (its handshake never runs). Pending requests are canceled at once.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http2 = require('http2');

const fixtures = path.join(__dirname, 'fixtures');
const results = [];
process.on('exit', () => {
  assert.deepStrictEqual(results, [
    'h2c: connect,close',
    'h2c with error: connect,error boom,close',
    'h2c after a tick: connect,close',
    'refused: close',
    'tls: close',
  ]);
});

// run(label, url, how) destroys a fresh session and records the events it emits up to 'close'.
function run(label, url, how) {
  return new Promise((resolve) => {
    const client = http2.connect(url, { rejectUnauthorized: false });
    const seen = [];
    client.on('connect', (session) => {
      assert.strictEqual(session, client);
      assert.strictEqual(client.destroyed, true);
      seen.push('connect');
    });
    client.on('error', (err) => seen.push('error ' + err.message));
    client.on('close', () => {
      seen.push('close');
      results.push(label + ': ' + seen.join(','));
      resolve();
    });
    const req = client.request({ ':path': '/' });
    const reqEvents = [];
    req.on('error', (err) => reqEvents.push(err.code));
    req.on('close', () => reqEvents.push('close'));
    const destroy = () => {
      client.destroy(how === 'error' ? new Error('boom') : undefined);
      assert.strictEqual(client.destroyed, true);
      assert.strictEqual(client.connecting, true);
      assert.strictEqual(seen.length, 0);
      // The pending request is canceled before anything the socket reports.
      setImmediate(() => assert.deepStrictEqual(reqEvents, ['ERR_HTTP2_STREAM_CANCEL', 'close']));
    };
    if (how === 'tick') process.nextTick(destroy);
    else destroy();
  });
}

const plain = http2.createServer();
const secure = http2.createSecureServer({
  key: fs.readFileSync(path.join(fixtures, 'tls-key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'tls-cert.pem')),
});
plain.listen(0, '127.0.0.1', () => secure.listen(0, '127.0.0.1', async () => {
  const h2c = `http://127.0.0.1:${plain.address().port}`;
  const tls = `https://127.0.0.1:${secure.address().port}`;
  await run('h2c', h2c);
  await run('h2c with error', h2c, 'error');
  await run('h2c after a tick', h2c, 'tick');
  await new Promise((resolve) => plain.close(resolve));
  // The closed server's port refuses connections now.
  await run('refused', h2c);
  await run('tls', tls);
  secure.close();
}));
