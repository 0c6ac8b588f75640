'use strict';
// node:assert — the legacy (loose) flavour; assert.strict and node:assert/strict have the strict
// comparisons as defaults. Behaviour, error codes and message wording follow Node 20.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_AMBIGUOUS_ARGUMENT,
  },
  validateObject,
  validateFunction,
} = require('internal/errors');
const { isDeepEqual, isDeepStrictEqual } = require('internal/deep_equal');

// ---------------------------------------------------------------------------------------------
// Rendering values for messages.

let inspectImpl;
function getInspect() {
  if (inspectImpl === undefined) {
    try {
      const mod = require('internal/inspect');
      inspectImpl = typeof mod === 'function' ? mod : mod && mod.inspect;
    } catch (e) {
      inspectImpl = null;
    }
    if (typeof inspectImpl !== 'function') {
      const { inspectValue } = require('internal/errors');
      inspectImpl = (v) => inspectValue(v);
    }
  }
  return inspectImpl;
}

function safeInspect(value, opts) {
  try {
    return getInspect()(value, opts);
  } catch (e) {
    try {
      return require('internal/errors').inspectValue(value);
    } catch (e2) {
      return '[value]';
    }
  }
}

// inspect: the short form used inside one-line messages.
function inspect(value) {
  return safeInspect(value);
}

// inspectFull: the multi-line, key-sorted form used for comparisons and diffs.
const fullOptions = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
};
function inspectFull(value) {
  return safeInspect(value, fullOptions);
}

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kDiffHeader = '\n+ actual - expected\n\n';
const kDiffHeaderSkipped = '\n+ actual - expected ... Lines skipped\n\n';
const kMaxShortLength = 12;

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// Line diff (longest common subsequence) of actual vs expected: "+ " lines are actual only,
// "- " lines expected only, "  " lines common. Long runs of common lines are elided with "...".
function lineDiff(aLines, bLines) {
  const n = aLines.length;
  const m = bLines.length;
  const out = [];
  let skipped = false;
  if (n * m > 4e6) {
    for (const l of aLines) out.push('+ ' + l);
    for (const l of bLines) out.push('- ' + l);
    return { text: out.join('\n'), skipped };
  }
  // lcs[i][j] = LCS length of aLines[i:] and bLines[j:]
  const lcs = [];
  for (let i = 0; i <= n; i++) lcs.push(new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = aLines[i] === bLines[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  let plus = [];
  let minus = [];
  const flush = () => {
    for (const l of plus) ops.push(['+', l]);
    for (const l of minus) ops.push(['-', l]);
    plus = [];
    minus = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && aLines[i] === bLines[j]) {
      flush();
      ops.push([' ', aLines[i]]);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
      plus.push(aLines[i++]);
    } else {
      minus.push(bLines[j++]);
    }
  }
  flush();
  // Elide long runs of common lines, keeping context around changes.
  let k = 0;
  while (k < ops.length) {
    if (ops[k][0] !== ' ') {
      out.push(ops[k][0] + ' ' + ops[k][1]);
      k++;
      continue;
    }
    let end = k;
    while (end < ops.length && ops[end][0] === ' ') end++;
    const run = ops.slice(k, end);
    const atEnd = end === ops.length;
    const keepHead = atEnd && k > 0 ? 1 : 2;
    const keepTail = atEnd ? 3 : 2;
    if (run.length > keepHead + keepTail + 1) {
      for (const op of run.slice(0, keepHead)) out.push('  ' + op[1]);
      out.push('...');
      skipped = true;
      for (const op of run.slice(run.length - keepTail)) out.push('  ' + op[1]);
    } else {
      for (const op of run) out.push('  ' + op[1]);
    }
    k = end;
  }
  return { text: out.join('\n'), skipped };
}

// Message for strictEqual / deepStrictEqual failures.
function strictDiffMessage(actual, expected, operator) {
  const aStr = inspectFull(actual);
  const bStr = inspectFull(expected);
  const aLines = aStr.split('\n');
  const bLines = bStr.split('\n');
  let header = kReadableOperator[operator];
  if (aLines.length === 1 && bLines.length === 1 && aStr !== bStr) {
    const total = aStr.length + bStr.length;
    if (total <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return header + '\n\n' + aStr + ' !== ' + bStr + '\n';
      }
    }
    let indicator = '';
    if (operator !== 'strictEqualObject' && total < 80) {
      let p = 0;
      while (p < aStr.length && aStr[p] === bStr[p]) p++;
      if (p > 2) indicator = '\n  ' + ' '.repeat(p) + '^';
    }
    return header + kDiffHeader + '+ ' + aStr + '\n- ' + bStr + indicator;
  }
  if (aStr === bStr) {
    // Same rendering but not equal (e.g. different prototypes that print alike).
    header = kReadableOperator.notIdentical;
    return header + '\n\n' + aLines.join('\n') + '\n';
  }
  const diff = lineDiff(aLines, bLines);
  return header + (diff.skipped ? kDiffHeaderSkipped : kDiffHeader) + diff.text;
}

