'use strict';
// Development aid: `node -r ./tools/node-shim.js script.js` makes real node load OUR polyfills
// (polyfills/js/*.js) for the core module names we implement, so a polyfill can be tried under
// node before the h2js runtime exists. Node's own internals keep using node's modules.
const Module = require('module');
const path = require('path');
const fs = require('fs');
const root = path.join(__dirname, '..', 'polyfills', 'js');
const original = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const name = request.startsWith('node:') ? request.slice(5) : request;
  const file = path.join(root, name + '.js');
  if (!name.startsWith('.') && !path.isAbsolute(name) && fs.existsSync(file)) {
    if (!name.startsWith('internal/') || (parent && parent.filename && parent.filename.startsWith(root))) return file;
  }
  return original.call(this, request, parent, ...rest);
};
