'use strict';
// node:path/posix — the same object as node:path on POSIX.
module.exports = require('path');
