'use strict';
// http2.constants, getDefaultSettings, getPackedSettings/getUnpackedSettings and their errors.
const assert = require('assert');
const http2 = require('http2');
const { constants } = http2;

assert.strictEqual(constants.NGHTTP2_NO_ERROR, 0);
assert.strictEqual(constants.NGHTTP2_CANCEL, 8);
assert.strictEqual(constants.NGHTTP2_HTTP_1_1_REQUIRED, 13);
assert.strictEqual(constants.NGHTTP2_SESSION_SERVER, 0);
assert.strictEqual(constants.NGHTTP2_SESSION_CLIENT, 1);
assert.strictEqual(constants.NGHTTP2_STREAM_STATE_CLOSED, 7);
assert.strictEqual(constants.NGHTTP2_ERR_FRAME_SIZE_ERROR, -522);
assert.strictEqual(constants.NGHTTP2_DEFAULT_WEIGHT, 16);
assert.strictEqual(constants.DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE, 65535);
assert.strictEqual(constants.MAX_INITIAL_WINDOW_SIZE, 2147483647);
assert.strictEqual(constants.PADDING_STRATEGY_CALLBACK, 1);
assert.strictEqual(constants.HTTP2_HEADER_STATUS, ':status');
assert.strictEqual(constants.HTTP2_HEADER_CONTENT_TYPE, 'content-type');
assert.strictEqual(constants.HTTP2_METHOD_VERSION_CONTROL, 'VERSION-CONTROL');
assert.strictEqual(constants.HTTP_STATUS_TEAPOT, 418);
assert.strictEqual(constants.HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED, 511);
assert.strictEqual(Object.keys(constants).length, 240);
assert.strictEqual(typeof http2.sensitiveHeaders, 'symbol');

assert.strictEqual(Object.getPrototypeOf(http2.getDefaultSettings()), null);
assert.deepStrictEqual({ ...http2.getDefaultSettings() }, {
  headerTableSize: 4096,
  enablePush: true,
  initialWindowSize: 65535,
  maxFrameSize: 16384,
  maxConcurrentStreams: 4294967295,
  maxHeaderSize: 65535,
  maxHeaderListSize: 65535,
  enableConnectProtocol: false,
});

const packed = http2.getPackedSettings({
  headerTableSize: 100, enablePush: false, maxConcurrentStreams: 5, initialWindowSize: 1000,
  maxFrameSize: 20000, maxHeaderListSize: 300, enableConnectProtocol: true,
});
assert.strictEqual(packed.toString('hex'),
  '0001000000640002000000000003000000050004000003e8000500004e2000060000012c000800000001');
assert.strictEqual(http2.getPackedSettings().length, 0);
assert.strictEqual(http2.getPackedSettings({ customSettings: { 10: 3 } }).toString('hex'), '000a00000003');

assert.deepStrictEqual(http2.getUnpackedSettings(packed), {
  headerTableSize: 100, enablePush: false, maxConcurrentStreams: 5, initialWindowSize: 1000,
  maxFrameSize: 20000, maxHeaderListSize: 300, maxHeaderSize: 300, enableConnectProtocol: true,
});
assert.deepStrictEqual(http2.getUnpackedSettings(Buffer.from('000a00000001', 'hex')), { customSettings: { 10: 1 } });
assert.deepStrictEqual(http2.getUnpackedSettings(new Uint8Array([0, 1, 0, 0, 0, 100])), { headerTableSize: 100 });

assert.throws(() => http2.getPackedSettings({ headerTableSize: -1 }), {
  name: 'RangeError',
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "headerTableSize": -1',
});
assert.throws(() => http2.getPackedSettings({ enablePush: 1 }), {
  name: 'TypeError',
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "enablePush": 1',
});
assert.throws(() => http2.getPackedSettings({ maxFrameSize: 100 }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "maxFrameSize": 100',
});
assert.throws(() => http2.getPackedSettings({ initialWindowSize: 2 ** 31 }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "initialWindowSize": 2147483648',
});
assert.throws(() => http2.getPackedSettings('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "settings" argument must be of type object. Received type string (\'x\')',
});
assert.throws(() => http2.getUnpackedSettings(Buffer.from('0001000000', 'hex')), {
  name: 'RangeError',
  code: 'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
  message: 'Packed settings length must be a multiple of six',
});
assert.throws(() => http2.getUnpackedSettings('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer or TypedArray. Received type string (\'abc\')',
});
assert.throws(() => http2.getUnpackedSettings(Buffer.from('000500000001', 'hex'), { validate: true }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "maxFrameSize": 1',
});
