'use strict';
// require('worker_threads') for a runtime with one JS thread: this is always the main thread.
// Worker cannot be created; the message-passing classes exist so feature checks and instanceof
// tests work.

const EventEmitter = require('events');
const { codes } = require('internal/errors');

class Worker extends EventEmitter {
  constructor() {
    super();
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('Worker');
  }
}

// MessagePort/MessageChannel: a pair of in-process ports; postMessage delivers a structured clone
// to the other side on a later turn, as in Node.
class MessagePort extends EventEmitter {
  constructor() {
    super();
    this._peer = null;
    this._closed = false;
    this._refed = true;
  }
  postMessage(value) {
    const peer = this._peer;
    if (!peer || this._closed) return;
    const data = globalThis.structuredClone ? globalThis.structuredClone(value) : value;
    setImmediate(() => {
      if (!peer._closed) peer.emit('message', data);
    }).unref();
  }
  start() {}
  ref() { this._refed = true; return this; }
  unref() { this._refed = false; return this; }
  hasRef() { return this._refed; }
  close() {
    if (this._closed) return;
    this._closed = true;
    const peer = this._peer;
    process.nextTick(() => this.emit('close'));
    if (peer && !peer._closed) peer.close();
  }
}

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort();
    this.port2 = new MessagePort();
    this.port1._peer = this.port2;
    this.port2._peer = this.port1;
  }
}

class BroadcastChannel extends EventEmitter {
  constructor(name) {
    super();
    this.name = String(name);
  }
  postMessage() {}
  close() {}
  ref() { return this; }
  unref() { return this; }
}

const environmentData = new Map();

module.exports = {
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessagePort,
  MessageChannel,
  BroadcastChannel,
  markAsUntransferable() {},
  isMarkedAsUntransferable() { return false; },
  moveMessagePortToContext(port) { return port; },
  receiveMessageOnPort() { return undefined; },
  getEnvironmentData(key) { return environmentData.get(key); },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};
