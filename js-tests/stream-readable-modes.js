'use strict';
// Readable paused/flowing modes: readableFlowing transitions, 'readable' + read(n), pause/resume,
// unshift, and highWaterMark-driven _read calls.
const assert = require('assert');
const { Readable } = require('stream');

let done = 0;

// Flowing via 'data', paused via pause(), resumed via resume().
{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableFlowing, null);
  assert.strictEqual(r.isPaused(), false);
  const got = [];
  r.on('data', (d) => got.push(d.toString()));
  assert.strictEqual(r.readableFlowing, true);
  r.pause();
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.isPaused(), true);
  r.push('a');
  r.push('b');
  setImmediate(() => {
    assert.deepStrictEqual(got, []); // paused: buffered
    assert.strictEqual(r.readableLength, 2);
    r.resume();
    assert.strictEqual(r.isPaused(), false);
    setImmediate(() => {
      assert.deepStrictEqual(got, ['a', 'b']);
      assert.strictEqual(r.readableLength, 0);
      done++;
    });
  });
}

// 'readable' switches to paused mode; read(n) returns exactly n bytes or null.
{
  const r = new Readable({ read() {} });
  const log = [];
  r.on('readable', () => {
    log.push('readable');
    let chunk;
    while ((chunk = r.read(3)) !== null) log.push(chunk.toString());
  });
  assert.strictEqual(r.readableFlowing, false);
  r.push('abcd');
  r.push('efg');
  setImmediate(() => {
    assert.deepStrictEqual(log, ['readable', 'abc', 'def']);
    assert.strictEqual(r.readableLength, 1);
    r.push(null);
    r.on('end', () => {
      assert.deepStrictEqual(log, ['readable', 'abc', 'def', 'readable', 'g']);
      assert.strictEqual(r.readableEnded, true);
      done++;
    });
  });
}

// _read is called to fill up to highWaterMark; push() returns false once it is reached.
{
  const sizes = [];
  const returns = [];
  let n = 0;
  const r = new Readable({
    highWaterMark: 5,
    read(size) {
      sizes.push(size);
      if (n++ < 4) returns.push(this.push('xx'));
      else this.push(null);
    },
  });
  assert.strictEqual(r.readableHighWaterMark, 5);
  r.once('readable', () => {
    // The first _read pushed synchronously; more are requested on later ticks.
    assert.deepStrictEqual(sizes, [5]);
    setImmediate(() => {
      assert.deepStrictEqual(sizes, [5, 5, 5]);
      assert.deepStrictEqual(returns, [true, true, false]);
      assert.strictEqual(r.readableLength, 6);
      r.on('end', () => {
        assert.deepStrictEqual(returns, [true, true, false, false]);
        done++;
      });
      r.resume();
    });
  });
}

// unshift puts data back at the front.
{
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(r.read().toString(), 'hello world');
  r.push(null);
  r.resume();
  r.on('end', () => {
    r.on('error', (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
      assert.strictEqual(err.message, 'stream.unshift() after end event');
      done++;
    });
    r.unshift('late');
  });
}

// push after EOF.
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
    done++;
  });
  r.push('x');
}

// Missing _read.
{
  const r = new Readable();
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    assert.strictEqual(err.message, 'The _read() method is not implemented');
    done++;
  });
  r.read();
}

// Event order for a simple flowing read to the end.
{
  const log = [];
  const r = new Readable({
    read() {
      this.push('x');
      this.push(null);
    },
  });
  for (const ev of ['resume', 'pause', 'end', 'close']) r.on(ev, () => log.push(ev));
  r.on('data', (d) => log.push('data:' + d));
  r.on('close', () => {
    assert.deepStrictEqual(log, ['resume', 'data:x', 'end', 'close']);
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.readable, false);
    done++;
  });
}

process.on('exit', () => assert.strictEqual(done, 7));
