'use strict';
// node:assert for the goja runtime.
//
// Written from Node 20's documentation and from the observed behaviour of `node` (the exact wording
// of every generated message, the +/- diff layout, argument validation and error codes). Comparisons
// come from internal/deep_equal, rendering from util.inspect. The file is organised as:
//   1. rendering helpers (inspection with the options assertion messages use, the line diff)
//   2. message builders, one per family of operators
//   3. the AssertionError class
//   4. the assertion functions, the exception/rejection matchers, CallTracker and assert.strict

const { inspect } = require('internal/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/deep_equal');
const errorCodes = require('internal/errors').codes;

const { ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = errorCodes;
const { ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS } = errorCodes;

// ---------------------------------------------------------------------------------------------
// 1. Rendering

// Messages show values fully expanded, one property per line, keys sorted, so that two renderings
// can be compared line by line.
const VIEW_OPTIONS = {
  sorted: true,
  compact: false,
  depth: 1000,
  getters: true,
  customInspect: false,
  showProxy: false,
  maxArrayLength: Infinity,
  showHidden: false,
};

function view(value) {
  return inspect(value, VIEW_OPTIONS);
}

// Longest rendering kept by the loose operators and the generic "a op b" message.
const LOOSE_LIMIT = 512;

function clip(text) {
  return text.length > LOOSE_LIMIT ? text.slice(0, LOOSE_LIMIT - 3) + '...' : text;
}

// A rendering of more than MAX_SHOWN_LINES lines is cut to its first CUT_TO lines.
const MAX_SHOWN_LINES = 50;
const CUT_TO = 46;

function cutLines(lines) {
  if (lines.length <= MAX_SHOWN_LINES) return lines;
  const kept = lines.slice(0, CUT_TO);
  kept.push('...');
  return kept;
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

const regexpExec = RegExp.prototype.exec;
const sourceGetter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;

function isRegExp(v) {
  if (!isObjectLike(v) || v === RegExp.prototype) return false;
  try {
    sourceGetter.call(v);
    return true;
  } catch (e) {
    return false;
  }
}

function regexpMatches(re, text) {
  return regexpExec.call(re, text) !== null;
}

function isError(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
}

// Two rendered lines count as the same when they differ only by a trailing comma (the last
// element of an array has none, so appending an element must not mark its neighbour as changed).
function stripComma(line) {
  return line.endsWith(',') ? line.slice(0, -1) : line;
}

// lineDiff returns the edit script between two lists of lines as [tag, text] pairs, tag being
// ' ' (shared), '+' (only in actual) or '-' (only in expected). It is a longest-common-subsequence
// table walk; renderings are at most a few thousand lines, and when they are bigger only their
// shared head and tail are matched and the middle is reported as replaced.
function lineDiff(actual, expected) {
  let head = 0;
  while (head < actual.length && head < expected.length &&
         stripComma(actual[head]) === stripComma(expected[head])) head++;
  let tail = 0;
  while (tail < actual.length - head && tail < expected.length - head &&
         stripComma(actual[actual.length - 1 - tail]) === stripComma(expected[expected.length - 1 - tail])) tail++;

  const script = [];
  const shared = (a, e) => script.push([' ', a.endsWith(',') ? a : e]);
  for (let i = 0; i < head; i++) shared(actual[i], expected[i]);

  const a = actual.slice(head, actual.length - tail);
  const e = expected.slice(head, expected.length - tail);
  if (a.length * e.length > 4e6) {
    for (const l of a) script.push(['+', l]);
    for (const l of e) script.push(['-', l]);
  } else {
    // best[i][j]: length of the common subsequence of a[i..] and e[j..]
    const best = [];
    for (let i = 0; i <= a.length; i++) best.push(new Uint32Array(e.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = e.length - 1; j >= 0; j--) {
        best[i][j] = stripComma(a[i]) === stripComma(e[j]) ?
          best[i + 1][j + 1] + 1 : Math.max(best[i + 1][j], best[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < e.length) {
      if (i < a.length && j < e.length && stripComma(a[i]) === stripComma(e[j])) {
        shared(a[i++], e[j++]);
      } else if (j >= e.length || (i < a.length && best[i + 1][j] >= best[i][j + 1])) {
        script.push(['+', a[i++]]);
      } else {
        script.push(['-', e[j++]]);
      }
    }
  }

  for (let k = tail; k > 0; k--) shared(actual[actual.length - k], expected[expected.length - k]);
  return regroup(script);
}

// Within every run of changes, list all of actual's lines before expected's (as Node prints them).
function regroup(script) {
  const out = [];
  let plus = [];
  let minus = [];
  const flush = () => {
    for (const p of plus) out.push(p);
    for (const m of minus) out.push(m);
    plus = [];
    minus = [];
  };
  for (const step of script) {
    if (step[0] === '+') plus.push(step);
    else if (step[0] === '-') minus.push(step);
    else {
      flush();
      out.push(step);
    }
  }
  flush();
  return out;
}

// Unchanged stretches are shortened: between or before changes a stretch longer than 5 lines keeps
// 2 lines on each side; after the last change one longer than 4 keeps 1 line and the last 3.
// A run of more than 25 added (or removed) lines is cut, and so is a diff that grows too long.
const RUN_LIMIT = 25;
const OUTPUT_LIMIT = 80;

function renderDiff(script) {
  const out = [];
  let skipped = false;
  let lastChange = -1;
  for (let k = 0; k < script.length; k++) if (script[k][0] !== ' ') lastChange = k;

  let k = 0;
  while (k < script.length && out.length < OUTPUT_LIMIT) {
    const tag = script[k][0];
    let end = k;
    while (end < script.length && script[end][0] === tag) end++;
    const run = script.slice(k, end).map((s) => tag + ' ' + s[1]);
    if (tag === ' ') {
      const trailing = k > lastChange;
      if (trailing && run.length > 4) {
        out.push(run[0], '...', ...run.slice(-3));
        skipped = true;
      } else if (!trailing && run.length > 5) {
        out.push(run[0], run[1], '...', run[run.length - 2], run[run.length - 1]);
        skipped = true;
      } else {
        out.push(...run);
      }
    } else if (run.length > RUN_LIMIT) {
      // A huge change: show the start of it (and of its counterpart) and stop there.
      out.push(...run.slice(0, RUN_LIMIT), '...');
      skipped = true;
      if (tag === '+' && end < script.length && script[end][0] === '-') {
        let other = end;
        while (other < script.length && script[other][0] === '-') other++;
        const counterpart = script.slice(end, other).map((s) => '- ' + s[1]);
        out.push(...counterpart.slice(0, RUN_LIMIT));
        if (counterpart.length > RUN_LIMIT) out.push('...');
      }
      return { text: out.join('\n'), skipped };
    } else {
      out.push(...run);
    }
    k = end;
  }
  if (k < script.length) {
    out.push('...');
    skipped = true;
  }
  return { text: out.join('\n'), skipped };
}

// ---------------------------------------------------------------------------------------------
// 2. Messages

const HEADERS = {
  strictEqual: 'Expected values to be strictly equal:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const SAME_STRUCTURE = 'Values have same structure but are not reference-equal:';

// Inline "a !== b" form is used when both renderings fit in this many characters together.
const INLINE_LIMIT = 12;
// The "^" under the first differing column is drawn only for renderings shorter than this.
const CARET_LIMIT = 80;

// messageForEquality builds the text of a failed strictEqual/deepStrictEqual. custom, when given,
// replaces the header line.
function messageForEquality(actual, expected, operator, custom) {
  let header = HEADERS[operator];
  if (operator === 'strictEqual' && isObjectLike(actual) && isObjectLike(expected)) {
    header = HEADERS.strictEqualObject;
  }
  const a = view(actual);
  const e = view(expected);
  const aLines = a.split('\n');
  const eLines = e.split('\n');

  if (a === e) {
    // Nothing to show as a difference: the values only differ in identity.
    return SAME_STRUCTURE + '\n\n' + cutLines(aLines).join('\n') + '\n';
  }
  if (custom !== undefined) header = custom;

  const singleLine = aLines.length === 1 && eLines.length === 1;
  const primitives = !isObjectLike(actual) && !isObjectLike(expected);
  // -0 and 0 are === but not Object.is-equal: always give them a diff so the sign stands out.
  if (singleLine && primitives && actual !== expected && a.length + e.length <= INLINE_LIMIT) {
    return header + '\n\n' + a + ' !== ' + e + '\n';
  }

  let caret = '';
  if (singleLine && primitives && a.length + e.length < CARET_LIMIT) {
    let at = 0;
    while (at < a.length && at < e.length && a[at] === e[at]) at++;
    if (at > 2) caret = '\n' + ' '.repeat(at + 2) + '^';
  }
  const diff = renderDiff(lineDiff(aLines, eLines));
  return header + '\n+ actual - expected' + (diff.skipped ? ' ... Lines skipped' : '') + '\n\n' +
    diff.text + caret;
}

// messageForInequality builds the text of a failed notStrictEqual/notDeepStrictEqual.
function messageForInequality(actual, operator) {
  let header = HEADERS[operator];
  if (operator === 'notStrictEqual' && isObjectLike(actual)) header = HEADERS.notStrictEqualObject;
  const lines = cutLines(view(actual).split('\n'));
  if (lines.length === 1 && lines[0].length <= 5) return header + ' ' + lines[0];
  if (lines.length === 1) return header + '\n\n' + lines[0];
  return header + '\n\n' + lines.join('\n') + '\n';
}

function messageForLoose(actual, expected, operator) {
  const a = clip(view(actual));
  const e = clip(view(expected));
  if (operator === 'deepEqual') {
    return HEADERS.deepEqual + '\n\n' + a + '\n\nshould loosely deep-equal\n\n' + e;
  }
  if (a === e) return HEADERS.notDeepEqual + '\n\n' + a;
  return HEADERS.notDeepEqualUnequal + '\n\n' + a + '\n\nshould not loosely deep-equal\n\n' + e;
}

function generateMessage(actual, expected, operator) {
  switch (operator) {
    case 'strictEqual':
    case 'deepStrictEqual':
      return messageForEquality(actual, expected, operator);
    case 'notStrictEqual':
    case 'notDeepStrictEqual':
      return messageForInequality(actual, operator);
    case 'deepEqual':
    case 'notDeepEqual':
      return messageForLoose(actual, expected, operator);
    default:
      return clip(view(actual)) + ' ' + operator + ' ' + clip(view(expected));
  }
}

// ---------------------------------------------------------------------------------------------
// 3. AssertionError

const ASSERT_FRAME = /\bnode:assert\b/;
const FRAME_LINE = /^\s+at /;

// ownStack rewrites the engine's stack so that it starts with "AssertionError [ERR_ASSERTION]: ..."
// and does not list the frames inside this module (the caller's frame comes first, as in Node).
function ownStack(err, rawStack) {
  const header = err.name + ' [' + err.code + ']: ' + err.message;
  if (typeof rawStack !== 'string') return header;
  const frames = rawStack.split('\n').filter((l) => FRAME_LINE.test(l));
  let first = 0;
  while (first < frames.length && ASSERT_FRAME.test(frames[first])) first++;
  const kept = frames.slice(first);
  return kept.length ? header + '\n' + kept.join('\n') : header;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, actual, expected } = options;
    let text;
    let generated = false;
    if (message != null) {
      text = String(message);
      if (operator === 'strictEqual' || operator === 'deepStrictEqual') {
        // A caller's text replaces the header but the comparison is still shown (and when the
        // values only differ in identity, the caller's text is not used at all).
        text = messageForEquality(actual, expected, operator, text);
      }
    } else {
      text = generateMessage(actual, expected, operator);
      generated = true;
    }
    super(text);
    const rawStack = this.stack;
    this.generatedMessage = generated;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError', writable: true, enumerable: false, configurable: true,
    });
    Object.assign(this, { code: 'ERR_ASSERTION', actual, expected, operator });
    Object.defineProperty(this, 'stack', {
      value: ownStack(this, rawStack), writable: true, enumerable: false, configurable: true,
    });
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }

  [inspect.custom](depth, options) {
    // Print as a plain error (stack plus the enumerable fields), not through a custom hook.
    return inspect(this, Object.assign({}, options, { customInspect: false, depth: 0 }));
  }
}

// fail throws message itself when it is an Error, an AssertionError built from details otherwise.
function raise(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

// ---------------------------------------------------------------------------------------------
// 4. Assertions

// ---- ok: quoting the failing call's source ----

const sourceCache = new Map();

function readSource(file) {
  if (sourceCache.has(file)) return sourceCache.get(file);
  let text = null;
  try {
    text = require('fs').readFileSync(file, 'utf8');
  } catch (e) {
    text = null;
  }
  sourceCache.set(file, text);
  return text;
}

// A stack frame such as "\tat fn (/path/file.js:12:7(33))" or "    at /path/file.js:12:7".
const FRAME_LOCATION = /(?:\(|at )([^()]+):(\d+):(\d+)(?:\(\d+\))?\)?\s*$/;

function callerLocation() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return null;
  for (const line of stack.split('\n')) {
    if (!FRAME_LINE.test(line) || ASSERT_FRAME.test(line) || line.includes('(native)')) continue;
    const m = FRAME_LOCATION.exec(line);
    if (!m) return null;
    return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return null;
}

// Width of the CommonJS function wrapper that the loaders put in front of a module's first line:
// the runtime's for the main script, goja_nodejs's for required files. Columns on line 1 include it.
const MAIN_WRAPPER_WIDTH = 59;
const MODULE_WRAPPER_WIDTH = 55;

function wrapperWidths(file) {
  const main = process.mainModule && process.mainModule.filename;
  return file === main ? [MAIN_WRAPPER_WIDTH, MODULE_WRAPPER_WIDTH] : [MODULE_WRAPPER_WIDTH, MAIN_WRAPPER_WIDTH];
}

// quoteCall finds the call expression whose argument list opens at (line, column) and returns its
// source text, or null when the position does not point at a call.
function quoteCall(source, lineNo, column, widths) {
  const lines = source.split('\n');
  if (lineNo < 1 || lineNo > lines.length) return null;
  let lineStart = 0;
  for (let i = 0; i < lineNo - 1; i++) lineStart += lines[i].length + 1;
  let open = -1;
  for (const w of (lineNo === 1 ? widths : [0])) {
    const at = lineStart + column - 1 - w;
    if (at >= lineStart && source[at] === '(') {
      open = at;
      break;
    }
  }
  if (open < 0) return null;

  const start = calleeStart(source, open, lineStart);
  const end = closingParen(source, open);
  if (end < 0) return null;
  const text = source.slice(start, end + 1);
  // Re-indent: continuation lines lose up to as much leading space as the call's column; every
  // line then gets two spaces.
  const indent = start - lineStart;
  return text.split('\n').map((l, i) => {
    if (i === 0) return '  ' + l;
    let cut = 0;
    while (cut < indent && (l[cut] === ' ' || l[cut] === '\t')) cut++;
    return '  ' + l.slice(cut);
  }).join('\n');
}

// calleeStart walks back from the "(" over a member chain such as `assert.ok`, `a['b'].c`,
// `x?.y`: a sequence of names and [...] groups joined by dots.
function calleeStart(source, open, lineStart) {
  const isName = (c) => c !== undefined && /[\w$]/.test(c);
  let i = open - 1;
  while (i >= lineStart && source[i] === ' ') i--;
  while (i >= lineStart) {
    let group = false;
    if (isName(source[i])) {
      while (i >= lineStart && isName(source[i])) i--;
    } else if (source[i] === ']') {
      group = true;
      let depth = 0;
      for (; i >= lineStart; i--) {
        if (source[i] === ']') depth++;
        else if (source[i] === '[' && --depth === 0) break;
      }
      i--;
    } else {
      break;
    }
    if (source[i] === '.') {
      i--;
      if (source[i] === '?') i--;
    } else if (!(group && (isName(source[i]) || source[i] === ']'))) {
      break;
    }
  }
  return i + 1;
}

// closingParen finds the ")" matching the "(" at open, skipping strings, templates and comments.
function closingParen(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return ch === ')' ? i : -1;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i = skipQuoted(source, i);
      if (i < 0) return -1;
    } else if (ch === '/' && source[i + 1] === '/') {
      const nl = source.indexOf('\n', i);
      if (nl < 0) return -1;
      i = nl;
    } else if (ch === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    }
  }
  return -1;
}

function skipQuoted(source, i) {
  const quote = source[i];
  for (let j = i + 1; j < source.length; j++) {
    const ch = source[j];
    if (ch === '\\') j++;
    else if (ch === quote) return j;
    else if (quote === '`' && ch === '$' && source[j + 1] === '{') {
      // ${...} inside a template: find its closing brace, respecting nesting.
      let depth = 0;
      for (j += 1; j < source.length; j++) {
        const c = source[j];
        if (c === '{') depth++;
        else if (c === '}') {
          depth--;
          if (depth === 0) break;
        } else if (c === '"' || c === "'" || c === '`') {
          j = skipQuoted(source, j);
          if (j < 0) return -1;
        }
      }
    } else if (quote !== '`' && ch === '\n') {
      return -1;
    }
  }
  return -1;
}

function falsyValueMessage(value) {
  const where = callerLocation();
  if (where) {
    const source = readSource(where.file);
    const quoted = source === null ? null : quoteCall(source, where.line, where.column, wrapperWidths(where.file));
    if (quoted) return 'The expression evaluated to a falsy value:\n\n' + quoted + '\n';
  }
  return view(value) + ' == true';
}

function checkTruthy(value, message) {
  if (value) return;
  if (message instanceof Error) throw message;
  let generated = false;
  if (message == null) {
    message = falsyValueMessage(value);
    generated = true;
  }
  const err = new AssertionError({ message, actual: value, expected: true, operator: '==' });
  err.generatedMessage = generated;
  throw err;
}

// The generated "No value argument" message counts as generated although it is passed in.
function noValueError() {
  const err = new AssertionError({
    message: 'No value argument passed to `assert.ok()`', actual: undefined, expected: true, operator: '==',
  });
  err.generatedMessage = true;
  return err;
}

function ok(...args) {
  if (args.length === 0) throw noValueError();
  checkTruthy(args[0], args[1]);
}

// ---- equality ----

function needTwo(count) {
  if (count < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

function bothNaN(a, b) {
  return a !== a && b !== b; // eslint-disable-line no-self-compare
}

function equal(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) return;
  raise({ message, actual, expected, operator: '==' });
}

function notEqual(actual, expected, message) {
  needTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) return;
  raise({ message, actual, expected, operator: '!=' });
}

function strictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (Object.is(actual, expected)) return;
  raise({ message, actual, expected, operator: 'strictEqual' });
}

function notStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!Object.is(actual, expected)) return;
  raise({ message, actual, expected, operator: 'notStrictEqual' });
}

function deepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepEqual(actual, expected)) return;
  raise({ message, actual, expected, operator: 'deepEqual' });
}

function notDeepEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) return;
  raise({ message, actual, expected, operator: 'notDeepEqual' });
}

function deepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) return;
  raise({ message, actual, expected, operator: 'deepStrictEqual' });
}

function notDeepStrictEqual(actual, expected, message) {
  needTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) return;
  raise({ message, actual, expected, operator: 'notDeepStrictEqual' });
}

// ---- fail / ifError ----

let warnedFailArgs = false;

function fail(actual, expected, message, operator, stackStartFn) { // eslint-disable-line no-unused-vars
  const count = arguments.length;
  let generated = false;
  if (count === 0 || (count === 1 && actual == null)) {
    message = 'Failed';
    generated = true;
  } else if (count === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFailArgs) {
      warnedFailArgs = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (count === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ message, actual, expected, operator: operator === undefined ? 'fail' : operator });
  if (generated) err.generatedMessage = true;
  throw err;
}

function ifError(value) {
  if (value === null || value === undefined) return;
  let text = 'ifError got unwanted exception: ';
  if (typeof value === 'object' && typeof value.message === 'string') {
    text += value.message.length === 0 && value.constructor ? value.constructor.name : value.message;
  } else {
    text += inspect(value);
  }
  const err = new AssertionError({ message: text, actual: value, expected: null, operator: 'ifError' });
  // Show where the original error came from: our frames down to where both stacks meet, then all
  // of the original's frames.
  const origin = isError(value) ? value.stack : undefined;
  if (typeof origin === 'string') {
    const mine = err.stack.split('\n');
    const head = mine.filter((l) => !FRAME_LINE.test(l));
    const ours = mine.filter((l) => FRAME_LINE.test(l));
    const theirs = origin.split('\n').filter((l) => FRAME_LINE.test(l));
    let common = 0;
    while (common < ours.length && common < theirs.length &&
           ours[ours.length - 1 - common] === theirs[theirs.length - 1 - common]) common++;
    err.stack = head.concat(ours.slice(0, ours.length - common), theirs).join('\n');
  }
  throw err;
}

