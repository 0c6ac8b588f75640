'use strict';
// Shared by the table-driven Buffer js-tests: each row is [expression, expected], where expected
// is what Node 20 gives, rendered by show() (hex for Buffers and Uint8Arrays, JSON otherwise) or,
// for a throw, as 'THROW name code: message'.
const assert = require('assert');
const { Buffer } = require('buffer');

function show(r) {
  if (typeof r === 'bigint') return r + 'n';
  if (r instanceof Uint8Array) return (Buffer.isBuffer(r) ? 'B' : 'U') + '<' + Array.from(r).map((x) => x.toString(16).padStart(2, '0')).join('') + '>';
  if (Array.isArray(r)) return '[' + r.map(show).join(',') + ']';
  return JSON.stringify(r);
}

function run(f) {
  try {
    return show(f());
  } catch (e) {
    return 'THROW ' + e.name + ' ' + e.code + ': ' + e.message;
  }
}

// checkTable asserts every row and returns how many it checked.
function checkTable(table) {
  let checked = 0;
  for (const [f, want] of table) {
    assert.strictEqual(run(f), want, f.toString());
    checked++;
  }
  return checked;
}

module.exports = { checkTable };
