'use strict';
// Building Duplex streams out of other things: Duplex.from(), compose(), duplexPair().

const life = require('internal/streams/lifecycle');
const { Readable } = require('internal/streams/readable');
const { Duplex } = require('internal/streams/duplex');
const { pipeline } = require('internal/streams/pipeline');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS },
  AbortError,
} = require('internal/errors');

// A Duplex that writes into `writable` and reads from `readable` (either may be missing).
function joinSides(readable, writable, options) {
  const objectMode = !!((readable && readable.readableObjectMode) || (writable && writable.writableObjectMode));
  const d = new Duplex(Object.assign({
    objectMode,
    readableObjectMode: readable ? !!readable.readableObjectMode : objectMode,
    writableObjectMode: writable ? !!writable.writableObjectMode : objectMode,
    writable: !!writable,
    readable: !!readable,
  }, options));

  let onDrain = null;
  let onFinish = null;
  if (writable) {
    d._write = (chunk, enc, cb) => {
      if (writable.write(chunk, enc)) cb();
      else onDrain = cb;
    };
    d._final = (cb) => {
      writable.end();
      onFinish = cb;
    };
    writable.on('drain', () => {
      const cb = onDrain;
      onDrain = null;
      if (cb) cb();
    });
    life.finished(writable, { readable: false }, (err) => {
      if (err) d.destroy(err);
      else if (onFinish) {
        const cb = onFinish;
        onFinish = null;
        cb();
      }
    });
  }

  let wantMore = false;
  if (readable) {
    const pull = () => {
      while (wantMore) {
        const chunk = readable.read();
        if (chunk === null) return;
        wantMore = d.push(chunk);
      }
    };
    readable.on('readable', pull);
    readable.on('end', () => d.push(null));
    life.finished(readable, { writable: false }, (err) => {
      if (err) d.destroy(err);
    });
    d._read = () => {
      wantMore = true;
      pull();
    };
  }

  d._destroy = (err, cb) => {
    if (!err && onFinish) err = new AbortError();
    onDrain = onFinish = null;
    if (readable) life.destroyStream(readable, err);
    if (writable) life.destroyStream(writable, err);
    cb(err);
  };
  return d;
}

// Feeds what is written to the Duplex into fn as an async iterable.
function fromFunction(fn) {
  let waiting = null; // resolves the iterator's pending next()
  let queued = [];
  let ended = false;
  let resumeWriter = null;
  const input = {
    [Symbol.asyncIterator]() {
      return {
        next: () => new Promise((resolve) => {
          const give = () => {
            if (queued.length) {
              const { chunk, cb } = queued.shift();
              resolve({ value: chunk, done: false });
              cb();
            } else if (ended) {
              resolve({ value: undefined, done: true });
            } else {
              waiting = give;
            }
          };
          give();
        }),
        return: () => Promise.resolve({ value: undefined, done: true }),
      };
    },
  };
  const wake = () => {
    const w = waiting;
    waiting = null;
    if (w) w();
  };
  const value = fn(input);
  return {
    value,
    write(chunk, enc, cb) {
      queued.push({ chunk, cb });
      wake();
    },
    final(cb) {
      ended = true;
      wake();
      resumeWriter = cb;
    },
    finalDone() {
      if (resumeWriter) resumeWriter();
    },
  };
}

