'use strict';
// A cheaper way onto the nextTick queue for the runtime's own modules. queue(fn, a, b) runs
// fn(a, b) in the same FIFO as process.nextTick, but stores the two values in the queue itself
// instead of in the argument array that a public call (rest parameter) allocates. fn always
// receives exactly two arguments, so this is only for internal callbacks that ignore arity;
// user callbacks keep going through process.nextTick.
//
// The bootstrap replaces `queue` with the real one; the default only matters for code running
// before it (none of the callers do).
module.exports = {
  queue(fn, a, b) {
    process.nextTick(fn, a, b);
  },
};
