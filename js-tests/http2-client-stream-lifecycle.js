'use strict';
// compare-stdout
// The client side of an exchange, event by event: for a table of requests (GET consumed with
// 'data', with resume(), with 'readable'; 204; HEAD), every stream event with the stream's state
// at that moment (rstCode included: 0 until the stream closes), and tick markers (nextTick and
// setImmediate queued right after request()) to show on which turn each event comes. Run one
// exchange at a time so the logs do not interleave; node and h2js must print the same lines.
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  if (path === '/empty') {
    stream.respond({ ':status': 204 });
    return;
  }
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  if (headers[':method'] === 'HEAD') return;
  if (path === '/two') {
    stream.write('one ');
    setImmediate(() => stream.end('two'));
    return;
  }
  stream.resume();
  stream.on('end', () => stream.end('hello world'));
});

// Not covered because we differ from Node there: the tick of 'prefinish'/'finish' after end(body)
// or end() on a request that did not end with its headers (Node: before setImmediate; we wait for
// the engine's EV_WRITTEN).
function state(req) {
  return `wEnded=${req.writableEnded} wFinished=${req.writableFinished} rEnded=${req.readableEnded} ` +
    `destroyed=${req.destroyed} closed=${req.closed} pending=${req.pending} rstCode=${req.rstCode}`;
}

const cases = [
  ['GET data', {}, null, (req, log) => { req.on('data', (c) => log('data ' + c)); }],
  ['GET data+end listeners', {}, null, (req, log) => {
    req.on('data', (c) => log('data ' + c));
    req.on('end', () => log('end listener'));
    req.end();
  }],
  ['GET resume', {}, null, (req) => { req.resume(); }],
  ['GET readable', {}, null, (req, log) => {
    req.on('readable', () => {
      let c;
      while ((c = req.read()) !== null) log('read ' + c);
    });
  }],
  ['GET two chunks', { ':path': '/two' }, null, (req, log) => { req.on('data', (c) => log('data ' + c)); }],
  ['GET 204', { ':path': '/empty' }, null, (req) => { req.resume(); }],
  ['HEAD', { ':method': 'HEAD' }, null, (req) => { req.resume(); }],
  ['GET end callback after request end', {}, null, (req, log) => {
    req.resume();
    req.end(() => log('end callback'));
  }],
];

server.listen(0, () => {
  // Requests start once connected (a request made while connecting opens when the connection
  // is up, which is not on a fixed tick).
  const client = http2.connect(`http://localhost:${server.address().port}`, () => setImmediate(next));
  let i = 0;
  const next = () => {
    if (i === cases.length) {
      client.close();
      server.close();
      return;
    }
    const [name, headers, options, use] = cases[i++];
    console.log(`== ${name}`);
    const req = client.request(Object.assign({ ':path': '/' }, headers), options || undefined);
    const log = (what) => console.log(`  ${what}: ${state(req)}`);
    log('after request');
    process.nextTick(() => log('tick 1'));
    process.nextTick(() => process.nextTick(() => log('tick 2')));
    setImmediate(() => log('immediate'));
    for (const ev of ['ready', 'response', 'end', 'finish', 'prefinish', 'close', 'error', 'aborted',
      'trailers', 'headers', 'timeout', 'wantTrailers', 'resume', 'pause']) {
      req.on(ev, (x) => {
        log(ev === 'response' ? `response ${x[':status']}` : ev === 'error' ? `error ${x.code}` :
          ev);
        if (ev === 'close') setImmediate(next);
      });
    }
    use(req, log);
  };
});
