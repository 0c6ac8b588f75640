'use strict';
// destroy(): 'error' (when given one) then 'close', both after the current tick, each once;
// the _destroy hook sees the error; destroyed/errored/closed track it.
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

const log = [];

{
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log.push('r:_destroy:' + (err && err.message));
      cb(err);
    },
  });
  r.on('error', (e) => log.push('r:error:' + e.message));
  r.on('close', () => log.push('r:close'));
  const err = new Error('oops');
  assert.strictEqual(r.destroy(err), r);
  log.push('r:after-destroy');
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored, err);
  assert.strictEqual(r.closed, true);
  r.destroy(new Error('second')); // ignored
  process.nextTick(() => log.push('r:tick'));
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', () => log.push('w:error'));
  w.on('close', () => log.push('w:close'));
  w.destroy();
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.errored, null);
  log.push('w:after-destroy');
}

// _destroy replacing the error, and a callback given to destroy().
{
  const d = new Duplex({
    read() {},
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      cb(new Error('replaced'));
    },
  });
  d.on('error', (e) => log.push('d:error:' + e.message));
  d.on('close', () => log.push('d:close'));
  d.destroy(new Error('original'), (err) => log.push('d:cb:' + err.message));
}

// emitClose: false suppresses 'close'.
{
  const r = new Readable({ read() {}, emitClose: false });
  r.on('close', () => log.push('never'));
  r.destroy();
}

// Writes after destroy fail with ERR_STREAM_DESTROYED.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log.push('w2:error:' + e.code));
  w.destroy();
  w.write('x', (err) => log.push('w2:cb:' + err.code));
}

setTimeout(() => {
  assert.deepStrictEqual(log, [
    'r:_destroy:oops',
    'r:after-destroy',
    'w:after-destroy',
    'd:cb:replaced',
    'r:error:oops',
    'r:close',
    'r:tick',
    'w:close',
    'd:error:replaced',
    'd:close',
    'w2:cb:ERR_STREAM_DESTROYED',
  ]);
  log.push('checked');
}, 5);

process.on('exit', () => assert.strictEqual(log[log.length - 1], 'checked'));
