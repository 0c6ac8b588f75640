'use strict';
// Shared by the stream js-tests that compare an event log with Node's: L() logs a line, trace()
// logs a stream's events, scenario() registers a step and runAll(expected) runs the steps one
// after another and compares the whole log (DUMP_LOG=1 prints it instead, to record Node's).
const assert = require('assert');
const log = [];
const L = (...a) => log.push(a.map((x) => (x && x.code) || (x instanceof Error ? x.message : String(x))).join(' '));
function trace(name, s, evs) {
  for (const ev of evs || ['end', 'close', 'error', 'finish', 'prefinish', 'drain', 'pipe', 'unpipe', 'pause', 'resume', 'readable']) {
    s.on(ev, (x) => L(name, ev, (x && x.code) || (x && x.message) || ''));
  }
}
const scenarios = [];
const scenario = (fn) => scenarios.push(fn);
// Scenarios run one after another. With the expected log known, the next one starts once this
// one has logged all its lines (plus a short quiet period), so a slow machine cannot interleave
// two scenarios; a missing line shows up as a mismatch after a 5 s wait.
function runAll(expected) {
  let i = 0;
  (function next() {
    if (i === scenarios.length) {
      if (process.env.DUMP_LOG) console.log(JSON.stringify(log, null, 1));
      else assert.deepStrictEqual(log, expected);
      return;
    }
    L('--', i);
    const marker = expected ? expected.indexOf('-- ' + (i + 1)) : -1;
    const want = marker === -1 ? (expected ? expected.length : 0) : marker;
    scenarios[i++]();
    const started = Date.now();
    (function wait() {
      if (!expected) setTimeout(next, 100);
      else if (log.length >= want || Date.now() - started > 5000) setTimeout(next, 20);
      else setTimeout(wait, 5);
    })();
  })();
}

module.exports = { log, L, trace, scenario, runAll };
