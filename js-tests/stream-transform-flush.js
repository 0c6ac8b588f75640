'use strict';
// Transform: _transform output reaches the readable side, _flush runs at end() before 'end',
// and its error destroys the stream. Both the options form and an ES class.
const assert = require('assert');
const { Transform, PassThrough } = require('stream');

let done = 0;

class Upper extends Transform {
  constructor() {
    super({ decodeStrings: false });
    this.seen = 0;
  }
  _transform(chunk, encoding, callback) {
    assert.strictEqual(typeof chunk, 'string');
    assert.strictEqual(encoding, 'utf8');
    this.seen++;
    this.push(chunk.toUpperCase());
    callback();
  }
  _flush(callback) {
    callback(null, '[' + this.seen + ']');
  }
}

{
  const t = new Upper();
  const log = [];
  t.setEncoding('utf8');
  t.on('data', (d) => log.push('data:' + d));
  t.on('prefinish', () => log.push('prefinish'));
  t.on('finish', () => log.push('finish'));
  t.on('end', () => log.push('end'));
  t.on('close', () => {
    log.push('close');
    assert.deepStrictEqual(log, ['data:AB', 'data:CD', 'data:[2]', 'prefinish', 'end', 'finish', 'close']);
    done++;
  });
  t.write('ab');
  t.end('cd');
}

// Options form; callback(null, value) pushes; objectMode on both sides.
{
  const t = new Transform({
    objectMode: true,
    transform(obj, enc, cb) {
      if (obj.skip) return cb();
      cb(null, { n: obj.n * 10 });
    },
    flush(cb) {
      this.push({ n: 'flushed' });
      cb();
    },
  });
  const out = [];
  t.on('data', (d) => out.push(d.n));
  t.on('end', () => {
    assert.deepStrictEqual(out, [10, 30, 'flushed']);
    done++;
  });
  t.write({ n: 1 });
  t.write({ n: 2, skip: true });
  t.write({ n: 3 });
  t.end();
}

// Errors from _transform and _flush.
{
  const t = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  t.on('error', (err) => {
    assert.strictEqual(err.message, 'transform failed');
    assert.strictEqual(t.destroyed, true);
    done++;
  });
  t.write('x');
}
{
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  t.resume();
  t.on('error', (err) => {
    assert.strictEqual(err.message, 'flush failed');
    done++;
  });
  t.end('x');
}

// Missing _transform.
{
  const t = new Transform();
  assert.throws(() => t.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
  done++;
}

// Backpressure inside a Transform: the write callback waits until the readable side is read.
{
  const p = new PassThrough({ highWaterMark: 2 });
  let cbs = 0;
  p.write('abc', () => cbs++);
  p.write('def', () => cbs++);
  setImmediate(() => {
    assert.strictEqual(cbs, 0); // nothing read yet: the first transform is parked
    assert.strictEqual(p.readableLength, 3);
    // Reading lets the parked transform finish, which writes 'def' synchronously.
    assert.strictEqual(p.read(3).toString(), 'abc');
    assert.strictEqual(p.readableLength, 3);
    setImmediate(() => {
      assert.strictEqual(cbs, 2);
      assert.strictEqual(p.read(3).toString(), 'def');
      setImmediate(() => {
        assert.strictEqual(cbs, 2);
        done++;
      });
    });
  });
}

process.on('exit', () => assert.strictEqual(done, 6));
