'use strict';
// pipeline(source, ...transforms, destination, callback): connects the stages, destroys every
// stage when one fails, and calls back once with the first real error (or with nothing, plus the
// value a final async function resolved to).
//
// Stages may be node streams, iterables / async iterables (source only), or functions: the first
// one is called with { signal } and must return an iterable; later ones receive the previous
// stage as an async iterable and return an async iterable (middle) or a promise / async
// iterable (last).

const life = require('internal/streams/lifecycle');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS, ERR_STREAM_DESTROYED,
  },
  AbortError,
  validateFunction,
  validateAbortSignal,
} = require('internal/errors');

let lazy = null;
function classes() {
  if (lazy === null) {
    lazy = {
      Readable: require('internal/streams/readable').Readable,
      PassThrough: require('internal/streams/duplex').PassThrough,
    };
  }
  return lazy;
}

function pipeline(...stages) {
  const callback = stages.pop();
  validateFunction(callback, 'streams[stream.length - 1]');
  return runPipeline(stages, callback, {});
}

function runPipeline(stages, callback, opts) {
  if (stages.length === 1 && Array.isArray(stages[0])) stages = stages[0];
  if (stages.length < 2) throw new ERR_MISSING_ARGS('streams');

  const outerSignal = opts.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  const ac = new AbortController();
  const signal = ac.signal;
  const endLast = opts.end !== false;

  let pending = 0; // completions we still wait for
  let error;
  let value;
  let reported = false;
  const killers = []; // destroy functions, one per stream stage
  const lastCleanups = [];

  const onOuterAbort = () => doSettle(new AbortError(undefined, { cause: outerSignal.reason }), false);
  if (outerSignal) {
    if (outerSignal.aborted) process.nextTick(onOuterAbort);
    else outerSignal.addEventListener('abort', onOuterAbort);
  }

  function settle(err) {
    doSettle(err, --pending === 0);
  }

  function doSettle(err, last) {
    // A premature close is usually a consequence; prefer the error that caused it.
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !last) return;
    while (killers.length) killers.shift()(error);
    if (outerSignal) outerSignal.removeEventListener('abort', onOuterAbort);
    ac.abort();
    if (last && !reported) {
      reported = true;
      if (!error) for (const fn of lastCleanups) fn();
      process.nextTick(callback, error, value);
    }
  }

  // Tracks a stream stage: remembers when it is done, and how to destroy it if the pipeline fails.
  function watch(stream, reading, writing) {
    let over = false;
    stream.on('close', () => { over = true; });
    const stop = life.finished(stream, { readable: reading, writable: writing }, (err) => { over = !err; });
    killers.push((err) => {
      if (over) return;
      over = true;
      life.destroyStream(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    });
    return stop;
  }

  let prev;
  const lastIndex = stages.length - 1;
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i];
    const reading = i < lastIndex;
    const writing = i > 0;
    const isLast = i === lastIndex;
    const end = reading || endLast;

    if (life.isNodeStream(stage)) {
      const stop = watch(stage, reading, writing);
      if (end && isLast) lastCleanups.push(stop);
      // Errors are reported by finished(); this listener keeps them from going unhandled.
      stage.on('error', (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') settle(err);
      });
    }

    if (i === 0) {
      if (typeof stage === 'function') {
        prev = stage({ signal });
        if (!life.isIterable(prev)) {
          throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', prev);
        }
      } else if (life.isNodeStream(stage) || life.isIterable(stage)) {
        prev = stage;
      } else {
        throw new ERR_INVALID_ARG_TYPE('source', ['Stream', 'Iterable', 'AsyncIterable', 'Function'], stage);
      }
    } else if (typeof stage === 'function') {
      const input = asAsyncIterable(prev);
      const out = stage(input, { signal });
      if (reading) {
        if (!life.isIterable(out, true)) {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', 'transform[' + (i - 1) + ']', out);
        }
        prev = out;
      } else {
        // The last function: its promise's value becomes the pipeline's value; an async
        // iterable result is drained into a PassThrough that the caller gets back.
        const { PassThrough } = classes();
        const pt = new PassThrough({ objectMode: true });
        if (out && typeof out.then === 'function') {
          pending++;
          out.then((v) => {
            value = v;
            if (v != null) pt.write(v);
            if (end) pt.end();
            process.nextTick(settle);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(settle, err);
          });
        } else if (life.isIterable(out, true)) {
          pending++;
          pumpInto(out, pt, settle, end);
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', out);
        }
        prev = pt;
        const stop = watch(pt, false, true);
        if (isLast) lastCleanups.push(stop);
      }
    } else if (life.isNodeStream(stage)) {
      if (life.isNodeReadable(prev)) {
        pending += 2;
        const stop = connect(prev, stage, settle, end);
        if (life.isReadable(stage) && isLast) lastCleanups.push(stop);
      } else if (life.isIterable(prev)) {
        pending++;
        pumpInto(prev, stage, settle, end);
      } else {
        throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], prev);
      }
      prev = stage;
    } else {
      throw new ERR_INVALID_ARG_TYPE('streams[' + i + ']', ['Stream', 'Function'], stage);
    }
  }

  return prev;
}

