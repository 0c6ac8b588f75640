'use strict';
// compare-stdout
// The life of a server stream, event by event, against Node 20: for a table of exchanges (GET with
// and without END_STREAM, POST bodies read or not, respond+end(body), respond({endStream}), 204/304,
// HEAD, write+end, end() alone, end callbacks, client RST before/after the response, close(),
// destroy(), listeners added late, trailers) the server logs each stream event with the nextTick /
// microtask markers queued around it and, in some rows, the stream's public state at that moment.
// Some rows touch `_readableState` at a given event, which must change nothing observable.
// Rows run one after another on one session; the whole log is printed and compared with node's.
// When the write side completes relative to the engine's close of the stream is timing that differs
// between node (nghttp2 closes the stream before the write callback) and us (bytes on the wire
// first), so each row prints two sequences: the writable side's events (prefinish, finish, end and
// write callbacks, wantTrailers) with that side's state, then everything else with the readable
// side's state (and the whole state at 'close'). FULL=1 prints one interleaved log with the whole
// state at every event (for comparing two builds of h2js with each other). Without FULL, what
// still differs from node for reasons of that timing (or known gaps, see `differs` in the rows) is
// left out: microtask markers (node emits a stream's 'close' from a later macrotask), the state
// that depends on the write side at 'close', the writable side of rows where node's stream closed
// before its write callback (node then never emits 'finish').
const assert = require('assert');
const http2 = require('http2');

const FULL = process.env.FULL === '1';
const PROPS = ['destroyed', 'closed', 'aborted', 'rstCode', 'readableEnded', 'writableEnded',
  'writableFinished', 'readable', 'writable', 'headersSent', 'readableFlowing', 'writableLength',
  'readableLength', 'writableCorked', 'readableDidRead', 'writableNeedDrain', 'readableAborted',
  'endAfterHeaders', 'errored', 'bufferSize'];
const WPROPS = ['writableEnded', 'writableFinished', 'writable', 'headersSent', 'writableCorked',
  'writableNeedDrain'];
const RPROPS = ['readableEnded', 'readable', 'readableFlowing', 'readableLength', 'readableDidRead',
  'readableAborted', 'endAfterHeaders'];
// The whole state minus what depends on write-vs-close timing (compared with node).
const CPROPS = FULL ? PROPS : PROPS.filter((p) => !['rstCode', 'writableLength', 'bufferSize',
  'writableFinished'].includes(p));
const WEVENTS = new Set(['prefinish', 'finish', 'wantTrailers', 'end cb', 'write cb', 'second end cb']);
const EVENTS = ['aborted', 'error', 'end', 'finish', 'prefinish', 'close', 'resume', 'pause', 'wantTrailers'];
// Every row also runs (name~) with listeners for the usual events only, which a server stream
// can have without any of its stream machinery being used.
const COMMON = ['aborted', 'error', 'end', 'finish', 'close', 'wantTrailers'];
const body = Buffer.from('hello world\n');

let out = [];
let wout = [];
// log puts a line in the writable side's sequence (w) or the other one.
function log(line, w) {
  if (!FULL && line.includes(' mt after ')) return;
  if (w && !FULL) wout.push(line);
  else out.push(line);
}
function snap(s, which) {
  return (which || PROPS).map((p) => {
    let v = s[p];
    if (v instanceof Error) v = v.code || v.name;
    return p + '=' + v;
  }).join(' ');
}

// Attach loggers for every event; opts.props: log the state; opts.touchAt: event name at which
// _readableState is read (materializing whatever is lazy); opts.markers: queue tick markers.
function watch(name, s, opts) {
  for (const ev of (opts.events || (current.common ? COMMON : EVENTS))) {
    s.on(ev, (a) => {
      const w = WEVENTS.has(ev);
      let line = name + ' ' + ev;
      if (ev === 'error') line += ' ' + (a && a.code);
      if (opts.props) line += ' {' + snap(s, ev === 'close' ? CPROPS : FULL ? PROPS : w ? WPROPS : RPROPS) + '}';
      log(line, w);
      if (opts.touchAt === ev) void s._readableState;
      if (opts.markers !== false) {
        process.nextTick(() => log(name + ' nt after ' + ev, w));
        queueMicrotask(() => log(name + ' mt after ' + ev, w));
      }
    });
  }
}