// ---- match ----

function checkMatch(text, regexp, message, operator, wanted) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  let generated;
  if (typeof text !== 'string') {
    generated = 'The "string" argument must be of type string. Received type ' + typeof text + ' (' +
      inspect(text) + ')';
  } else if (regexpMatches(regexp, text) !== wanted) {
    generated = (wanted ? 'The input did not match the regular expression ' :
      'The input was expected to not match the regular expression ') +
      inspect(regexp) + '. Input:\n\n' + inspect(text) + '\n';
  } else {
    return;
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    message: message == null ? generated : message, actual: text, expected: regexp, operator,
  });
  err.generatedMessage = message == null;
  throw err;
}

function match(string, regexp, message) {
  checkMatch(string, regexp, message, 'match', true);
}

function doesNotMatch(string, regexp, message) {
  checkMatch(string, regexp, message, 'doesNotMatch', false);
}

// ---- throws / rejects ----

// Marks "the function returned normally / the promise fulfilled".
const NOTHING = Symbol('nothing thrown');

// Objects built to show only the compared keys of an object matcher in the diff.
class Comparison {
  constructor(source, keys, replacements) {
    for (const key of keys) {
      if (replacements && replacements.has(key)) this[key] = replacements.get(key);
      else if (key in source) this[key] = source[key];
    }
  }
}

