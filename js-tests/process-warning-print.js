'use strict';
// Warnings are printed to stderr before the script's own 'warning' listeners run, also when the
// script listens; --no-warnings silences the printing but not the event.
const assert = require('assert');
const { spawnSync } = require('child_process');
const code = `
process.on('warning', (w) => console.log('listener ' + w.name));
process.emitWarning('hello', 'UnsupportedWarning');
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
`;
const run = (args) => spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });

const loud = run([]);
assert.strictEqual(loud.status, 0);
assert.strictEqual(loud.stdout, 'listener UnsupportedWarning\nlistener DeprecationWarning\n');
const lines = loud.stderr.trim().split('\n');
assert.match(lines[0], /^\(node:\d+\) UnsupportedWarning: hello$/);
assert.strictEqual(lines[1], '(Use `node --trace-warnings ...` to show where the warning was created)');
assert.match(lines[2], /^\(node:\d+\) \[DEP0999\] DeprecationWarning: dep$/);
assert.strictEqual(lines.length, 3);

const quiet = run(['--no-warnings']);
assert.strictEqual(quiet.status, 0);
assert.strictEqual(quiet.stdout, loud.stdout);
assert.strictEqual(quiet.stderr, '');
