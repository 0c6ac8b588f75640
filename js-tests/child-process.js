// require('child_process'): sync and async process spawning with Node's results and errors.
const assert = require('assert');
const cp = require('child_process');

// spawnSync: buffers by default, strings with an encoding, status and stderr kept apart
let r = cp.spawnSync('sh', ['-c', 'echo hi; echo err >&2; exit 3']);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);
assert.ok(Buffer.isBuffer(r.stdout));
assert.strictEqual(r.stdout.toString(), 'hi\n');
assert.strictEqual(r.stderr.toString(), 'err\n');
assert.deepStrictEqual(r.output, [null, r.stdout, r.stderr]);
assert.ok(r.pid > 0);
r = cp.spawnSync('sh', ['-c', 'cat'], { input: 'fed', encoding: 'utf8' });
assert.strictEqual(r.stdout, 'fed');
r = cp.spawnSync('sh', ['-c', 'echo $FOO; pwd'], { env: { FOO: 'bar', PATH: process.env.PATH }, cwd: '/', encoding: 'utf8' });
assert.strictEqual(r.stdout, 'bar\n/\n');

// a missing program: error ENOENT, no output
r = cp.spawnSync('/nonexistent-program', ['a']);
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.error.syscall, 'spawnSync /nonexistent-program');
assert.strictEqual(r.error.path, '/nonexistent-program');
assert.deepStrictEqual(r.error.spawnargs, ['a']);
assert.strictEqual(r.status, null);

// timeout kills with SIGTERM
r = cp.spawnSync('sleep', ['5'], { timeout: 100 });
assert.strictEqual(r.error.code, 'ETIMEDOUT');
assert.strictEqual(r.signal, 'SIGTERM');

assert.throws(() => cp.spawnSync(1), { code: 'ERR_INVALID_ARG_TYPE' });

// execSync / execFileSync
assert.deepStrictEqual(cp.execSync('echo x'), Buffer.from('x\n'));
assert.strictEqual(cp.execSync('echo $0 y', { encoding: 'utf8', stdio: 'pipe' }).endsWith(' y\n'), true);
assert.throws(() => cp.execSync('exit 2', { stdio: 'pipe' }), (e) => {
  assert.strictEqual(e.status, 2);
  assert.strictEqual(e.message, 'Command failed: exit 2');
  return true;
});
assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe' }),
  { status: 4, message: 'Command failed: sh -c exit 4' });
assert.strictEqual(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');

// async: spawn streams, exit and close events, kill
const order = [];
const child = cp.spawn('sh', ['-c', 'read x; echo got $x; echo e >&2']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('spawn', () => order.push('spawn'));
child.on('exit', (code, signal) => {
  order.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
});
child.on('close', (code) => {
  order.push('close');
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'got 42\n');
  assert.deepStrictEqual(order.filter((e) => ['spawn', 'exit', 'close'].includes(e)), ['spawn', 'exit', 'close']);
});
child.stdin.end('42\n');

const missing = cp.spawn('/nonexistent-program');
missing.on('error', (e) => {
  order.push('enoent');
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'spawn /nonexistent-program');
  assert.strictEqual(missing.pid, undefined);
});

const sleeper = cp.spawn('sleep', ['10']);
sleeper.on('exit', (code, signal) => {
  order.push('killed');
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(sleeper.killed, true);
  assert.strictEqual(sleeper.signalCode, 'SIGTERM');
});
assert.strictEqual(sleeper.kill(), true);

cp.exec('echo a; echo b >&2; exit 5', (err, stdout, stderr) => {
  order.push('exec');
  assert.strictEqual(err.code, 5);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo a; echo b >&2; exit 5');
  assert.strictEqual(err.message, 'Command failed: echo a; echo b >&2; exit 5\nb\n');
  assert.strictEqual(stdout, 'a\n');
  assert.strictEqual(stderr, 'b\n');
});
cp.execFile('echo', ['x'], (err, stdout) => {
  order.push('execFile');
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'x\n');
});

process.on('exit', () => {
  for (const e of ['close', 'enoent', 'killed', 'exec', 'execFile']) assert.ok(order.includes(e), e);
});
