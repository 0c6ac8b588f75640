'use strict';
// Event and EventTarget as Node has them (the subset AbortSignal and scripts use).
const { codes } = require('internal/errors');

const kStop = Symbol('stop');

class Event {
  #type;
  #cancelable;
  #bubbles;
  #defaultPrevented = false;
  #timeStamp = Date.now();
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    this.#type = String(type);
    this.#cancelable = !!(options && options.cancelable);
    this.#bubbles = !!(options && options.bubbles);
    this[kStop] = false;
    this.target = null;
    this.currentTarget = null;
  }
  get type() { return this.#type; }
  get cancelable() { return this.#cancelable; }
  get bubbles() { return this.#bubbles; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { return this.#timeStamp; }
  get isTrusted() { return false; }
  get srcElement() { return this.target; }
  get eventPhase() { return this.currentTarget ? 2 : 0; }
  get composed() { return false; }
  get returnValue() { return !this.defaultPrevented; }
  composedPath() { return this.currentTarget ? [this.currentTarget] : []; }
  preventDefault() { this.#defaultPrevented = true; }
  stopPropagation() {}
  stopImmediatePropagation() { this[kStop] = true; }
}

const kListeners = Symbol('listeners');

class EventTarget {
  constructor() {
    this[kListeners] = new Map();
  }
  addEventListener(type, listener, options) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (listener == null) return;
    if (typeof listener !== 'function' && (typeof listener !== 'object' || typeof listener.handleEvent !== 'function')) {
      throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    const once = !!(options && typeof options === 'object' && options.once);
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const signal = options && typeof options === 'object' ? options.signal : undefined;
    if (signal && signal.aborted) return;
    type = String(type);
    let list = this[kListeners].get(type);
    if (!list) this[kListeners].set(type, (list = []));
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const entry = { listener, once, capture };
    list.push(entry);
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
  }
  removeEventListener(type, listener, options) {
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const list = this[kListeners].get(String(type));
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i !== -1) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const list = this[kListeners].get(event.type);
    event.target = this;
    event.currentTarget = this;
    if (list) {
      for (const entry of list.slice()) {
        if (entry.once) this.removeEventListener(event.type, entry.listener, entry);
        try {
          if (typeof entry.listener === 'function') entry.listener.call(this, event);
          else entry.listener.handleEvent(event);
        } catch (err) {
          // Node reports listener errors as uncaught exceptions without stopping dispatch.
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    const handler = this['on' + event.type];
    if (typeof handler === 'function' && !(list && list.some((l) => l.listener === handler))) handler.call(this, event);
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
}

module.exports = { Event, EventTarget, kListeners };