function truncate(s, max) {
  return s.length > max ? s.slice(0, max - 3) + '...' : s;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return strictDiffMessage(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    if (operator === 'notStrictEqual' && isObjectLike(actual)) base = kReadableOperator.notStrictEqualObject;
    let lines = inspectFull(actual).split('\n');
    if (lines.length > 50) {
      lines = lines.slice(0, 47);
      lines.push('...');
    }
    if (lines.length === 1) return base + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
    return base + '\n\n' + lines.join('\n') + '\n';
  }
  let res = inspectFull(actual);
  let other = inspectFull(expected);
  const readable = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    return truncate(readable + '\n\n' + res, 1024);
  }
  res = truncate(res, 512);
  other = truncate(other, 512);
  if (operator === 'deepEqual') {
    return readable + '\n\n' + res + '\n\nshould loosely deep-equal\n\n' + other;
  }
  if (operator === 'notDeepEqual') {
    return kReadableOperator.notDeepEqualUnequal + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n' + other;
  }
  return res + ' ' + operator + ' ' + other;
}

// ---------------------------------------------------------------------------------------------
// AssertionError

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn } = options;
    let { actual, expected } = options;
    if (operator === 'deepStrictEqual' || operator === 'notDeepStrictEqual' || operator === 'notDeepEqual') {
      // Node keeps detached copies of compared errors (own props and message, not the stack).
      if (isErrorLike(actual)) actual = copyError(actual);
      if (isErrorLike(expected)) expected = copyError(expected);
    }
    let text;
    if (message != null) {
      text = String(message);
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        // Node keeps the comparison below a custom message for the strict operators.
        const generated = strictDiffMessage(actual, expected, operator);
        const nl = generated.indexOf('\n');
        if (nl !== -1) text += generated.slice(nl);
      }
    } else {
      text = generateMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    if (typeof Error.captureStackTrace === 'function') {
      try {
        Error.captureStackTrace(this, stackStartFn || AssertionError);
      } catch (e) {
        // best effort
      }
    }
    fixStackHeader(this, text);
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

// Make the first line of err.stack read "AssertionError [ERR_ASSERTION]: <message>" as in Node.
function fixStackHeader(err, text) {
  let stack;
  try {
    stack = err.stack;
  } catch (e) {
    return;
  }
  if (typeof stack !== 'string') return;
  // Keep the call frames only, minus the leading ones inside assert itself (where the engine's
  // captureStackTrace cannot cut at stackStartFn).
  const lines = stack.split('\n').filter((l) => /^\s+at /.test(l));
  let first = 0;
  while (first < lines.length && kInternalFrame.test(lines[first])) first++;
  if (first === lines.length) first = 0;
  const frames = lines.length ? '\n' + lines.slice(first).join('\n') : '';
  try {
    Object.defineProperty(err, 'stack', {
      value: 'AssertionError [ERR_ASSERTION]: ' + text + frames,
      enumerable: false, writable: true, configurable: true,
    });
  } catch (e) {
    // leave it
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---------------------------------------------------------------------------------------------
// Simple comparisons

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const source = callSource();
    message = source === undefined ?
      inspect(value) + ' == true' :
      'The expression evaluated to a falsy value:\n\n' + source + '\n';
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

const kInternalFrame = /node:assert[:/]|polyfills\/js\/assert(\/strict)?\.js/;

// callSource finds the source text of the user's assert()/assert.ok() call, as Node shows it in the
// message ("  assert.ok(x === 1)", continuation lines re-indented), or undefined if unavailable.
function callSource() {
  try {
    const frames = String(new Error().stack).split('\n').filter((l) => /^\s+at /.test(l));
    let k = 0;
    while (k < frames.length && kInternalFrame.test(frames[k])) k++;
    const m = k < frames.length && /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)(?:\(\d+\))?\)?\s*$/.exec(frames[k]);
    if (!m) return undefined;
    let file = m[1];
    if (file.startsWith('node:')) return undefined;
    if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
    const lines = String(require('fs').readFileSync(file, 'utf8')).split(/\r?\n/);
    const lineNo = Number(m[2]) - 1;
    const first = lines[lineNo];
    if (first === undefined) return undefined;
    const open = first.indexOf('(', Number(m[3]) - 1);
    if (open === -1) return undefined;
    let start = open;
    while (start > 0 && /[\w$.]/.test(first[start - 1])) start--;
    if (start === open) return undefined;
    // Walk to the matching ")" (string literals skipped), over at most 50 lines.
    let depth = 0;
    let quote = null;
    const out = [];
    for (let li = lineNo, col = open; li < lines.length && li < lineNo + 50; li++, col = 0) {
      const text = lines[li];
      for (let i = col; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
          if (ch === '\\') i++;
          else if (ch === quote) quote = null;
        } else if (ch === '"' || ch === "'" || ch === '`') {
          quote = ch;
        } else if (ch === '(') {
          depth++;
        } else if (ch === ')' && --depth === 0) {
          out.push(li === lineNo ? text.slice(start, i + 1) : text.slice(0, i + 1));
          const indent = start;
          return out.map((l, n) => {
            if (n === 0) return '  ' + l;
            let cut = 0;
            while (cut < indent && (l[cut] === ' ' || l[cut] === '\t')) cut++;
            return '  ' + l.slice(cut);
          }).join('\n');
        }
      }
      out.push(li === lineNo ? text.slice(start) : text);
    }
  } catch (e) {
    // no source available
  }
  return undefined;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;

assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
        process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
      }
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual, expected, message,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};
let failWarned = false;

