'use strict';
// The old-style Stream base class: an EventEmitter with a minimal pipe() that forwards 'data'
// events and honours write() === false / 'drain'. Readable, Writable and friends inherit from it,
// and objects that only emit 'data' (like our http1 compat response) can still be piped.

const EventEmitter = require('events');

function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  const forward = (chunk) => {
    if (dest.writable && dest.write(chunk) === false && typeof source.pause === 'function') source.pause();
  };
  const relieve = () => {
    if (source.readable && typeof source.resume === 'function') source.resume();
  };
  source.on('data', forward);
  dest.on('drain', relieve);

  let finishedOnce = false;
  const onEnd = () => {
    if (finishedOnce) return;
    finishedOnce = true;
    dest.end();
  };
  const onClose = () => {
    if (finishedOnce) return;
    finishedOnce = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  };
  const endDest = !dest._isStdio && (!options || options.end !== false);
  if (endDest) {
    source.on('end', onEnd);
    source.on('close', onClose);
  }

  function onError(err) {
    detach();
    // We were the only listener: the error is unhandled, as it would be without the pipe.
    if (EventEmitter.listenerCount(this, 'error') === 0) throw err;
  }
  prepend(source, 'error', onError);
  prepend(dest, 'error', onError);

  function detach() {
    source.removeListener('data', forward);
    dest.removeListener('drain', relieve);
    source.removeListener('end', onEnd);
    source.removeListener('close', onClose);
    source.removeListener('error', onError);
    dest.removeListener('error', onError);
    source.removeListener('end', detach);
    source.removeListener('close', detach);
    dest.removeListener('close', detach);
  }
  source.on('end', detach);
  source.on('close', detach);
  dest.on('close', detach);
  dest.emit('pipe', source);
  return dest;
};

// Puts fn in front of the listeners already registered for ev, even on emitters that predate
// prependListener.
function prepend(emitter, ev, fn) {
  if (typeof emitter.prependListener === 'function') {
    emitter.prependListener(ev, fn);
    return;
  }
  if (!emitter._events || !emitter._events[ev]) emitter.on(ev, fn);
  else if (Array.isArray(emitter._events[ev])) emitter._events[ev].unshift(fn);
  else emitter._events[ev] = [fn, emitter._events[ev]];
}

module.exports = { Stream, prepend };