function kindWord(operator) {
  return operator === 'rejects' || operator === 'doesNotReject' ? 'rejection' : 'exception';
}

// Builds an AssertionError for a failed matcher; a caller's message replaces the generated text.
function matcherFailure(operator, actual, expected, message, generatedText) {
  if (message != null) {
    if (message instanceof Error) message = String(message);
    return new AssertionError({ message, actual, expected, operator });
  }
  const err = new AssertionError({ message: generatedText, actual, expected, operator });
  err.generatedMessage = true;
  return err;
}

// checkObjectMatcher compares the matcher's own enumerable keys (plus name and message when the
// matcher is an Error) against the thrown value; string properties may be matched by RegExps.
function checkObjectMatcher(operator, thrown, matcher, message) {
  const keys = Object.keys(matcher);
  if (matcher instanceof Error) {
    for (const k of ['name', 'message']) if (!keys.includes(k)) keys.push(k);
  } else if (keys.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('error', matcher, 'may not be an empty object');
  }

  const fail = (actualView, expectedView) => {
    if (message != null) raise({ message, actual: thrown, expected: matcher, operator });
    const err = new AssertionError({ actual: actualView, expected: expectedView, operator: 'deepStrictEqual' });
    err.actual = thrown;
    err.expected = matcher;
    err.operator = operator;
    throw err;
  };

  if (thrown === null || typeof thrown !== 'object') fail(thrown, matcher);

  const regexpHits = new Map();
  let mismatch = false;
  for (const key of keys) {
    const want = matcher[key];
    const got = thrown[key];
    if (typeof got === 'string' && isRegExp(want) && regexpMatches(want, got)) {
      regexpHits.set(key, got);
    } else if (!(key in thrown) || !isDeepStrictEqual(got, want)) {
      mismatch = true;
    }
  }
  if (mismatch) fail(new Comparison(thrown, keys), new Comparison(matcher, keys, regexpHits));
}

