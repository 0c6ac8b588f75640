'use strict';
// compare-stdout
// How a client reads a response, event by event with the stream's state and nextTick/setImmediate
// markers: 'data' listeners added at request() or in 'response', with and without 'end', end()
// after request(), bodies in one and in several DATA frames, 204 and HEAD (end with the headers),
// setEncoding (a character split over two frames, a body ending inside one), pause/resume and removeListener inside 'data', once('data'), a request destroyed
// or closed before its response or in 'data', and rows that read _readableState
// at a given event (which must change nothing observable). Rows run one at a time on one session.
// Some rows differ from node for reasons that have nothing to do with how the client reads (see
// DIFFERS); FULL=1 prints everything, for comparing two builds of h2js with each other.
const http2 = require('http2');

const big = Buffer.alloc(100000, 'x');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.on('error', () => {});
  const path = headers[':path'];
  if (path === '/empty') {
    stream.respond({ ':status': 204 });
    return;
  }
  if (path === '/never') return; // no response: the client gives up first
  stream.respond({ ':status': 200 });
  if (headers[':method'] === 'HEAD') return;
  if (path === '/two') {
    stream.write('one ');
    setImmediate(() => stream.end('two'));
  } else if (path === '/big') {
    stream.end(big);
  } else if (path === '/reset') {
    stream.write('first');
    setTimeout(() => { if (!stream.destroyed) stream.end(); }, 100);
  } else if (path === '/utf8') {
    // A euro sign split over two DATA frames.
    const euro = Buffer.from('a\u20acb');
    stream.write(euro.subarray(0, 2));
    setImmediate(() => stream.end(euro.subarray(2)));
  } else if (path === '/partial') {
    // A body that ends inside a character: the decoder's end gives U+FFFD.
    stream.write(Buffer.from('ok\u20ac').subarray(0, 4));
    setImmediate(() => stream.end());
  } else {
    stream.end('hello world');
  }
});

const FULL = process.env.FULL === '1';
// What node does differently in some rows: 'closed' (node's engine closes the stream later
// relative to the reader's events), 'rEnded' (node sets readableEnded on a stream destroyed before
// its end), 'rtick' (a response that ends with its headers: node's 'end' comes before a nextTick
// queued in 'response'), 'end' (node still emits 'end' after destroy() or close() in a 'data'
// listener), 'immediate' (whether the engine's close of a stream reset by close() comes before
// setImmediate is timing, here and in node).
const DIFFERS = {
  'pause in data': ['closed'],
  'destroy at once': ['rEnded'],
  'close at once': ['rEnded', 'immediate'],
  'destroy in response': ['rEnded'],
  'destroy in data': ['end', 'rEnded'],
  'close in data': ['end', 'rEnded'],
  '204 data': ['rtick'],
  'HEAD data': ['rtick'],
};
let skip = [];

function state(req) {
  return `${skip.includes('rEnded') ? '' : `rEnded=${req.readableEnded} `}flowing=${req.readableFlowing} ` +
    `didRead=${req.readableDidRead} readable=${req.readable} wEnded=${req.writableEnded} ` +
    `wFinished=${req.writableFinished} destroyed=${req.destroyed}` +
    `${skip.includes('closed') ? '' : ` closed=${req.closed}`} rstCode=${req.rstCode}`;
}

