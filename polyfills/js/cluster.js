'use strict';
// require('cluster') in a process that is always the primary: workers cannot be forked here.

const EventEmitter = require('events');
const { codes } = require('internal/errors');

const cluster = new EventEmitter();
cluster.isPrimary = true;
cluster.isMaster = true;
cluster.isWorker = false;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = cluster.SCHED_RR;
cluster.setupPrimary = function setupPrimary(settings) {
  Object.assign(cluster.settings, settings);
};
cluster.setupMaster = cluster.setupPrimary;
cluster.fork = function fork() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('cluster.fork()');
};
cluster.disconnect = function disconnect(cb) {
  if (typeof cb === 'function') process.nextTick(cb);
};
cluster.Worker = class Worker extends EventEmitter {};

module.exports = cluster;
