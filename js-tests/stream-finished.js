'use strict';
// stream.finished: resolves on 'end'/'finish', reports errors and premature close, can be
// cleaned up, validates its arguments.
const assert = require('assert');
const { finished, Readable, Writable, PassThrough } = require('stream');

let done = 0;

{
  const r = new Readable({ read() {} });
  finished(r, function (err) {
    assert.strictEqual(err, undefined);
    assert.strictEqual(this, r);
    assert.strictEqual(r.readableEnded, true);
    done++;
  });
  r.resume();
  r.push('a');
  r.push(null);
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(w.writableFinished, true);
    done++;
  });
  w.end('x');
}

{
  const r = new Readable({ read() {} });
  finished(r, (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, 'Premature close');
    done++;
  });
  r.destroy();
}

{
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', () => {});
  finished(w, (err) => {
    assert.strictEqual(err.message, 'write failed');
    done++;
  });
  w.write('x');
}

// A duplex watched only on its readable side.
{
  const p = new PassThrough();
  finished(p, { writable: false }, (err) => {
    assert.ifError(err);
    assert.strictEqual(p.readableEnded, true);
    done++;
  });
  p.end('data');
  p.resume();
}

// Already finished stream: callback on a later tick.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('close', () => {
    let sync = true;
    finished(w, (err) => {
      assert.strictEqual(sync, false);
      assert.ifError(err);
      done++;
    });
    sync = false;
  });
}

// Cleanup removes the listeners.
{
  const r = new Readable({ read() {} });
  const before = r.listenerCount('end');
  const cleanup = finished(r, () => assert.fail('should not be called'));
  assert.ok(r.listenerCount('end') > before);
  cleanup();
  assert.strictEqual(r.listenerCount('end'), before);
  r.destroy();
}

assert.throws(() => finished({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object',
});
assert.throws(() => finished(new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});

process.on('exit', () => assert.strictEqual(done, 6));
