'use strict';
// path.parse and path.format, including the edge cases Node is known for.
const assert = require('assert');
const path = require('path');

const parsed = [
  ['/home/u/.bashrc', { root: '/', dir: '/home/u', base: '.bashrc', ext: '', name: '.bashrc' }],
  ['/home/u/file.tar.gz', { root: '/', dir: '/home/u', base: 'file.tar.gz', ext: '.gz', name: 'file.tar' }],
  ['//a', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['/', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['a.b.', { root: '', dir: '', base: 'a.b.', ext: '.', name: 'a.b' }],
  ['./a', { root: '', dir: '.', base: 'a', ext: '', name: 'a' }],
  ['a/b//', { root: '', dir: 'a', base: 'b', ext: '', name: 'b' }],
  ['/..', { root: '/', dir: '/', base: '..', ext: '.', name: '.' }],
  ['...', { root: '', dir: '', base: '...', ext: '.', name: '..' }],
];
for (const [input, want] of parsed) {
  assert.deepStrictEqual(path.parse(input), want, 'parse(' + JSON.stringify(input) + ')');
}

const formatted = [
  [{ root: '/', base: 'x' }, '/x'],
  [{ dir: '/a', name: 'x', ext: 'js' }, '/a/x.js'],
  [{ dir: '/a', name: 'x', ext: '.js' }, '/a/x.js'],
  [{ root: '/', dir: '/', base: 'f' }, '/f'],
  [{ name: 'n', ext: '.e' }, 'n.e'],
  [{ dir: 'd', base: 'b', name: 'ignored' }, 'd/b'],
  [{}, ''],
];
for (const [obj, want] of formatted) {
  assert.strictEqual(path.format(obj), want, 'format(' + JSON.stringify(obj) + ')');
}
// format(parse(p)) round-trips ordinary paths
for (const p of ['/a/b/c.txt', 'rel/x.y', '/z']) assert.strictEqual(path.format(path.parse(p)), p);
