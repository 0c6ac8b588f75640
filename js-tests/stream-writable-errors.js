'use strict';
// Writable error paths and their codes/messages: write after end, null, bad chunk types, writes
// to a destroyed stream, a callback called twice, end() twice, unknown encodings.
const assert = require('assert');
const { Writable } = require('stream');

let done = 0;

// write after end: callback and 'error' both get ERR_STREAM_WRITE_AFTER_END; write returns false.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const log = [];
  w.on('error', (err) => {
    log.push('error:' + err.code);
  });
  w.on('close', () => {
    log.push('close');
    assert.deepStrictEqual(log, ['cb:ERR_STREAM_WRITE_AFTER_END', 'error:ERR_STREAM_WRITE_AFTER_END', 'close']);
    done++;
  });
  w.end();
  const ret = w.write('late', (err) => {
    assert.strictEqual(err.message, 'write after end');
    log.push('cb:' + err.code);
  });
  assert.strictEqual(ret, false);
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writable, false);
}

// Synchronous throws for invalid arguments.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  assert.throws(() => w.write(undefined), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined',
  });
  assert.throws(() => w.write(true), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type boolean (true)',
  });
  assert.throws(() => w.write('x', 'bogus'), {
    code: 'ERR_UNKNOWN_ENCODING',
    name: 'TypeError',
    message: 'Unknown encoding: bogus',
  });
  assert.throws(() => w.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.strictEqual(w.setDefaultEncoding('HEX'), w);
  assert.throws(() => new Writable({ defaultEncoding: 'nope' }), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.strictEqual(w.destroyed, false);
  done++;
}

// Destroyed stream: ERR_STREAM_DESTROYED to the callback, no 'error' event.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.on('error', () => assert.fail('no error event'));
  w.write('x', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
    done++;
  });
}

// Callback called twice.
{
  const w = new Writable({
    write(c, e, cb) {
      cb();
      cb();
    },
  });
  w.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
    done++;
  });
  w.write('x');
}

// end() after finish: the callback gets ERR_STREAM_ALREADY_FINISHED.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    w.end((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
      assert.strictEqual(err.message, 'Cannot call end after a stream was finished');
      done++;
    });
  });
}

// An error from _write: callback first, then 'error', then 'close'; queued writes fail too.
{
  const log = [];
  const w = new Writable({
    write(c, e, cb) { setImmediate(cb, new Error('disk full')); },
  });
  w.write('a', (err) => log.push('a:' + err.message));
  w.write('b', (err) => log.push('b:' + (err && err.message)));
  w.on('error', (err) => log.push('error:' + err.message));
  w.on('close', () => {
    log.push('close');
    assert.deepStrictEqual(log, ['a:disk full', 'b:disk full', 'error:disk full', 'close']);
    assert.strictEqual(w.errored.message, 'disk full');
    assert.strictEqual(w.writable, false);
    done++;
  });
}

// Missing _write.
{
  const w = new Writable();
  assert.throws(() => w.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
  done++;
}

process.on('exit', () => assert.strictEqual(done, 7));
