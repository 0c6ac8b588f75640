'use strict';
// Node-shaped errors and argument validators shared by every polyfill and by the http2 JS layer.
// Messages follow Node 20's wording so scripts that match on err.message behave the same.

const codes = {};
const messages = {};

// inspectValue renders a value the way Node's error messages quote it: util.inspect once that is
// loaded (internal/inspect requires this file, so it is looked up on first use), and a small
// renderer of our own while modules are still loading.
let fullInspect;
function inspectValue(v) {
  if (fullInspect === undefined) {
    try {
      fullInspect = require('internal/inspect').inspect;
    } catch {
      // not loadable yet: the plain renderer this time, util.inspect on a later call
    }
  }
  if (typeof fullInspect === 'function') {
    try {
      return fullInspect(v);
    } catch {
      // a hostile getter or proxy: fall back to the plain renderer
    }
  }
  return plainInspect(v);
}

function plainInspect(v) {
  switch (typeof v) {
    case 'string': return "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return String(v) + 'n';
    case 'symbol': return v.toString();
    case 'function': return v.name ? '[Function: ' + v.name + ']' : '[Function (anonymous)]';
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
  }
  if (v === null) return 'null';
  try {
    if (Array.isArray(v)) return '[ ' + v.map(inspectValue).join(', ') + ' ]';
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    return '{ ' + keys.map((k) => k + ': ' + (typeof v[k] === 'object' && v[k] !== null ? '[Object]' : inspectValue(v[k]))).join(', ') + ' }';
  } catch (e) {
    return '[object]';
  }
}

// Groups the digits of an integer string in threes with '_' (as Node prints big
// out-of-range numbers), keeping a leading sign and short numbers as they are.
function addNumericalSeparator(val) {
  const sign = val.startsWith('-') ? '-' : '';
  const digits = sign ? val.slice(1) : val;
  if (digits.length < 4) return val;
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3));
  return sign + groups.join('_');
}

function determineSpecificType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function' && value.name) return 'function ' + value.name;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return 'an instance of ' + value.constructor.name;
    return inspectValue(value);
  }
  if (typeof value === 'string') {
    // Node shows the raw text here (no escapes), cut to 25 characters, quoted with ' unless it
    // holds one (then JSON-style double quotes).
    const text = value.length > 28 ? value.slice(0, 25) + '...' : value;
    return 'type string (' + (text.includes("'") ? JSON.stringify(text) : "'" + text + "'") + ')';
  }
  let inspected = inspectValue(value);
  if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
  return 'type ' + typeof value + ' (' + inspected + ')';
}

// E registers an error code: msg is a string or a function of the constructor's arguments.
function E(code, msg, Base) {
  messages[code] = msg;
  class NodeError extends Base {
    constructor(...args) {
      super(typeof msg === 'function' ? msg.apply(null, args) : formatTemplate(msg, args));
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      // Node's stacks start with "TypeError [ERR_X]: message"; goja builds "TypeError: message".
      const plain = Base.name + ': ' + this.message;
      const stack = this.stack;
      if (typeof stack === 'string' && stack.startsWith(plain)) {
        Object.defineProperty(this, 'stack', {
          value: Base.name + ' [' + code + ']: ' + this.message + stack.slice(plain.length),
          writable: true,
          configurable: true,
        });
      }
    }
    get name() { return Base.name; }
    set name(v) { Object.defineProperty(this, 'name', { value: v, writable: true, enumerable: true, configurable: true }); }
    toString() { return this.name + ' [' + code + ']: ' + this.message; }
  }
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  codes[code] = NodeError;
}

function formatTemplate(msg, args) {
  let i = 0;
  return msg.replace(/%[sdi]/g, () => String(args[i++]));
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRe = /^([A-Z][a-z0-9]*)+$/;

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += name + ' ';
  else msg += '"' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' ';
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRe.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += 'one of type ' + types.join(', ') + ', or ' + last;
    } else if (types.length === 2) {
      msg += 'one of type ' + types[0] + ' or ' + types[1];
    } else {
      msg += 'of type ' + types[0];
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      const last = instances.pop();
      msg += 'an instance of ' + instances.join(', ') + ', or ' + last;
    } else {
      msg += 'an instance of ' + instances[0];
      if (instances.length === 2) msg += ' or ' + instances[1];
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      const last = other.pop();
      msg += 'one of ' + other.join(', ') + ', or ' + last;
    } else if (other.length === 2) {
      msg += 'one of ' + other[0] + ' or ' + other[1];
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  return msg + '. Received ' + determineSpecificType(actual);
}

function outOfRangeMessage(str, range, input, replaceDefaultBoolean) {
  let msg = replaceDefaultBoolean ? str : 'The value of "' + str + '" is out of range.';
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspectValue(input);
  }
  return msg + ' It must be ' + range + '. Received ' + received;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let inspected = inspectValue(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  const type = name.includes('.') ? 'property' : 'argument';
  return 'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected;
}

E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_MISSING_ARGS', (...args) => {
  const wrap = (a) => '"' + a + '"';
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (names.length === 1) msg += names[0] + ' argument';
  else if (names.length === 2) msg += names[0] + ' and ' + names[1] + ' arguments';
  else {
    const last = names.pop();
    msg += names.join(', ') + ', and ' + last + ' arguments';
  }
  return msg + ' must be specified';
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  'Expected ' + input + ' to be returned from the "' + name + '" function but got ' + determineSpecificType(value) + '.',
TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
// With an argument (even undefined) the value is shown: emit('error') reports "(undefined)".
E('ERR_UNHANDLED_ERROR', (...args) => {
  const msg = 'Unhandled error.';
  if (args.length === 0) return msg;
  return msg + ' (' + inspectValue(args[0]) + ')';
}, Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
E('ERR_INVALID_CHAR', (name, field) => 'Invalid character in ' + name + (field ? ' ["' + field + '"]' : ''), TypeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const op = allowZero ? '>=' : '>';
  return name + ' should be ' + op + ' 0 and < 65536. Received ' + determineSpecificType(port) + '.';
}, RangeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name) => (name ? '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);

// AbortError is what an aborted operation rejects or errors with (name 'AbortError', code 'ABORT_ERR').
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// registerCodes lets other modules (http2) add their own codes to the same table.
function registerCodes(table, Base) {
  for (const code of Object.keys(table)) E(code, table[code], Base || Error);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}
function validateObject(value, name, options) {
  const allowArray = options && options.allowArray;
  const allowFunction = options && options.allowFunction;
  const nullable = options && options.nullable;
  if ((!nullable && value === null) || (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}
function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be longer than ' + minLength);
}
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new codes.ERR_OUT_OF_RANGE(name,
      (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') + (max != null ? '<= ' + max : ''),
      value);
  }
}
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}
function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}
function validateUint32(value, name, positive = false) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}
function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? "'" + v + "'" : String(v))).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}
function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

module.exports = {
  codes,
  AbortError,
  registerCodes,
  inspectValue,
  determineSpecificType,
  addNumericalSeparator,
  validateString,
  validateBoolean,
  validateFunction,
  validateObject,
  validateArray,
  validateNumber,
  validateInteger,
  validateInt32,
  validateUint32,
  validateOneOf,
  validateAbortSignal,
  validateBuffer,
};

// net / tls
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames: %s", Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%s is not a valid %s TLS protocol version', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
