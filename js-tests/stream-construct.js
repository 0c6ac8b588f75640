'use strict';
// construct(): _read/_write/_final wait until the construct callback; an error there destroys
// the stream; destroy() during construction waits for it.
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

let done = 0;

{
  const log = [];
  const w = new Writable({
    construct(cb) {
      log.push('construct');
      setImmediate(() => {
        log.push('constructed');
        cb();
      });
    },
    write(chunk, enc, cb) {
      log.push('write:' + chunk);
      cb();
    },
    final(cb) {
      log.push('final');
      cb();
    },
  });
  assert.deepStrictEqual(log, []); // construct runs on the next tick
  w.write('a');
  w.end('b');
  w.on('finish', () => {
    assert.deepStrictEqual(log, ['construct', 'constructed', 'write:a', 'write:b', 'final']);
    done++;
  });
}

{
  const log = [];
  const r = new Readable({
    construct(cb) {
      log.push('construct');
      setImmediate(cb);
    },
    read() {
      log.push('read');
      this.push(null);
    },
  });
  r.resume();
  r.on('end', () => {
    assert.deepStrictEqual(log, ['construct', 'read']);
    done++;
  });
}

{
  const d = new Duplex({
    construct(cb) { cb(new Error('construct failed')); },
    read() { assert.fail('no read'); },
    write() { assert.fail('no write'); },
  });
  d.write('x', (err) => {
    assert.strictEqual(err.message, 'construct failed');
  });
  d.on('error', (err) => {
    assert.strictEqual(err.message, 'construct failed');
    assert.strictEqual(d.destroyed, true);
    done++;
  });
}

{
  const log = [];
  const r = new Readable({
    construct(cb) {
      setImmediate(() => {
        log.push('constructed');
        cb();
      });
    },
    read() {},
    destroy(err, cb) {
      log.push('destroy');
      cb(err);
    },
  });
  r.destroy();
  log.push('destroy-called');
  r.on('close', () => {
    assert.deepStrictEqual(log, ['destroy-called', 'constructed', 'destroy']);
    done++;
  });
}

process.on('exit', () => assert.strictEqual(done, 4));
