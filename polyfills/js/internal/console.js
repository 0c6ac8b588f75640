'use strict';
// The global console: util.format/inspect output written synchronously to process.stdout/stderr.

let util;
function fmt(args) {
  if (!util) util = require('util');
  return util.format.apply(null, args);
}

let indent = '';
function out(stream, args) {
  let s = fmt(args);
  if (indent) s = indent + s.split('\n').join('\n' + indent);
  process[stream].write(s + '\n');
}

const counts = new Map();
const timers = new Map();

function label(l) {
  return l === undefined ? 'default' : String(l);
}

function elapsed(start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (ms >= 1000) return (ms / 1000).toFixed(3) + 's';
  return ms.toFixed(3) + 'ms';
}

const console = {
  log(...args) { out('stdout', args); },
  info(...args) { out('stdout', args); },
  debug(...args) { out('stdout', args); },
  error(...args) { out('stderr', args); },
  warn(...args) { out('stderr', args); },
  trace(...args) {
    const err = new Error(fmt(args));
    err.name = 'Trace';
    out('stderr', [String(err.stack)]);
  },
  dir(obj, options) {
    if (!util) util = require('util');
    out('stdout', [util.inspect(obj, Object.assign({ customInspect: false }, options))]);
  },
  dirxml(...args) { out('stdout', args); },
  assert(cond, ...args) {
    if (!cond) {
      if (args.length === 0) out('stderr', ['Assertion failed']);
      else if (typeof args[0] === 'string') out('stderr', ['Assertion failed: ' + args[0], ...args.slice(1)]);
      else out('stderr', ['Assertion failed', ...args]);
    }
  },
  count(l) {
    l = label(l);
    const n = (counts.get(l) || 0) + 1;
    counts.set(l, n);
    out('stdout', [l + ': ' + n]);
  },
  countReset(l) {
    l = label(l);
    if (!counts.has(l)) {
      process.emitWarning("Count for '" + l + "' does not exist");
      return;
    }
    counts.delete(l);
  },
  time(l) {
    l = label(l);
    if (timers.has(l)) {
      process.emitWarning("Label '" + l + "' already exists for console.time()");
      return;
    }
    timers.set(l, process.hrtime.bigint());
  },
  timeEnd(l) {
    l = label(l);
    if (!timers.has(l)) {
      process.emitWarning("No such label '" + l + "' for console.timeEnd()");
      return;
    }
    out('stdout', [l + ': ' + elapsed(timers.get(l))]);
    timers.delete(l);
  },
  timeLog(l, ...args) {
    l = label(l);
    if (!timers.has(l)) {
      process.emitWarning("No such label '" + l + "' for console.timeLog()");
      return;
    }
    out('stdout', [l + ': ' + elapsed(timers.get(l)), ...args]);
  },
  group(...args) {
    if (args.length) out('stdout', args);
    indent += '  ';
  },
  groupEnd() {
    indent = indent.slice(0, -2);
  },
  table(data) { out('stdout', [data]); },
};
console.groupCollapsed = console.group;
module.exports = console;
