'use strict';
// require('child_process') on Go's os/exec (internal/child_process_binding,
// runtime/childbinding.go). spawn, exec, execFile and their Sync forms run real processes; fork
// starts `execPath module` without an IPC channel (send() is not implemented).

const binding = require('internal/child_process_binding');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes, validateString, validateFunction, validateObject, validateArray,
} = require('internal/errors');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE } = codes;

const errnoNumbers = (() => {
  try {
    return require('os').constants.errno;
  } catch (e) {
    return {};
  }
})();

function signalNumber(sig, name = 'signal') {
  if (sig === undefined || sig === null) return binding.signals.SIGTERM;
  if (typeof sig === 'number') {
    return sig;
  }
  if (typeof sig === 'string') {
    const n = binding.signals[sig.toUpperCase()];
    if (n !== undefined) return n;
    const e = new TypeError('Unknown signal: ' + sig);
    e.code = 'ERR_UNKNOWN_SIGNAL';
    throw e;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'number'], sig);
}

// normalize(file, args, options) applies Node's argument shuffling and defaults and returns the
// spec the Go side reads, plus what the JS side keeps for errors and results.
function normalize(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options');
  args = args.map(String);
  let spawnfile = file;
  let spawnargs = [file, ...args];
  if (options.shell) {
    const command = [file, ...args].join(' ');
    const sh = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    spawnfile = sh;
    spawnargs = [sh, '-c', command];
  }
  if (typeof options.argv0 === 'string') spawnargs[0] = options.argv0;
  const envObj = options.env || process.env;
  const env = [];
  for (const k of Object.keys(envObj)) {
    if (envObj[k] !== undefined) env.push(k + '=' + envObj[k]);
  }
  if (options.cwd !== undefined && options.cwd !== null) {
    if (typeof options.cwd !== 'string' && !(options.cwd instanceof URL)) {
      throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'URL'], options.cwd);
    }
  }
  if (options.timeout !== undefined && options.timeout !== null &&
      (!Number.isInteger(options.timeout) || options.timeout < 0)) {
    throw new ERR_OUT_OF_RANGE('options.timeout', 'an unsigned integer', options.timeout);
  }
  return {
    file: spawnfile,
    args: spawnargs,
    cwd: options.cwd == null ? undefined : String(options.cwd instanceof URL ? options.cwd.pathname : options.cwd),
    env,
    stdio: stdioModes(options.stdio),
    timeout: options.timeout || 0,
    killSignal: signalNumber(options.killSignal, 'options.killSignal'),
    detached: !!options.detached,
    options,
  };
}

function stdioModes(stdio) {
  if (stdio === undefined || stdio === null) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') {
    if (stdio === 'overlapped') stdio = 'pipe';
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  const out = [];
  for (let i = 0; i < 3; i++) {
    const s = stdio[i];
    if (s === undefined || s === null || s === 'pipe' || s === 'overlapped') out.push('pipe');
    else if (s === 'inherit' || s === i || s === process[['stdin', 'stdout', 'stderr'][i]]) out.push('inherit');
    else if (s === 'ignore' || s === 'ipc') out.push('ignore');
    else if (typeof s === 'number') out.push('inherit');
    else out.push('pipe');
  }
  return out;
}

function spawnError(code, syscall, spec) {
  const err = new Error(syscall + ' ' + spec.file + ' ' + code);
  err.errno = errnoNumbers[code] !== undefined ? -errnoNumbers[code] : undefined;
  err.code = code;
  err.syscall = syscall + ' ' + spec.file;
  err.path = spec.file;
  err.spawnargs = spec.args.slice(1);
  return err;
}

// ---- asynchronous ------------------------------------------------------------------------------

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.connected = false;
    this.spawnfile = undefined;
    this.spawnargs = [];
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
    this._handle = null;
    this._pendingStreams = 0;
    this._exited = false;
  }

  spawn(options) {
    validateObject(options, 'options');
    const spec = normalize(options.file, options.args ? options.args.slice(1) : [], options);
    return startChild(this, spec);
  }

  kill(sig) {
    const n = signalNumber(sig);
    if (!this._handle || this._exited) return false;
    const err = binding.kill(this.pid, n);
    if (err === '') {
      this.killed = true;
      return true;
    }
    if (err === 'ESRCH') return false;
    this.emit('error', spawnError(err, 'kill', { file: String(this.pid), args: [] }));
    return false;
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }

  send() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('send()');
  }

  disconnect() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('disconnect()');
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