function duplexFrom(body, name) {
  if (body instanceof Duplex) return body;
  if (life.isNodeReadable(body) && life.isNodeWritable(body)) return body;
  if (life.isNodeReadable(body)) return joinSides(body, null);
  if (life.isNodeWritable(body)) return joinSides(null, body);

  if (typeof body === 'function') {
    const ctl = fromFunction(body);
    const out = ctl.value;
    if (life.isIterable(out)) {
      const d = Readable.from(out, { objectMode: true });
      const dd = new Duplex({ objectMode: true, highWaterMark: 1 });
      const src = d;
      dd._write = ctl.write;
      dd._final = (cb) => { ctl.final(cb); ctl.finalDone(); };
      src.on('data', (c) => { if (!dd.push(c)) src.pause(); });
      dd._read = () => src.resume();
      src.on('end', () => dd.push(null));
      src.on('error', (e) => dd.destroy(e));
      dd._destroy = (err, cb) => { life.destroyStream(src, err); cb(err); };
      return dd;
    }
    if (out && typeof out.then === 'function') {
      const dd = new Duplex({ objectMode: true, highWaterMark: 1, readable: false });
      dd._write = ctl.write;
      dd._final = (cb) => {
        ctl.final(life.noop);
        out.then((v) => {
          if (v != null) return dd.destroy(new ERR_INVALID_RETURN_VALUE('nully', 'body', v));
          cb();
        }, (err) => dd.destroy(err));
      };
      return dd;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name || 'body', out);
  }

  if (life.isIterable(body)) {
    const src = Readable.from(body, { objectMode: true });
    return joinSides(src, null, { objectMode: true, writable: false });
  }

  if (body && typeof body.then === 'function') {
    const d = new Duplex({ objectMode: true, writable: false, read() {} });
    body.then((v) => {
      if (v != null) d.push(v);
      d.push(null);
    }, (err) => d.destroy(err));
    return d;
  }

  if (body && typeof body === 'object' && (body.readable !== undefined || body.writable !== undefined)) {
    const r = body.readable && life.isNodeReadable(body.readable) ? body.readable
      : body.readable ? duplexFrom(body.readable) : null;
    const w = body.writable && life.isNodeWritable(body.writable) ? body.writable
      : body.writable ? duplexFrom(body.writable) : null;
    return joinSides(r, w);
  }

  throw new ERR_INVALID_ARG_TYPE(name || 'body',
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
      '{ readable, writable } pair', 'Promise'], body);
}

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return duplexFrom(streams[0], 'streams[0]');
  const stages = streams.map((s, i) => (typeof s === 'function' || life.isIterable(s) && !life.isNodeStream(s)
    ? duplexFrom(s, 'streams[' + i + ']') : s));
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    if (!life.isNodeStream(s)) continue;
    if (i < stages.length - 1 && !life.isNodeReadable(s)) {
      throw new ERR_INVALID_ARG_VALUE('streams[' + i + ']', streams[i], 'must be readable');
    }
    if (i > 0 && !life.isNodeWritable(s)) {
      throw new ERR_INVALID_ARG_VALUE('streams[' + i + ']', streams[i], 'must be writable');
    }
  }
  const head = stages[0];
  const tail = stages[stages.length - 1];
  let joined = null;
  pipeline(stages, (err) => {
    if (err && joined) joined.destroy(err);
  });
  joined = joinSides(life.isNodeReadable(tail) ? tail : null, life.isNodeWritable(head) ? head : null);
  return joined;
}

// Two connected Duplex ends: what one writes, the other reads.
function duplexPair(options) {
  const a = new Duplex(options);
  const b = new Duplex(options);
  link(a, b);
  link(b, a);
  return [a, b];
}

function link(self, peer) {
  let held = null; // write callback waiting for the peer to read
  self._write = (chunk, enc, cb) => {
    if (peer.push(chunk)) cb();
    else held = cb;
  };
  self._final = (cb) => {
    peer.push(null);
    cb();
  };
  peer._read = () => {
    const cb = held;
    held = null;
    if (cb) cb();
  };
  self._destroy = (err, cb) => {
    if (!peer.destroyed) peer.destroy(err);
    cb(err);
  };
}

// Readable.wrap(src, options): a Readable over an old-style stream.
function wrapStatic(src, options) {
  const objectMode = src.readableObjectMode != null ? src.readableObjectMode
    : src.objectMode != null ? src.objectMode : true;
  return new Readable(Object.assign({ objectMode }, options, {
    destroy(err, cb) {
      life.destroyStream(src, err);
      cb(err);
    },
  })).wrap(src);
}

module.exports = { duplexFrom, compose, duplexPair, wrapStatic };