// Rows whose output differs from node's for the write-vs-close timing above or a known gap: 'w'
// leaves out the writable side's sequence, 'client' the client's status and byte count (node sends
// what was written before a close/destroy, we do not), 'all' the whole row (FULL still prints it).
const DIFFERS = {
  'head': 'w', 'data-listener': 'w', 'resume-in-handler': 'w', 'post-read': 'w', 'post-read-later': 'w',
  'readable-listener': 'all', 'post-respond-first': 'all', 'destroy-in-finish': 'all',
  'get-listeners-in-finish': 'all', 'get-end-listener-in-finish-tick': 'all',
  'server-close': 'client', 'server-close-after-end': 'w client', 'destroy-after-end': 'client',
  'destroy-err': 'client', 'destroy-next-tick': 'client', 'destroy-before-respond': 'all',
};
const rows = [];
function row(name, req, handler, extra) {
  rows.push(Object.assign({ name, req, handler, differs: DIFFERS[name] || '' }, extra));
  rows.push(Object.assign({ name: name + '~', req, handler, differs: DIFFERS[name] || '', common: true }, extra));
}

const plain = (opts) => (s) => {
  watch(opts.name, s, opts);
  s.respond({ ':status': 200, 'content-length': body.length });
  s.end(body);
};

// 1. the common exchange, observed in different ways
row('get', {}, (s, name) => plain({ name })(s));
row('get-props', {}, (s, name) => plain({ name, props: true })(s));
row('get-nomarkers', {}, (s, name) => plain({ name, markers: false })(s));
for (const ev of ['finish', 'end', 'close', 'prefinish']) {
  row('get-touch-' + ev, {}, (s, name) => plain({ name, props: true, touchAt: ev })(s));
}
row('get-touch-handler', {}, (s, name) => {
  void s._readableState;
  plain({ name, props: true })(s);
});
row('get-touch-after-end', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond({ ':status': 200 });
  s.end(body);
  void s._writableState;
});
row('get-touch-nexttick', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond({ ':status': 200 });
  s.end(body);
  process.nextTick(() => { out.push(name + ' touch'); void s._readableState; });
});
row('get-only-close', {}, (s, name) => {
  watch(name, s, { events: ['close'], props: true });
  s.respond();
  s.end(body);
});
row('get-no-listeners', {}, (s, name) => {
  s.respond();
  s.end(body);
  process.nextTick(() => out.push(name + ' nt ' + snap(s, CPROPS)));
  setTimeout(() => out.push(name + ' later ' + snap(s, CPROPS)), 50);
});
row('get-props-before', {}, (s, name) => {
  out.push(name + ' handler ' + snap(s, CPROPS));
  s.respond();
  out.push(name + ' responded ' + snap(s, CPROPS));
  s.end(body);
  out.push(name + ' ended ' + snap(s, CPROPS));
  watch(name, s, { props: true });
});
row('get-late-listeners', {}, (s, name) => {
  s.respond();
  s.end(body);
  process.nextTick(() => { out.push(name + ' attach'); watch(name, s, { props: true }); });
});
row('get-listeners-in-finish', {}, (s, name) => {
  watch(name, s, { events: ['finish'] });
  s.on('finish', () => watch(name + '+', s, { events: ['end', 'close', 'finish'], props: true }));
  s.respond();
  s.end(body);
});
row('get-end-listener-in-finish-tick', {}, (s, name) => {
  watch(name, s, { events: ['finish', 'close'] });
  s.on('finish', () => process.nextTick(() => watch(name + '+', s, { events: ['end', 'close'] })));
  s.respond();
  s.end(body);
});
row('get-end-cb', {}, (s, name) => {
  watch(name, s, {});
  s.respond();
  s.end(body, () => log(name + ' end cb', true));
});
row('get-end-cb-str', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.end('text', 'utf8', () => log(name + ' end cb', true));
});
row('get-end-empty', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.end();
});
row('get-end-empty-buf', {}, (s, name) => {
  watch(name, s, {});
  s.respond();
  s.end(Buffer.alloc(0));
});
row('get-end-alone', {}, (s, name) => {
  watch(name, s, { props: true });
  s.end(body);
});
row('get-respond-endstream', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond({ ':status': 200 }, { endStream: true });
  out.push(name + ' after respond ' + snap(s, CPROPS));
});
row('get-204', {}, (s, name) => {
  watch(name, s, {});
  s.respond({ ':status': 204 });
});
row('get-304', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond({ ':status': 304 });
  s.end();
});
row('head', { ':method': 'HEAD' }, (s, name) => {
  watch(name, s, { props: true });
  s.respond({ ':status': 200 });
  s.end();
});
row('write-end', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.write('a');
  s.end('b');
});
row('write-cb-end', {}, (s, name) => {
  watch(name, s, {});
  s.respond();
  s.write('a', () => log(name + ' write cb', true));
  s.end();
});
row('end-twice', {}, (s, name) => {
  watch(name, s, {});
  s.respond();
  s.end(body);
  s.end(() => log(name + ' second end cb', true));
});
row('respond-later', {}, (s, name) => {
  watch(name, s, { props: true });
  setTimeout(() => { s.respond(); s.end(body); }, 5);
});
row('data-listener', {}, (s, name) => {
  watch(name, s, {});
  s.on('data', () => out.push(name + ' data'));
  s.respond();
  s.end(body);
});
row('readable-listener', {}, (s, name) => {
  watch(name, s, {});
  process.nextTick(() => out.push(name + ' nt before readable'));
  s.on('readable', () => out.push(name + ' readable ' + s.read()));
  s.respond();
  s.end(body);
});
row('resume-in-handler', {}, (s, name) => {
  watch(name, s, { props: true });
  s.resume();
  s.respond();
  s.end(body);
});
row('trailers', {}, (s, name) => {
  watch(name, s, {});
  s.respond({ ':status': 200 }, { waitForTrailers: true });
  s.on('wantTrailers', () => s.sendTrailers({ x: '1' }));
  s.end(body);
});

