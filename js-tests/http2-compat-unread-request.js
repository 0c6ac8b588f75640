'use strict';
// compare-stdout
// An unread request (GET, answered at once) when its stream closes: 'close', then the drain of the
// empty body ('readable', 'resume', 'end' on following ticks), and what a handler sees when it
// starts using the request at each step of that: listeners added late, state getters, a
// 'data' listener, read(), pipe(), destroy(); the same for a request reset by the client. Ticks queued by the handler are interleaved with
// the request's own, so the trace pins their exact places; it must be the same under node and
// h2js.
const http2 = require('http2');
const { Writable } = require('stream');

let trace = [];
const log = (line) => trace.push(line);
function state(req) {
  return `ended=${req.readableEnded} readable=${req.readable} flowing=${req.readableFlowing} ` +
    `destroyed=${req.destroyed} complete=${req.complete}`;
}
function full(req) {
  return state(req) + ` length=${req.readableLength} paused=${req.isPaused()} closed=${req.closed} ` +
    `didRead=${req.readableDidRead} aborted=${req.readableAborted}`;
}
function listen(req, tag, events = ['readable', 'resume', 'end', 'data', 'pause']) {
  for (const ev of events) {
    req.on(ev, (...args) => log(`${tag}: req ${ev}${args.length ? ' ' + args.length : ''} ${state(req)}`));
  }
}
// Ticks queued now and from those ticks, so that they land before and after the request's own.
function tickMarks(req, tag, depth = 3) {
  let n = 0;
  const step = () => {
    n++;
    log(`${tag}: tick ${n} ${state(req)}`);
    if (n < depth) process.nextTick(step);
  };
  process.nextTick(step);
}

