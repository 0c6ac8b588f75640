'use strict';
// path: join/normalize/resolve/relative/dirname/basename/extname with Node's quirks, table-driven.
const assert = require('assert');
const path = require('path');

const cases = [
  ['join', ['a', '', '../..', 'b/'], '../b/'],
  ['join', [], '.'],
  ['join', ['/a', 'b', '..', 'c'], '/a/c'],
  ['join', ['', ''], '.'],
  ['normalize', ['//a//b/../.'], '/a'],
  ['normalize', [''], '.'],
  ['normalize', ['../../a/'], '../../a/'],
  ['normalize', ['./'], './'],
  ['normalize', ['/..'], '/'],
  ['resolve', ['/a/b', './c'], '/a/b/c'],
  ['resolve', ['/a/b', '/c', 'd'], '/c/d'],
  ['resolve', ['/a/', '..', '..', '..'], '/'],
  ['relative', ['/a/b', '/a/b'], ''],
  ['relative', ['/a/b/c', '/a/d'], '../../d'],
  ['relative', ['/', '/a'], 'a'],
  ['relative', ['/a/b', '/'], '../..'],
  ['dirname', ['//a'], '//'],
  ['dirname', ['a'], '.'],
  ['dirname', ['/a/b/'], '/a'],
  ['dirname', ['a//b'], 'a/'],
  ['dirname', ['/'], '/'],
  ['basename', ['/a/b.js/', '.js'], 'b'],
  ['basename', ['a.js', 'a.js'], ''],
  ['basename', ['x/a.js', 'a.js'], 'a.js'],
  ['basename', ['b/a/', '.a'], 'a/'],
  ['basename', ['/foo/bar/'], 'bar'],
  ['extname', ['.a.'], '.'],
  ['extname', ['.bashrc'], ''],
  ['extname', ['a.b.c'], '.c'],
  ['extname', ['..'], ''],
  ['extname', ['a.'], '.'],
  ['isAbsolute', ['/x'], true],
  ['isAbsolute', ['x/'], false],
  ['isAbsolute', [''], false],
  ['toNamespacedPath', ['/a'], '/a'],
];
for (const [fn, args, want] of cases) {
  assert.strictEqual(path[fn](...args), want, fn + '(' + JSON.stringify(args).slice(1, -1) + ')');
}

assert.strictEqual(path.resolve(''), process.cwd());
assert.strictEqual(path.resolve('x'), process.cwd() + '/x');
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.posix, path);
assert.strictEqual(require('path/posix'), path);
assert.strictEqual(require('node:path').join('a', 'b'), 'a/b');
