'use strict';
// session.destroy() without an error ends the readable side of each open stream before destroying
// it: a flowing stream (resume() or a 'data' listener) emits 'end' (then 'close', rstCode 0), a
// paused one only 'close'. With an error there is no 'end'. Both for a client's requests and for
// a server's streams.
const assert = require('assert');
const http2 = require('http2');

const results = {};
process.on('exit', () => {
  assert.deepStrictEqual(results, {
    'client flowing': 'finish, end, close 0 ended=true',
    'client data': 'finish, end, close 0 ended=true',
    'client paused': 'finish, close 0 ended=false',
    'client error': 'finish, error undefined, close 2 ended=false',
    'server flowing': 'aborted, end, close 0 ended=true',
    'server paused': 'aborted, close 0 ended=false',
    'server error': 'aborted, error undefined, close 2 ended=false',
  });
});

function watch(name, s, done) {
  const ev = [];
  for (const e of ['end', 'finish', 'aborted']) s.on(e, () => ev.push(e));
  s.on('error', (e) => ev.push('error ' + e.code));
  s.on('close', () => {
    ev.push(`close ${s.rstCode} ended=${s.readableEnded}`);
    results[name] = ev.join(', ');
    done();
  });
}

function clientSide(mode, next) {
  const server = http2.createServer();
  server.on('stream', (s) => s.on('error', () => {}));
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`, () => {
      const r = client.request();
      if (mode === 'data') r.on('data', () => {});
      else if (mode !== 'paused') r.resume();
      watch('client ' + mode, r, () => server.close(next));
      client.on('error', () => {});
      setImmediate(() => client.destroy(mode === 'error' ? new Error('boom') : undefined));
    });
  });
}

function serverSide(mode, next) {
  const server = http2.createServer();
  server.on('stream', (s) => {
    if (mode !== 'paused') s.resume();
    watch('server ' + mode, s, () => server.close(next));
    s.session.on('error', () => {});
    setImmediate(() => s.session.destroy(mode === 'error' ? new Error('x') : undefined));
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    client.on('error', () => {});
    const r = client.request({ ':method': 'POST' });
    r.on('error', () => {});
    r.write('abc');
  });
}

const steps = [];
for (const mode of ['flowing', 'paused', 'error']) {
  steps.push((next) => clientSide(mode, next));
  steps.push((next) => serverSide(mode, next));
}
steps.push((next) => clientSide('data', next)); // a 'data' listener rather than resume()
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