// Each returns what the handler does; `at` names the moment it starts using the request.
const cases = {
  // Nothing touches the request: only 'close' and a late 'end' listener.
  '/untouched'(req, res) {
    req.on('close', () => log('req close ' + state(req)));
    res.on('close', () => {
      log('res close ' + state(req));
      tickMarks(req, 'res close');
    });
    res.end('x');
  },
  // Listeners added from req 'close', from res 'close', and from ticks at several depths.
  '/late-listeners'(req, res) {
    req.on('close', () => {
      listen(req, 'from req close', ['end']);
      process.nextTick(() => listen(req, 'from req close tick', ['end', 'resume']));
    });
    res.on('close', () => {
      listen(req, 'from res close', ['end', 'resume', 'readable']);
      tickMarks(req, 'res close');
      process.nextTick(() => {
        listen(req, 'from tick 1', ['end']);
        process.nextTick(() => {
          listen(req, 'from tick 2', ['end']);
          process.nextTick(() => listen(req, 'from tick 3', ['end']));
        });
      });
      setImmediate(() => {
        listen(req, 'from immediate', ['end']);
        log('immediate ' + full(req));
      });
    });
    res.end('x');
  },
  // The full state read (which needs the Readable machinery) at each step.
  '/state-steps'(req, res) {
    log('handler ' + full(req));
    req.on('close', () => {
      log('req close ' + full(req));
      process.nextTick(() => log('req close tick ' + full(req)));
    });
    res.on('close', () => {
      log('res close ' + full(req));
      process.nextTick(() => {
        log('res close tick ' + full(req));
        process.nextTick(() => log('res close tick 2 ' + full(req)));
      });
    });
    res.end('x');
  },
  // A 'data' listener from res 'close'.
  '/data-at-close'(req, res) {
    res.on('close', () => {
      listen(req, 'data at close');
      tickMarks(req, 'res close', 4);
    });
    res.end('x');
  },
  // A 'data' listener from a tick after res 'close'.
  '/data-after-close'(req, res) {
    res.on('close', () => {
      tickMarks(req, 'res close', 4);
      process.nextTick(() => listen(req, 'data tick 1'));
    });
    res.end('x');
  },
  // A 'readable' listener from req 'close', reading with read().
  '/readable-at-req-close'(req, res) {
    req.on('close', () => {
      req.on('readable', () => log('readable read() -> ' + req.read() + ' ' + state(req)));
      listen(req, 'readable at req close', ['end', 'resume']);
      tickMarks(req, 'req close', 4);
    });
    res.end('x');
  },
  // pipe() into a writable from res 'close'.
  '/pipe-at-close'(req, res) {
    res.on('close', () => {
      const sink = new Writable({ write(c, e, cb) { log('sink write'); cb(); } });
      sink.on('finish', () => log('sink finish ' + state(req)));
      req.pipe(sink);
      listen(req, 'pipe at close', ['end', 'resume']);
      tickMarks(req, 'res close', 4);
    });
    res.end('x');
  },
  // destroy() from res 'close': no 'end' after that.
  '/destroy-at-close'(req, res) {
    res.on('close', () => {
      listen(req, 'destroy at close', ['end', 'resume', 'close', 'error']);
      req.destroy();
      log('destroyed ' + state(req));
      tickMarks(req, 'res close', 4);
    });
    res.end('x');
  },
  // destroy() before the response, resume() and pause() while the stream is open.
  '/destroy-early'(req, res) {
    listen(req, 'destroy early', ['end', 'close', 'error']);
    req.destroy();
    log('destroyed ' + full(req));
    res.end('x');
  },
  '/resume-early'(req, res) {
    listen(req, 'resume early');
    req.resume();
    log('resumed ' + state(req));
    res.on('close', () => tickMarks(req, 'res close'));
    setTimeout(() => res.end('x'), 5);
  },
  '/pause-early'(req, res) {
    listen(req, 'pause early');
    req.pause();
    log('paused ' + full(req));
    res.on('close', () => tickMarks(req, 'res close', 4));
    res.end('x');
  },
  // Async iteration started at res 'close'.
  '/iterate-at-close'(req, res) {
    res.on('close', async () => {
      tickMarks(req, 'res close', 5);
      let n = 0;
      for await (const chunk of req) n += chunk.length;
      log('iterated ' + n + ' ' + state(req));
    });
    res.end('x');
  },
  // setEncoding() and a once('end') from a tick queued at req 'close'.
  '/encoding-tick'(req, res) {
    req.on('close', () => process.nextTick(() => {
      req.setEncoding('utf8');
      req.once('end', () => log('once end ' + state(req)));
      log('encoding ' + req.readableEncoding + ' ' + state(req));
    }));
    res.on('close', () => tickMarks(req, 'res close', 4));
    res.end('x');
  },
  // Reset by the client mid-response (the client closes on the first chunk): nothing read.
  '/abort-untouched'(req, res) {
    req.on('aborted', () => log('req aborted ' + state(req)));
    req.on('close', () => {
      log('req close ' + state(req));
      tickMarks(req, 'req close', 4);
    });
    res.on('close', () => {
      listen(req, 'abort at res close', ['end', 'resume']);
      tickMarks(req, 'res close', 3);
    });
    res.write('x');
  },
  // The same with a 'readable' listener from req 'close' and the full state at each step.
  '/abort-readable'(req, res) {
    req.on('close', () => {
      log('req close ' + full(req));
      req.on('readable', () => log('readable read() -> ' + req.read() + ' ' + state(req)));
      listen(req, 'abort readable', ['end', 'resume']);
      tickMarks(req, 'req close', 4);
    });
    res.write('x');
  },
  // A 'data' listener from a tick queued at req 'close'.
  '/abort-data-tick'(req, res) {
    req.on('close', () => {
      tickMarks(req, 'req close', 4);
      process.nextTick(() => {
        log('tick ' + full(req));
        listen(req, 'abort data tick');
      });
    });
    res.write('x');
  },
};
const aborting = new Set(['/abort-untouched', '/abort-readable', '/abort-data-tick']);

function handle(req, res) {
  const h = cases[req.url];
  if (h) h(req, res);
  else res.end();
}
const server = http2.createServer(handle);
// The same cases with subclassed request/response classes (they take another path in h2js).
class SubRequest extends http2.Http2ServerRequest {}
class SubResponse extends http2.Http2ServerResponse {}
const subServer = http2.createServer({ Http2ServerRequest: SubRequest, Http2ServerResponse: SubResponse }, handle);

function get(client, path) {
  return new Promise((resolve) => {
    const r = client.request({ ':path': path });
    r.on('data', () => {
      if (aborting.has(path)) r.close(http2.constants.NGHTTP2_CANCEL);
    });
    r.on('close', resolve);
  });
}

async function runAll(srv, name) {
  await new Promise((resolve) => srv.listen(0, resolve));
  const client = http2.connect('http://localhost:' + srv.address().port);
  for (const path of Object.keys(cases)) {
    trace = [];
    await get(client, path);
    await new Promise((resolve) => setTimeout(resolve, 30));
    console.log('== ' + name + path);
    for (const line of trace) console.log('  ' + line);
  }
  client.close();
  srv.close();
}

(async () => {
  await runAll(server, '');
  await runAll(subServer, 'subclassed ');
})();
