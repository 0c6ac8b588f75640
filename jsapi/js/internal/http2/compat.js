'use strict';
// The HTTP/1 compatibility API of node:http2 (the server 'request' event with
// Http2ServerRequest/Http2ServerResponse). Not implemented yet: this module is the seam where it
// goes. setup(server) is called when a 'request' listener is added to an Http2Server (or one is
// passed to createServer); it must wire the server's 'stream' events to request/response objects.

const { codes } = require('internal/errors');

function notImplemented(what) {
  return new codes.ERR_METHOD_NOT_IMPLEMENTED(what);
}

class Http2ServerRequest {
  constructor() {
    throw notImplemented('Http2ServerRequest');
  }
}

class Http2ServerResponse {
  constructor() {
    throw notImplemented('Http2ServerResponse');
  }
}

function setup(server) {
  throw notImplemented("the 'request' event (HTTP/2 compatibility API)");
}

module.exports = { setup, Http2ServerRequest, Http2ServerResponse };
