// compare-stdout
'use strict';
// NghttpError from internal/http2/util (Node's own http2 tests require it with --expose-internals):
// an nghttp2 library error by number, code ERR_HTTP2_ERROR, errno the number, message nghttp2's
// text for it ('Unknown error code' for numbers nghttp2 does not know). The child prints the text of
// every number from -1000 to 0 that nghttp2 knows, so stdout is compared with node's.
const assert = require('assert');

if (process.argv[2] !== 'child') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-internals', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  process.stdout.write(r.stdout);
  return;
}

const { NghttpError } = require('internal/http2/util');

const e = new NghttpError(-501);
assert(e instanceof Error);
assert.strictEqual(e.constructor, NghttpError);
assert.strictEqual(Object.getPrototypeOf(NghttpError.prototype), Error.prototype);
assert.strictEqual(e.name, 'Error');
assert.strictEqual(e.code, 'ERR_HTTP2_ERROR');
assert.strictEqual(e.errno, -501);
assert.strictEqual(e.message, 'Invalid argument');
assert.deepStrictEqual(Object.keys(e), ['code', 'errno']);
assert.strictEqual(String(e), 'Error [ERR_HTTP2_ERROR]: Invalid argument');
assert.strictEqual(e.stack.split('\n')[0], 'Error [ERR_HTTP2_ERROR]: Invalid argument');
assert.strictEqual(new NghttpError(401).toString(), 'Error [ERR_HTTP2_ERROR]: Unknown error code');
assert.throws(() => NghttpError(-501), TypeError);

// toString reads name, code and message when it is called.
e.name = 'Renamed';
e.code = 'X';
assert.strictEqual(String(e), 'Renamed [X]: Invalid argument');
assert.strictEqual(NghttpError.prototype.toString.call({ name: 'A', code: 'B', message: 'C' }), 'A [B]: C');

// The number is read as a 32-bit integer; anything but a number counts as 0 ('Success'); errno
// keeps what was given.
assert.strictEqual(new NghttpError(-505.5).message, 'Protocol error');
assert.strictEqual(new NghttpError(2 ** 32 - 505).message, 'Protocol error');
const s = new NghttpError('-505');
assert.strictEqual(s.message, 'Success');
assert.strictEqual(s.errno, '-505');
assert.strictEqual(new NghttpError().message, 'Success');

// A second argument replaces the code, and the message is that code's.
const c = new NghttpError(-505, 'ERR_HTTP2_INVALID_SESSION');
assert.strictEqual(c.code, 'ERR_HTTP2_INVALID_SESSION');
assert.strictEqual(c.message, 'The session has been destroyed');
assert.strictEqual(c.errno, -505);
assert.strictEqual(new NghttpError(-505, null).code, 'ERR_HTTP2_ERROR');

for (let n = -1000; n <= 0; n++) {
  const text = new NghttpError(n).message;
  if (text !== 'Unknown error code') console.log(n, text);
}
