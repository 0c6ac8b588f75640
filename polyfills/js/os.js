'use strict';
// node:os — facts about the host, read through the native binding's osInfo() (runtime/fsbinding.go).

const { validateObject, validateInteger } = require('internal/errors');

let info;
try {
  info = require('internal/fs_binding').osInfo;
} catch (e) {
  info = nodeInfo(e);
}

// nodeInfo emulates osInfo() with real node's os; only used under node through tools/node-shim.js.
function nodeInfo(cause) {
  if (typeof process.getBuiltinModule !== 'function') throw cause;
  const real = process.getBuiltinModule('os');
  return () => {
    const u = real.userInfo();
    return {
      hostname: real.hostname(), homedir: real.homedir(), tmpdir: real.tmpdir(), platform: real.platform(),
      arch: real.arch(), type: real.type(), release: real.release(), version: real.version(), machine: real.machine(),
      cpus: real.cpus(), totalmem: real.totalmem(), freemem: real.freemem(), EOL: real.EOL, uptime: real.uptime(),
      loadavg: real.loadavg(), networkInterfaces: real.networkInterfaces(), endianness: real.endianness(),
      uid: u.uid, gid: u.gid, username: u.username, passwdHome: u.homedir, shell: u.shell,
      errno: real.constants.errno, signals: real.constants.signals,
    };
  };
}

const first = info();

function copyList(list) {
  return list.map((c) => ({ model: c.model, speed: c.speed, times: Object.assign({}, c.times) }));
}

function nullProto(obj) {
  return Object.freeze(Object.assign(Object.create(null), obj));
}

const constants = Object.freeze({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0 }),
  errno: nullProto(first.errno),
  signals: nullProto(first.signals),
  priority: nullProto({
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
  }),
});

function tmpdir() {
  // like Node, read the environment at call time
  const env = (typeof process !== 'undefined' && process.env) || {};
  let p = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

function homedir() {
  const env = (typeof process !== 'undefined' && process.env) || {};
  return env.HOME || info().homedir;
}

function userInfo(options) {
  if (options !== undefined) validateObject(options, 'options');
  const i = info();
  const env = (typeof process !== 'undefined' && process.env) || {};
  const out = { uid: i.uid, gid: i.gid, username: i.username || env.USER || env.LOGNAME || '',
    homedir: i.passwdHome || homedir(), shell: i.shell || env.SHELL || null };
  if (options && options.encoding === 'buffer') {
    for (const k of ['username', 'homedir', 'shell']) if (out[k] != null) out[k] = Buffer.from(out[k]);
  }
  return out;
}

function getPriority(pid) {
  if (pid !== undefined) validateInteger(pid, 'pid', -2147483648, 2147483647);
  return 0;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInteger(pid, 'pid', -2147483648, 2147483647);
  validateInteger(priority, 'priority', -20, 19);
  // changing the scheduling priority is not supported by h2js; accepted and ignored
}

module.exports = {
  arch: () => first.arch,
  availableParallelism: () => first.cpus.length || 1,
  cpus: () => copyList(info().cpus),
  endianness: () => first.endianness,
  freemem: () => info().freemem,
  getPriority,
  homedir,
  hostname: () => info().hostname,
  loadavg: () => info().loadavg.slice(),
  networkInterfaces: () => info().networkInterfaces,
  platform: () => first.platform,
  release: () => first.release,
  setPriority,
  tmpdir,
  totalmem: () => first.totalmem,
  type: () => first.type,
  userInfo,
  uptime: () => info().uptime,
  version: () => first.version,
  machine: () => first.machine,
  constants,
  EOL: first.EOL,
  devNull: '/dev/null',
};
