'use strict';
// cork()/uncork() buffer writes and hand them to _writev in one batch; nested corks need as many
// uncorks; end() uncorks; without _writev corked chunks go one by one through _write.
const assert = require('assert');
const { Writable } = require('stream');

let done = 0;

{
  const batches = [];
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      batches.push(['write', chunk]);
      cb();
    },
    writev(chunks, cb) {
      batches.push(['writev', chunks.map((c) => c.chunk + ':' + c.encoding)]);
      cb();
    },
  });
  let cbs = 0;
  w.cork();
  assert.strictEqual(w.writableCorked, 1);
  w.write('a', () => cbs++);
  w.write('b', 'latin1', () => cbs++);
  w.cork();
  assert.strictEqual(w.writableCorked, 2);
  w.write('c', () => cbs++);
  assert.strictEqual(w.writableLength, 3);
  assert.strictEqual(w.writableBuffer.length, 3);
  w.uncork();
  assert.strictEqual(batches.length, 0);
  w.uncork();
  assert.strictEqual(w.writableCorked, 0);
  assert.deepStrictEqual(batches, [['writev', ['a:utf8', 'b:latin1', 'c:utf8']]]);
  assert.strictEqual(cbs, 0); // callbacks on a later tick
  process.nextTick(() => {
    assert.strictEqual(cbs, 3);
    // A single buffered chunk goes to _write, not _writev.
    w.cork();
    w.write('d');
    w.uncork();
    assert.deepStrictEqual(batches[1], ['write', 'd']);
    // end() flushes corked data.
    w.cork();
    w.write('e');
    w.write('f');
    w.end(() => {
      assert.deepStrictEqual(batches[2], ['writev', ['e:utf8', 'f:utf8']]);
      done++;
    });
  });
}

// Without _writev: corked chunks go through _write in order.
{
  const got = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      got.push(chunk.toString());
      setImmediate(cb);
    },
  });
  w.cork();
  w.write('1');
  w.write('2');
  w.write('3');
  assert.deepStrictEqual(got, []);
  process.nextTick(() => w.uncork());
  w.on('finish', () => {
    assert.deepStrictEqual(got, ['1', '2', '3']);
    done++;
  });
  w.end();
}

// Writes queued behind a slow _write are batched into _writev.
{
  const calls = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      calls.push('write:' + chunk);
      setImmediate(cb);
    },
    writev(chunks, cb) {
      calls.push('writev:' + chunks.map((c) => c.chunk.toString()).join(','));
      setImmediate(cb);
    },
  });
  w.write('x');
  w.write('y');
  w.write('z');
  w.end(() => {
    assert.deepStrictEqual(calls, ['write:x', 'writev:y,z']);
    done++;
  });
}

process.on('exit', () => assert.strictEqual(done, 3));