function describeReceived(thrown) {
  if (isError(thrown)) {
    const name = thrown.constructor && thrown.constructor.name ? thrown.constructor.name : thrown.name;
    let text = '"' + name + '"';
    if (thrown.message) text += '\n\nError message:\n\n' + thrown.message;
    return text;
  }
  return '"' + inspect(thrown) + '"';
}

// checkMatcher throws unless thrown satisfies matcher (RegExp, class, validation function, object).
function checkMatcher(operator, thrown, matcher, message) {
  if (typeof matcher !== 'function') {
    if (isRegExp(matcher)) {
      const text = String(thrown);
      if (regexpMatches(matcher, text)) return;
      throw matcherFailure(operator, thrown, matcher, message,
        'The input did not match the regular expression ' + inspect(matcher) + '. Input:\n\n' +
        inspect(text) + '\n');
    }
    checkObjectMatcher(operator, thrown, matcher, message);
    return;
  }
  if (matcher.prototype !== undefined && thrown instanceof matcher) return;
  if (Object.prototype.isPrototypeOf.call(Error, matcher)) {
    throw matcherFailure(operator, thrown, matcher, message,
      'The error is expected to be an instance of "' + matcher.name + '". Received ' + describeReceived(thrown));
  }
  const verdict = matcher.call({}, thrown);
  if (verdict === true) return;
  let text = 'The ' + (matcher.name ? '"' + matcher.name + '" ' : '') +
    'validation function is expected to return "true". Received ' + inspect(verdict);
  if (isError(thrown)) text += '\n\nCaught error:\n\n' + String(thrown);
  throw matcherFailure(operator, thrown, matcher, message, text);
}

