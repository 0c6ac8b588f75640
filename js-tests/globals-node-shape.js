// globalThis as Node 20 shows it to scripts: which globals are enumerable (test harnesses look for
// leaked globals with for...in), and the process fields they read.
const assert = require('assert');

const nodeEnumerable = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch',
  'crypto'];
for (const k in globalThis) {
  assert.ok(nodeEnumerable.includes(k), 'unexpected enumerable global ' + k);
}
for (const name of ['Buffer', 'process', 'URL', 'URLSearchParams', 'TextEncoder', 'console']) {
  assert.ok(name in globalThis, name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false, name);
}
assert.strictEqual(atob(btoa('hi')), 'hi');
assert.strictEqual(atob, require('buffer').atob);
assert.strictEqual(typeof globalThis.crypto.getRandomValues, 'function');

// worker_threads, cluster
const wt = require('worker_threads');
assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(require('cluster').isPrimary, true);
assert.strictEqual(require('cluster').isMaster, true);

// process fields
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(typeof process.config.variables, 'object');
assert.strictEqual(typeof process.features.inspector, 'boolean');
assert.strictEqual(process.features.tls, true);
assert.match(process.versions.openssl, /^\d+\.\d+\.\d+/);
const old = process.umask(0o027);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask(old), 0o027);
assert.strictEqual(process.umask('022'), old);
assert.throws(() => process.umask({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => process.kill(2 ** 22 + 12345, 0), { code: 'ESRCH', syscall: 'kill' });
