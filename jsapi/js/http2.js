'use strict';
// require('node:http2'): Node's HTTP/2 core API over the Go engine.

const core = require('internal/http2/core');
const util = require('internal/http2/util');

module.exports = {
  connect: core.connect,
  constants: util.constants,
  createServer: core.createServer,
  createSecureServer: core.createSecureServer,
  getDefaultSettings: util.getDefaultSettings,
  getPackedSettings: util.getPackedSettings,
  getUnpackedSettings: util.getUnpackedSettings,
  performServerHandshake() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('performServerHandshake()');
  },
  sensitiveHeaders: util.kSensitiveHeaders,
};

// The compatibility API (Http2ServerRequest/Http2ServerResponse) is a separate piece.
Object.defineProperty(module.exports, 'Http2ServerRequest', {
  enumerable: true,
  configurable: true,
  get() { return require('internal/http2/compat').Http2ServerRequest; },
});
Object.defineProperty(module.exports, 'Http2ServerResponse', {
  enumerable: true,
  configurable: true,
  get() { return require('internal/http2/compat').Http2ServerResponse; },
});
