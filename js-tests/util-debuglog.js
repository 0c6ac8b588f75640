'use strict';
// util.debuglog / util.debug: silent unless NODE_DEBUG names the section (comma list,
// case-insensitive, '*' wildcard, other characters literal); enabled reports it; the callback
// gets the logger on the first call; output is "SECTION pid: formatted message" on stderr.
const assert = require('assert');
const util = require('util');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const calls = [];
  const d = util.debuglog('test', (fn) => calls.push(typeof fn));
  console.log(JSON.stringify({ enabled: d.enabled, other: util.debuglog('other').enabled }));
  d('hello %s', 'world', { a: 1 });
  d('again');
  util.debuglog('other')('nope');
  for (const s of ['a.b', 'axb', 'x+y', 'xxy']) console.log(s, util.debuglog(s).enabled);
  console.log('calls', calls.join());
  return;
}

assert.strictEqual(util.debug, util.debuglog);
const run = (spec) => {
  const env = Object.assign({}, process.env);
  delete env.NODE_DEBUG;
  if (spec !== undefined) env.NODE_DEBUG = spec;
  const r = spawnSync(process.execPath, [__filename, 'child'], { env, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return { out: r.stdout, err: r.stderr.replace(/ \d+: /g, ' PID: ') };
};

let r = run(undefined);
assert.strictEqual(r.err, '');
assert.strictEqual(r.out, '{"enabled":false,"other":false}\na.b false\naxb false\nx+y false\nxxy false\ncalls function\n');

r = run('TeSt,a.b,x+y');
assert.strictEqual(r.err, 'TEST PID: hello world { a: 1 }\nTEST PID: again\n');
assert.strictEqual(r.out, '{"enabled":true,"other":false}\na.b true\naxb false\nx+y true\nxxy false\ncalls function\n');

r = run('t*');
assert.strictEqual(r.err, 'TEST PID: hello world { a: 1 }\nTEST PID: again\n');