const ERROR_MATCHER_TYPES = ['Object', 'Error', 'Function', 'RegExp'];

// expectFailure is the common tail of throws() and rejects(). rest is the argument list after the
// function/promise: [matcher, message] in the documented forms.
function expectFailure(operator, thrown, rest) {
  let matcher = rest[0];
  let message = rest[1];
  if (typeof matcher === 'string') {
    if (rest.length === 2) throw new ERR_INVALID_ARG_TYPE('error', ERROR_MATCHER_TYPES, matcher);
    if (thrown !== NOTHING) {
      if (typeof thrown === 'object' && thrown !== null) {
        if (thrown.message === matcher) {
          throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
            'The error message "' + thrown.message + '" is identical to the message.');
        }
      } else if (thrown === matcher) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message', 'The error "' + thrown + '" is identical to the message.');
      }
    }
    message = matcher;
    matcher = undefined;
  } else if (matcher != null && typeof matcher !== 'object' && typeof matcher !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ERROR_MATCHER_TYPES, matcher);
  }

  if (thrown === NOTHING) {
    let text = 'Missing expected ' + kindWord(operator);
    if (matcher && matcher.name) text += ' (' + matcher.name + ')';
    text += message ? ': ' + message : '.';
    const err = new AssertionError({ message: text, actual: undefined, expected: matcher, operator });
    err.generatedMessage = false;
    throw err;
  }
  if (matcher != null) checkMatcher(operator, thrown, matcher, message);
}