assert.AssertionError = AssertionError;
assert.ok = ok;

function needTwo(argLen) {
  if (argLen < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

assert.equal = function equal(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (actual === actual || expected === expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (Object.is(actual, expected)) return;
  if (message instanceof Error) throw message;
  let err;
  if (message == null && isObjectLike(actual) && isObjectLike(expected)) {
    const shown = inspectFull(actual);
    const text = isDeepStrictEqual(actual, expected) ?
      'Values have same structure but are not reference-equal:\n\n' + shown + '\n' :
      strictDiffMessage(actual, expected, 'strictEqualObject');
    // (Built under a neutral operator so the constructor keeps our text as it is.)
    err = new AssertionError({ actual, expected, message: text, operator: 'strictEqualObject', stackStartFn: strictEqual });
    err.generatedMessage = true;
    err.operator = 'strictEqual';
    throw err;
  }
  innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---------------------------------------------------------------------------------------------
// throws / rejects

const NO_EXCEPTION = {};

function isRegExp(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call(v);
    return v !== RegExp.prototype;
  } catch (e) {
    return false;
  }
}

function isErrorLike(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
}

function isPromiseLike(v) {
  return v instanceof Promise ||
    (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');
}

function regexpMatches(re, str) {
  return RegExp.prototype.exec.call(re, str) !== null;
}

// Comparison is what the object-matcher diff shows: only the keys being checked.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            regexpMatches(obj[key], actual[key])) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regexpMatches(expected, str)) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' + inspect(expected) +
          '. Input:\n\n' + inspect(str) + '\n';
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && regexpMatches(expected[key], actual[key])) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (isErrorLike(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += '"' + name + '"';
        }
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspect(actual) + '"';
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? '"' + expected.name + '" ' : '';
        message = 'The ' + name + 'validation function is expected to return "true". Received ' + inspect(res);
        if (isErrorLike(actual)) message += '\n\nCaught error:\n\n' + String(actual);
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

async function waitActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// argLen counts like Node's internal call: (fn, actual, ...userArgsAfterTheFunction).
function expectsError(fn, actual, error, message, argLen) {
  if (typeof error === 'string') {
    if (argLen === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          'The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', 'The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    const kind = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name,
      message: 'Missing expected ' + kind + details, stackStartFn: fn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regexpMatches(expected, String(actual));
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? ': ' + message : '.';
    const kind = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: 'Got unwanted ' + kind + details + '\nActual message: "' + (actual && actual.message) + '"',
      stackStartFn: fn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), args[0], args[1], args.length + 2);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitActual(promiseFn), args[0], args[1], args.length + 2);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), args[0], args[1]);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitActual(fn), args[0], args[1]);
};

// ---------------------------------------------------------------------------------------------
// ifError, match

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // Keep the original error's frames below ours, as Node does.
  const origStack = err && typeof err === 'object' ? err.stack : undefined;
  if (typeof origStack === 'string' && typeof newErr.stack === 'string') {
    const origFrames = origStack.split('\n').slice(1).join('\n');
    if (origFrames) {
      try {
        Object.defineProperty(newErr, 'stack', {
          value: newErr.stack + '\n' + origFrames, enumerable: false, writable: true, configurable: true,
        });
      } catch (e) {
        // leave it
      }
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string !== 'string' || regexpMatches(regexp, string) !== wantMatch) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          typeof string + ' (' + inspect(string) + ')';
      } else {
        message = (wantMatch ?
          'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n';
      }
    }
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// ---------------------------------------------------------------------------------------------
// assert.strict: same API with the strict comparisons as the defaults.

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