// src.pipe(dst) with completion tracking: calls done once when src ended and once when dst
// finished (or with the error of either).
function connect(src, dst, done, end) {
  src.pipe(dst, { end: false });
  if (end) {
    const endDst = () => dst.end();
    if (life.readableDone(src, false) && src._readableState && src._readableState.endEmitted) {
      process.nextTick(endDst);
    } else {
      src.once('end', endDst);
    }
    life.finished(dst, { readable: false, writable: true }, done);
  } else {
    done();
  }
  life.finished(src, { readable: true, writable: false }, (err) => {
    const rs = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rs && rs.ended && !rs.errored && !rs.errorEmitted) {
      // Closed right after push(null) but before 'end': 'end' is still coming.
      src.once('end', done).once('error', done);
    } else {
      done(err);
    }
  });
  return life.finished(dst, { readable: false, writable: true }, life.noop);
}

// Writes everything an (async) iterable yields into a writable, respecting backpressure.
function pumpInto(iterable, writable, done, end) {
  let failure = null;
  writable.on('error', (err) => { failure = err; });
  let waiting = null;
  const wakeUp = () => {
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      w();
    }
  };
  writable.on('drain', wakeUp);
  const stopWatch = life.finished(writable, { readable: false }, (err) => {
    if (err && !failure) failure = err;
    wakeUp();
  });
  const drained = () => new Promise((resolve, reject) => {
    const check = () => {
      if (failure) reject(failure);
      else if (!writable.writableNeedDrain) resolve();
      else waiting = check;
    };
    check();
  });

  const it = typeof iterable[Symbol.asyncIterator] === 'function'
    ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  const loop = async () => {
    try {
      if (writable.writableNeedDrain) await drained();
      for (;;) {
        const step = await it.next();
        if (step.done) break;
        if (!writable.write(step.value)) await drained();
      }
      if (end) {
        writable.end();
        await new Promise((resolve, reject) => {
          life.finished(writable, { readable: false }, (err) => (err ? reject(err) : resolve()));
        });
      }
      done();
    } catch (err) {
      life.destroyStream(writable, err);
      done(err);
      if (typeof it.return === 'function') {
        try { await it.return(); } catch (e) { /* already failing */ }
      }
    } finally {
      stopWatch();
      writable.removeListener('drain', wakeUp);
    }
  };
  loop();
}

// What a function stage receives: iterables as they are (a Readable is async-iterable itself),
// old-style streams wrapped into a Readable.
function asAsyncIterable(x) {
  if (life.isIterable(x)) return x;
  if (life.isNodeReadable(x)) return new (classes().Readable)({ objectMode: true }).wrap(x);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], x);
}

function pipelinePromise(...stages) {
  return new Promise((resolve, reject) => {
    let opts = {};
    const last = stages[stages.length - 1];
    if (last && typeof last === 'object' && !life.isNodeStream(last) && !life.isIterable(last) &&
        !Array.isArray(last)) {
      opts = stages.pop();
    }
    runPipeline(stages, (err, v) => (err ? reject(err) : resolve(v)), opts);
  });
}

module.exports = { pipeline, pipelinePromise, runPipeline };