// 2. request bodies
row('post-unread', { ':method': 'POST' }, (s, name) => plain({ name, props: true })(s), { send: 'abc' });
row('post-read', { ':method': 'POST' }, (s, name) => {
  watch(name, s, { props: true });
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    out.push(name + ' got ' + got);
    s.respond();
    s.end(body);
  });
}, { send: 'abc' });
row('post-read-later', { ':method': 'POST' }, (s, name) => {
  watch(name, s, {});
  setTimeout(() => {
    s.setEncoding('utf8');
    s.on('data', (d) => out.push(name + ' data ' + d));
    s.respond();
    s.end(body);
  }, 20);
}, { send: 'xyz' });
row('post-respond-first', { ':method': 'POST' }, (s, name) => plain({ name })(s), { send: 'abc', sendLater: true });
row('get-open', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.end(body);
}, { endStream: false, endLater: true });

// 3. cut short
row('client-rst-before-response', {}, (s, name) => {
  watch(name, s, { props: true });
  s.additionalHeaders({ ':status': 103 });
}, { rstOn: 'headers' });
row('client-rst-after-response', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.write('part');
}, { rstOn: 'response' });
row('client-rst-quiet', {}, (s, name) => {
  watch(name, s, {});
  s.additionalHeaders({ ':status': 103 });
}, { rstOn: 'headers' });
row('server-close', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.close();
});
row('server-close-cancel', {}, (s, name) => {
  watch(name, s, {});
  s.close(http2.constants.NGHTTP2_CANCEL, () => out.push(name + ' close cb'));
});
row('server-close-after-end', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.end(body);
  s.close();
});
row('destroy-after-end', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.end(body);
  s.destroy();
});
row('destroy-before-respond', {}, (s, name) => {
  watch(name, s, { props: true });
  s.destroy();
});
row('destroy-err', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.destroy(new Error('boom'));
});
row('destroy-in-finish', {}, (s, name) => {
  watch(name, s, {});
  s.on('finish', () => s.destroy());
  s.respond();
  s.end(body);
});
row('destroy-next-tick', {}, (s, name) => {
  watch(name, s, { props: true });
  s.respond();
  s.end(body);
  process.nextTick(() => s.destroy());
});

const server = http2.createServer();
let current = null;
server.on('stream', (s, headers) => {
  const r = current;
  out.push(r.name + ' stream endAfterHeaders=' + s.endAfterHeaders);
  process.nextTick(() => out.push(r.name + ' nt after stream'));
  queueMicrotask(() => out.push(r.name + ' mt after stream'));
  r.handler(s, r.name);
});

server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  let i = 0;
  const next = () => {
    if (i === rows.length) {
      client.close();
      server.close();
      return;
    }
    const r = rows[i++];
    current = r;
    const hasBody = r.send !== undefined || r.endStream === false;
    const req = client.request(Object.assign({ ':path': '/' + r.name }, r.req), { endStream: !hasBody });
    if (r.send !== undefined) {
      if (r.sendLater) setTimeout(() => req.end(r.send), 20);
      else req.end(r.send);
    }
    if (r.endLater) setTimeout(() => req.end(), 20);
    if (r.rstOn) req.on(r.rstOn, () => req.close(http2.constants.NGHTTP2_CANCEL));
    let status = '-';
    let n = 0;
    req.on('response', (h) => { status = h[':status']; });
    req.on('data', (d) => { n += d.length; });
    req.on('error', () => {});
    req.on('close', () => {
      // Give the server side time to finish its own events before the next row.
      setTimeout(() => {
        out.push(r.name + ' client ' + (FULL || !/client/.test(r.differs) ? 'status=' + status + ' bytes=' + n + ' ' : '') +
          'rst=' + req.rstCode);
        if (!FULL && /all/.test(r.differs)) out = [r.name + ' (differs from node)'];
        else if (wout.length && !/w/.test(r.differs)) console.log(wout.join('\n'));
        console.log(out.join('\n'));
        out = [];
        wout = [];
        next();
      }, 60);
    });
  };
  next();
});
process.on('exit', () => assert.strictEqual(i_done(), true));
function i_done() { return out.length === 0; }
