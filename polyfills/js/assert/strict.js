'use strict';
// node:assert/strict is the strict-mode variant that node:assert exposes as assert.strict.
module.exports = require('assert').strict;