// expectNoFailure is the common tail of doesNotThrow() and doesNotReject().
function expectNoFailure(operator, thrown, rest) {
  if (thrown === NOTHING) return;
  let matcher = rest[0];
  let message = rest[1];
  if (typeof matcher === 'string') {
    message = matcher;
    matcher = undefined;
  }
  if (matcher != null && !matchesForNegative(thrown, matcher)) throw thrown;
  const text = 'Got unwanted ' + kindWord(operator) + (message ? ': ' + message : '.') +
    '\nActual message: "' + (thrown && thrown.message) + '"';
  const err = new AssertionError({ message: text, actual: thrown, expected: matcher, operator });
  err.generatedMessage = false;
  throw err;
}

function matchesForNegative(thrown, matcher) {
  if (typeof matcher !== 'function') {
    if (isRegExp(matcher)) return regexpMatches(matcher, String(thrown));
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], matcher);
  }
  if (matcher.prototype !== undefined && thrown instanceof matcher) return true;
  if (Object.prototype.isPrototypeOf.call(Error, matcher)) return false;
  return matcher.call({}, thrown) === true;
}

function runCatching(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NOTHING;
}

function throws(fn, ...rest) {
  expectFailure('throws', runCatching(fn), rest);
}

function doesNotThrow(fn, ...rest) {
  expectNoFailure('doesNotThrow', runCatching(fn), rest);
}

