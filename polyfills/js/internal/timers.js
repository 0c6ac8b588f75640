'use strict';
// The part of Node's internal/timers that scripts run with --expose-internals reach for (Node's
// own tests do): kTimeout, the symbol under which a socket, an Http2Session or an Http2Stream
// keeps its idle Timeout (whose _idleTimeout is the delay in ms). The http2 layer stores its idle
// timers under this symbol for that reason.
module.exports = {
  kTimeout: Symbol('timeout'),
};
