'use strict';
// require('v8') for a runtime that is not V8 (goja). What can be answered honestly is:
// getHeapSnapshot() gives a Readable with a well-formed heap snapshot that lists no objects (goja
// cannot walk its heap), and getHeapStatistics() reports the Go heap that holds our objects.
// Everything else exists, so feature checks find it, and throws ERR_METHOD_NOT_IMPLEMENTED.

const { Readable } = require('stream');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// The snapshot format's header (the field and type tables tools such as Chrome DevTools read),
// with zero nodes and edges.
const snapshotText = JSON.stringify({
  snapshot: {
    meta: {
      node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
      node_types: [['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native',
        'synthetic', 'concatenated string', 'sliced string', 'symbol', 'bigint', 'object shape', 'wasm object'],
      'string', 'number', 'number', 'number', 'number', 'number'],
      edge_fields: ['type', 'name_or_index', 'to_node'],
      edge_types: [['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'],
        'string_or_number', 'node'],
      trace_function_info_fields: ['function_id', 'name', 'script_name', 'script_id', 'line', 'column'],
      trace_node_fields: ['id', 'function_info_index', 'count', 'size', 'children'],
      sample_fields: ['timestamp_us', 'last_assigned_id'],
      location_fields: ['object_index', 'script_id', 'line', 'column'],
    },
    node_count: 0,
    edge_count: 0,
    trace_function_count: 0,
  },
  nodes: [], edges: [], trace_function_infos: [], trace_tree: [], samples: [], locations: [], strings: [],
});

class HeapSnapshotStream extends Readable {
  constructor() {
    super();
    this._sent = false;
  }
  _read() {
    if (this._sent) return;
    this._sent = true;
    this.push(Buffer.from(snapshotText));
    this.push(null);
  }
}

function checkOptions(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

function getHeapSnapshot(options) {
  checkOptions(options);
  return new HeapSnapshotStream();
}

function getHeapStatistics() {
  const m = process.memoryUsage();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: 0,
    used_heap_size: m.heapUsed,
    heap_size_limit: 0,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

function missing(name) {
  const fn = function () { throw new ERR_METHOD_NOT_IMPLEMENTED(name + '()'); };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

function missingClass(name) {
  return { [name]: class { constructor() { throw new ERR_METHOD_NOT_IMPLEMENTED(name); } } }[name];
}

module.exports = {
  cachedDataVersionTag: missing('cachedDataVersionTag'),
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics: missing('getHeapSpaceStatistics'),
  getHeapCodeStatistics: missing('getHeapCodeStatistics'),
  setFlagsFromString: missing('setFlagsFromString'),
  Serializer: missingClass('Serializer'),
  Deserializer: missingClass('Deserializer'),
  DefaultSerializer: missingClass('DefaultSerializer'),
  DefaultDeserializer: missingClass('DefaultDeserializer'),
  deserialize: missing('deserialize'),
  takeCoverage: missing('takeCoverage'),
  stopCoverage: missing('stopCoverage'),
  serialize: missing('serialize'),
  writeHeapSnapshot: missing('writeHeapSnapshot'),
  promiseHooks: {
    onInit: missing('promiseHooks.onInit'),
    onSettled: missing('promiseHooks.onSettled'),
    onBefore: missing('promiseHooks.onBefore'),
    onAfter: missing('promiseHooks.onAfter'),
    createHook: missing('promiseHooks.createHook'),
  },
  queryObjects: missing('queryObjects'),
  startupSnapshot: {
    addSerializeCallback: missing('startupSnapshot.addSerializeCallback'),
    addDeserializeCallback: missing('startupSnapshot.addDeserializeCallback'),
    setDeserializeMainFunction: missing('startupSnapshot.setDeserializeMainFunction'),
    isBuildingSnapshot: () => false,
  },
  setHeapSnapshotNearHeapLimit: missing('setHeapSnapshotNearHeapLimit'),
  GCProfiler: missingClass('GCProfiler'),
};