function isThenable(v) {
  if (v instanceof Promise) return true;
  return isObjectLike(v) && typeof v.then === 'function' && typeof v.catch === 'function';
}

// settle awaits the promise (or the promise promiseFn returns) and reports how it ended.
async function settle(promiseFn) {
  let pending;
  if (typeof promiseFn === 'function') {
    pending = promiseFn();
    if (!isThenable(pending)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
    }
  } else if (isThenable(promiseFn)) {
    pending = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await pending;
  } catch (e) {
    return e;
  }
  return NOTHING;
}

async function rejects(promiseFn, ...rest) {
  expectFailure('rejects', await settle(promiseFn), rest);
}

async function doesNotReject(promiseFn, ...rest) {
  expectNoFailure('doesNotReject', await settle(promiseFn), rest);
}

// ---- CallTracker (deprecated in Node 20, still exported) ----

class CallTracker {
  #tracked = new Map(); // wrapper -> record

  constructor() {
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }

  calls(fn, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = function () {};
    } else if (fn === undefined) {
      fn = function () {};
    }
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    if (typeof exact !== 'number') throw new ERR_INVALID_ARG_TYPE('expected', 'number', exact);
    const record = { fn, exact, calls: [], stack: new Error() };
    const wrapper = function (...args) {
      record.calls.push({ thisArg: this, arguments: args });
      return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    };
    Object.defineProperties(wrapper, {
      name: { value: fn.name, configurable: true },
      length: { value: fn.length, configurable: true },
    });
    this.#tracked.set(wrapper, record);
    return wrapper;
  }

  #record(tracked) {
    const record = this.#tracked.get(tracked);
    if (!record) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return record;
  }

  getCalls(tracked) {
    return this.#record(tracked).calls.map((c) => Object.freeze({ thisArg: c.thisArg, arguments: c.arguments }));
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#tracked.values()) record.calls = [];
      return;
    }
    this.#record(tracked).calls = [];
  }

  report() {
    const out = [];
    for (const record of this.#tracked.values()) {
      if (record.calls.length === record.exact) continue;
      const name = record.fn.name || 'calls';
      out.push({
        message: 'Expected the ' + name + ' function to be executed ' + record.exact +
          ' time(s) but was executed ' + record.calls.length + ' time(s).',
        actual: record.calls.length,
        expected: record.exact,
        operator: name,
        stack: record.stack,
      });
    }
    return out;
  }

  verify() {
    const problems = this.report();
    if (problems.length === 0) return;
    const message = problems.length === 1 ? problems[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: problems });
  }
}

// ---- the module objects ----

const shared = {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match,
  doesNotMatch,
  CallTracker,
};

// assert(value) and assert.ok(value) are the same function.
const exported = ok;
Object.assign(exported, shared);

// assert.strict: same functions, but the loose names point at the strict comparisons.
function strict(...args) {
  if (args.length === 0) throw noValueError();
  checkTruthy(args[0], args[1]);
}
Object.assign(strict, shared, {
  equal: strictEqual,
  notEqual: notStrictEqual,
  deepEqual: deepStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
strict.strict = strict;
exported.strict = strict;

module.exports = exported;
