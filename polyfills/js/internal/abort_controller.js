'use strict';
// AbortController and AbortSignal (an EventTarget), with AbortSignal.abort/timeout/any.
const { EventTarget, Event } = require('internal/event_target');
const { codes, validateNumber } = require('internal/errors');

function domAbortError(message = 'This operation was aborted') {
  const e = new Error(message);
  e.name = 'AbortError';
  e.code = 20;
  return e;
}

const kCreate = Symbol('create');

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  constructor(key) {
    if (key !== kCreate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this.onabort = null;
  }
  get aborted() { return this.#aborted; }
  get reason() { return this.#reason; }
  throwIfAborted() {
    if (this.#aborted) throw this.#reason;
  }
  _abort(reason) {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason === undefined ? domAbortError() : reason;
    this.dispatchEvent(new Event('abort'));
  }
  static abort(reason) {
    const s = new AbortSignal(kCreate);
    s._abort(reason);
    return s;
  }
  static timeout(delay) {
    validateNumber(delay, 'delay', 0, Number.MAX_SAFE_INTEGER);
    const s = new AbortSignal(kCreate);
    const t = setTimeout(() => {
      const e = new Error('The operation was aborted due to timeout');
      e.name = 'TimeoutError';
      e.code = 23;
      s._abort(e);
    }, delay);
    t.unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kCreate);
    for (const sig of signals) {
      if (sig.aborted) {
        s._abort(sig.reason);
        return s;
      }
    }
    for (const sig of signals) sig.addEventListener('abort', () => s._abort(sig.reason), { once: true });
    return s;
  }
}

class AbortController {
  #signal = new AbortSignal(kCreate);
  get signal() { return this.#signal; }
  abort(reason) {
    this.#signal._abort(reason);
  }
}

module.exports = { AbortController, AbortSignal };
