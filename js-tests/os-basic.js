'use strict';
// os: shapes and plausible values of the host facts, constants.
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.ok(['linux', 'darwin', 'freebsd', 'openbsd'].includes(os.platform()));
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.ok(['LE', 'BE'].includes(os.endianness()));
for (const fn of ['hostname', 'homedir', 'tmpdir', 'type', 'release', 'version', 'machine']) {
  assert.strictEqual(typeof os[fn](), 'string', fn);
}
assert.ok(os.type().length > 0);
assert.ok(os.tmpdir().length > 0 && !os.tmpdir().endsWith('/') || os.tmpdir() === '/');

const cpus = os.cpus();
assert.ok(Array.isArray(cpus) && cpus.length > 0);
assert.strictEqual(os.availableParallelism(), cpus.length);
for (const c of cpus) {
  assert.deepStrictEqual(Object.keys(c), ['model', 'speed', 'times']);
  assert.deepStrictEqual(Object.keys(c.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(typeof c.speed, 'number');
}
assert.ok(os.totalmem() > 0);
assert.ok(os.freemem() > 0 && os.freemem() <= os.totalmem());
assert.ok(os.uptime() > 0);
const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const l of load) assert.ok(typeof l === 'number' && l >= 0);

const ifs = os.networkInterfaces();
assert.strictEqual(typeof ifs, 'object');
for (const name of Object.keys(ifs)) {
  for (const a of ifs[name]) {
    assert.ok(a.family === 'IPv4' || a.family === 'IPv6');
    assert.strictEqual(typeof a.address, 'string');
    assert.strictEqual(typeof a.internal, 'boolean');
    assert.ok(a.cidr.startsWith(a.address + '/'));
  }
}

const u = os.userInfo();
assert.strictEqual(typeof u.username, 'string');
assert.strictEqual(typeof u.uid, 'number');
assert.strictEqual(typeof u.homedir, 'string');

assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);

const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/where/';
assert.strictEqual(os.tmpdir(), '/some/where');
if (saved === undefined) delete process.env.TMPDIR;
else process.env.TMPDIR = saved;
