'use strict';
// node:assert/strict — assert.strict: the strict comparisons are the defaults (equal is strictEqual, ...).
module.exports = require('assert').strict;
