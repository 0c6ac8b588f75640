'use strict';
// path: non-string arguments throw ERR_INVALID_ARG_TYPE with Node's argument names.
const assert = require('assert');
const path = require('path');

const cases = [
  [() => path.join('a', 1), 'The "path" argument must be of type string. Received type number (1)'],
  [() => path.resolve('a', null), 'The "paths[1]" argument must be of type string. Received null'],
  [() => path.relative(1, 'a'), 'The "from" argument must be of type string. Received type number (1)'],
  [() => path.relative('a', {}), 'The "to" argument must be of type string. Received an instance of Object'],
  [() => path.normalize(undefined), 'The "path" argument must be of type string. Received undefined'],
  [() => path.basename('a', 1), 'The "suffix" argument must be of type string. Received type number (1)'],
  [() => path.dirname([]), 'The "path" argument must be of type string. Received an instance of Array'],
  [() => path.extname(true), 'The "path" argument must be of type string. Received type boolean (true)'],
  [() => path.parse(5), 'The "path" argument must be of type string. Received type number (5)'],
  [() => path.isAbsolute(5), 'The "path" argument must be of type string. Received type number (5)'],
  [() => path.format(null), 'The "pathObject" argument must be of type object. Received null'],
];
for (const [fn, message] of cases) {
  assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
}