function startChild(child, spec) {
  const { Readable, Writable } = require('stream');
  child.spawnfile = spec.file;
  child.spawnargs = spec.args;
  const readables = {};
  const handle = binding.spawn(spec, function onEvent(type, a, b) {
    switch (type) {
      case 'data':
        readables[a].push(Buffer.from(b));
        break;
      case 'end':
        readables[a].push(null);
        break;
      case 'exit':
        onExit(child, a, b);
        break;
    }
  });
  if (handle.error) {
    const err = spawnError(handle.error, 'spawn', spec);
    process.nextTick(() => {
      child._exited = true;
      child.emit('error', err);
      child.emit('close', -errnoNumbers[handle.error] || -2, null);
    });
    return err;
  }
  child._handle = handle;
  child.pid = handle.pid;
  for (const fd of [1, 2]) {
    if (spec.stdio[fd] !== 'pipe') continue;
    const r = new Readable({ read() {} });
    r.on('end', () => streamDone(child));
    r.on('close', () => {});
    child._pendingStreams++;
    readables[fd] = r;
    if (fd === 1) child.stdout = r;
    else child.stderr = r;
  }
  if (spec.stdio[0] === 'pipe') {
    child.stdin = new Writable({
      write(chunk, encoding, cb) {
        if (!handle.write(chunk)) return cb(spawnError('EPIPE', 'write', spec));
        cb();
      },
      final(cb) {
        handle.endInput();
        cb();
      },
      destroy(err, cb) {
        handle.endInput();
        cb(err);
      },
    });
  }
  child.stdio = [child.stdin, child.stdout, child.stderr];
  process.nextTick(() => child.emit('spawn'));
  return null;
}

function onExit(child, status, signal) {
  child._exited = true;
  if (signal) child.signalCode = signal;
  else child.exitCode = status;
  if (child.stdin && !child.stdin.destroyed) child.stdin.destroy();
  // Output nobody reads is drained once the child exits, so 'close' can follow (as in Node).
  for (const s of [child.stdout, child.stderr]) {
    if (s && s.readableFlowing === null) s.resume();
  }
  child.emit('exit', child.exitCode, child.signalCode);
  child._exitSeen = true;
  maybeClose(child);
}

function streamDone(child) {
  child._pendingStreams--;
  maybeClose(child);
}

function maybeClose(child) {
  if (child._exitSeen && child._pendingStreams <= 0 && !child._closed) {
    child._closed = true;
    process.nextTick(() => child.emit('close', child.exitCode, child.signalCode));
  }
}

function spawn(file, args, options) {
  const spec = normalize(file, args, options);
  const child = new ChildProcess();
  startChild(child, spec);
  if (spec.timeout > 0) {
    const t = setTimeout(() => child.kill(spec.killSignal), spec.timeout);
    child.once('exit', () => clearTimeout(t));
  }
  const signal = spec.options.signal;
  if (signal) {
    const onAbort = () => {
      const err = new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
      child.kill(spec.killSignal);
      child.emit('error', err);
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL)) {
    throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'URL'], modulePath);
  }
  if (args != null && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = { ...options };
  const execArgv = options.execArgv || process.execArgv;
  const stdio = options.silent ? ['pipe', 'pipe', 'pipe'] : ['inherit', 'inherit', 'inherit'];
  return spawn(options.execPath || process.execPath, [...execArgv, String(modulePath), ...(args || [])],
    { ...options, stdio: options.stdio || stdio });
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (callback !== undefined && callback !== null) validateFunction(callback, 'callback');
  options = { encoding: 'utf8', maxBuffer: 1024 * 1024, ...options };
  const child = spawn(file, args, options);
  const out = [];
  const errOut = [];
  let outLen = 0;
  let errLen = 0;
  let failure = null;
  const collect = (stream, list, isErr) => {
    if (!stream) return;
    stream.on('data', (chunk) => {
      const len = isErr ? (errLen += chunk.length) : (outLen += chunk.length);
      if (len > options.maxBuffer && !failure) {
        failure = new RangeError((isErr ? 'stderr' : 'stdout') + ' maxBuffer length exceeded');
        failure.code = 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
        child.kill(options.killSignal);
      } else {
        list.push(chunk);
      }
    });
  };
  collect(child.stdout, out, false);
  collect(child.stderr, errOut, true);
  const decode = (list) => {
    const buf = Buffer.concat(list);
    return options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
      buf.toString(options.encoding) : buf;
  };
  let done = false;
  const finish = (code, signal, spawnErr) => {
    if (done) return;
    done = true;
    if (!callback) return;
    const stdout = decode(out);
    const stderr = decode(errOut);
    const cmd = options.shell ? file : [file, ...(Array.isArray(args) ? args : [])].join(' ');
    let err = null;
    if (spawnErr) {
      err = spawnErr;
      err.cmd = cmd;
    } else if (failure) {
      err = failure;
      err.cmd = cmd;
    } else if (code !== 0 || signal) {
      err = new Error('Command failed: ' + cmd + '\n' + stderr);
      err.code = code !== null && code !== 0 ? code : null;
      err.killed = child.killed;
      err.signal = signal;
      err.cmd = cmd;
    }
    callback(err, stdout, stderr);
  };
  child.on('close', (code, signal) => finish(code, signal));
  child.on('error', (e) => finish(null, null, e));
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateString(command, 'command');
  options = { ...options };
  if (!options.shell) options.shell = true;
  return execFile(command, [], options, callback);
}