const data = (req, log) => (c) => log('data ' + (typeof c === 'string' ? 'str ' + c : c.length));
const cases = [
  ['data+end', {}, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
  }],
  ['data+end, end()', {}, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
    req.end();
  }],
  ['data only', {}, (req, log) => { req.on('data', data(req, log)); }],
  ['data in response', {}, (req, log) => {
    req.on('response', () => req.on('data', data(req, log)));
    req.on('end', () => log('end'));
  }],
  ['two frames', { ':path': '/two' }, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
  }],
  ['big body', { ':path': '/big' }, (req, log) => {
    let n = 0;
    req.on('data', (c) => { n += c.length; });
    req.on('end', () => log('end ' + n));
  }],
  ['204 data', { ':path': '/empty' }, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
  }],
  ['204 no listeners', { ':path': '/empty' }, () => {}],
  ['HEAD data', { ':method': 'HEAD' }, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
  }],
  ['setEncoding first', { ':path': '/utf8' }, (req, log) => {
    req.setEncoding('utf8');
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
  }],
  ['setEncoding in response', { ':path': '/utf8' }, (req, log) => {
    req.on('data', data(req, log));
    req.on('response', () => req.setEncoding('utf8'));
    req.on('end', () => log('end'));
  }],
  ['setEncoding, body ends inside a character', { ':path': '/partial' }, (req, log) => {
    req.setEncoding('utf8');
    req.on('data', (c) => log('data ' + JSON.stringify(c)));
    req.on('end', () => log('end'));
  }],
  ['setEncoding hex twice', {}, (req, log) => {
    req.setEncoding('latin1');
    req.setEncoding('hex');
    req.on('data', data(req, log));
    req.on('end', () => log('end ' + req.readableEncoding));
  }],
  ['pause in data', { ':path': '/two' }, (req, log) => {
    req.on('data', (c) => {
      log('data ' + c.length);
      req.pause();
      setImmediate(() => { log('resume'); req.resume(); });
    });
    req.on('end', () => log('end'));
  }],
  ['removeListener in data', { ':path': '/two' }, (req, log) => {
    const fn = (c) => {
      log('data ' + c.length);
      req.removeListener('data', fn);
      req.on('data', (d) => log('second listener ' + d.length));
    };
    req.on('data', fn);
    req.on('end', () => log('end'));
  }],
  ['once data', { ':path': '/two' }, (req, log) => {
    req.once('data', data(req, log));
    req.on('end', () => log('end'));
    setTimeout(() => req.resume(), 20);
  }],
  ['resume', {}, (req, log) => {
    req.resume();
    req.on('end', () => log('end'));
  }],
  ['destroy at once', { ':path': '/never' }, (req, log) => {
    req.on('data', data(req, log));
    req.destroy();
  }],
  ['close at once', { ':path': '/never' }, (req, log) => {
    req.on('data', data(req, log));
    req.close(http2.constants.NGHTTP2_CANCEL);
  }],
  ['destroy in response', {}, (req, log) => {
    req.on('data', data(req, log));
    req.on('response', () => req.destroy());
  }],
  ['destroy in data', { ':path': '/two' }, (req, log) => {
    req.on('data', (c) => { log('data ' + c.length); req.destroy(); });
    req.on('end', () => log('end'));
  }],
  ['close in data', { ':path': '/reset' }, (req, log) => {
    req.on('data', (c) => { log('data ' + c.length); req.close(http2.constants.NGHTTP2_CANCEL); });
    req.on('end', () => log('end'));
  }],
  ['state read at response', {}, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
    req.on('response', () => { void req._readableState; });
  }],
  ['state read at data', { ':path': '/two' }, (req, log) => {
    req.on('data', (c) => { log('data ' + c.length); void req._readableState; });
    req.on('end', () => log('end'));
  }],
  ['state read at end', {}, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => { log('end'); void req._writableState; });
  }],
  ['state read after request', {}, (req, log) => {
    req.on('data', data(req, log));
    req.on('end', () => log('end'));
    process.nextTick(() => { void req._readableState; });
  }],
  ['end callback after request', {}, (req, log) => {
    req.on('data', data(req, log));
    req.end(() => log('end callback'));
  }],
];

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, () => setImmediate(next));
  let i = 0;
  function next() {
    if (i === cases.length) {
      client.close();
      server.close();
      return;
    }
    const [name, headers, use] = cases[i++];
    skip = FULL ? [] : (DIFFERS[name] || []);
    console.log(`== ${name}`);
    const req = client.request(Object.assign({ ':path': '/' }, headers));
    const log = (what) => {
      if (!(what === 'end' && skip.includes('end'))) console.log(`  ${what}: ${state(req)}`);
    };
    log('after request');
    process.nextTick(() => log('tick 1'));
    process.nextTick(() => process.nextTick(() => log('tick 2')));
    if (!skip.includes('immediate')) setImmediate(() => log('immediate'));
    use(req, log);
    req.on('response', (h) => {
      log('response ' + h[':status']);
      if (!skip.includes('rtick')) process.nextTick(() => log('tick after response'));
    });
    for (const ev of ['finish', 'close', 'error', 'aborted']) {
      req.on(ev, (x) => {
        log(ev === 'error' ? `error ${x.code}` : ev);
        if (ev === 'close') setImmediate(next);
      });
    }
  }
});
