'use strict';
// node:timers — the runtime's global timer functions. They are looked up on globalThis at call
// time, so whatever the runtime installs (and any later replacement) is what runs.

function lazy(name) {
  const fn = function (...args) {
    return globalThis[name].apply(globalThis, args);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

const timers = {
  setTimeout: lazy('setTimeout'),
  clearTimeout: lazy('clearTimeout'),
  setInterval: lazy('setInterval'),
  clearInterval: lazy('clearInterval'),
  setImmediate: lazy('setImmediate'),
  clearImmediate: lazy('clearImmediate'),
};
Object.defineProperty(timers, 'promises', {
  get() { return require('timers/promises'); },
  enumerable: true,
  configurable: true,
});

module.exports = timers;