// ---- synchronous -------------------------------------------------------------------------------

function spawnSync(file, args, options) {
  const spec = normalize(file, args, options);
  const opts = spec.options;
  if (opts.input !== undefined && opts.input !== null) {
    const input = opts.input;
    if (typeof input === 'string') spec.input = Buffer.from(input, opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : 'utf8');
    else if (ArrayBuffer.isView(input)) spec.input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const r = binding.spawnSync(spec);
  const encoding = opts.encoding && opts.encoding !== 'buffer' && Buffer.isEncoding(opts.encoding) ? opts.encoding : null;
  const conv = (ab) => {
    if (ab === null || ab === undefined) return null;
    const b = Buffer.from(ab);
    return encoding ? b.toString(encoding) : b;
  };
  const result = {
    status: r.status === undefined ? null : r.status,
    signal: r.signal === undefined ? null : r.signal,
    output: null,
    pid: r.pid,
    stdout: conv(r.stdout),
    stderr: conv(r.stderr),
  };
  if (r.error && r.error !== 'ETIMEDOUT') {
    result.error = spawnError(r.error, 'spawnSync', spec);
    result.pid = 0;
    result.stdout = null;
    result.stderr = null;
  } else {
    result.output = [null, result.stdout, result.stderr];
    if (r.error === 'ETIMEDOUT') result.error = spawnError('ETIMEDOUT', 'spawnSync', spec);
  }
  const ordered = { error: result.error, status: result.status, signal: result.signal, output: result.output,
    pid: result.pid, stdout: result.stdout, stderr: result.stderr };
  if (ordered.error === undefined) delete ordered.error;
  return ordered;
}

function checkSync(result, cmd) {
  if (result.error) {
    result.error.cmd = cmd;
    Object.assign(result.error, { status: result.status, signal: result.signal, output: result.output,
      pid: result.pid, stdout: result.stdout, stderr: result.stderr });
    throw result.error;
  }
  if (result.status !== 0) {
    let msg = 'Command failed: ' + cmd;
    if (result.stderr && result.stderr.length > 0) msg += '\n' + result.stderr.toString();
    const err = new Error(msg);
    Object.assign(err, { status: result.status, signal: result.signal, output: result.output,
      pid: result.pid, stdout: result.stdout, stderr: result.stderr });
    throw err;
  }
}

// execSync and execFileSync show the child's stderr on ours unless stdio says otherwise.
function syncStdio(options) {
  const o = { ...options };
  if (o.stdio === undefined) o.stdio = ['pipe', 'pipe', 'inherit'];
  return o;
}

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  const opts = syncStdio(options);
  const result = spawnSync(file, args, opts);
  checkSync(result, [file, ...(args || [])].join(' '));
  return result.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  const opts = syncStdio(options);
  opts.shell = opts.shell || true;
  const result = spawnSync(command, [], opts);
  checkSync(result, command);
  return result.stdout;
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
  _forkChild() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_forkChild()');
  },
};
