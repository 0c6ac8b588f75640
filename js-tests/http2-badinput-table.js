'use strict';
// Bad input, table-driven: every exported function and the session/stream methods of node:http2
// called with wrong types, out-of-range numbers, invalid headers and pseudo-headers, non-ASCII
// ALTSVC/ORIGIN strings, and on destroyed sessions and streams. Each row is
// [name, call, 'ok' | { name, code, message }] with what Node 20 does; h2js must do the same, and a
// call that throws must not leave anything behind (no orphan stream erroring later, no hang).
const assert = require('assert');
const http2 = require('http2');
const noop = () => {};

const top = [
  ['connect(5)', () => http2.connect(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"authority\" argument must be of type string or an instance of URL or Object. Received type number (5)" }],
  ['connect(null)', () => http2.connect(null), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"authority\" argument must be of type string or an instance of URL or Object. Received null" }],
  ['connect("not a url")', () => http2.connect('not a url'), { name: "TypeError", code: "ERR_INVALID_URL", message: "Invalid URL" }],
  ['connect("ftp://x")', () => http2.connect('ftp://x'), { name: "Error", code: "ERR_HTTP2_UNSUPPORTED_PROTOCOL", message: "protocol \"ftp:\" is unsupported." }],
  ['connect(url, 5)', () => http2.connect('http://localhost:1', 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options\" argument must be of type object. Received type number (5)" }],
  ['connect(url, {}, 5)', () => http2.connect('http://localhost:1', {}, 5), 'ok'],
  ['connect(url, {maxSessionMemory:"x"})', () => http2.connect('http://localhost:1', { maxSessionMemory: 'x' }), 'ok'],
  ['createServer(5)', () => http2.createServer(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options\" argument must be of type object. Received type number (5)" }],
  ['createServer("x")', () => http2.createServer('x'), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options\" argument must be of type object. Received type string ('x')" }],
  ['createServer({settings:5})', () => http2.createServer({ settings: 5 }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.settings\" property must be of type object. Received type number (5)" }],
  ['createServer({settings:{maxHeaderListSize:-5}})', () => http2.createServer({ settings: { maxHeaderListSize: -5 } }), 'ok'],
  ['createServer({maxSessionMemory:-1})', () => http2.createServer({ maxSessionMemory: -1 }), 'ok'],
  ['createServer({unknownProtocolTimeout:"x"})', () => http2.createServer({ unknownProtocolTimeout: 'x' }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"unknownProtocolTimeout\" argument must be of type number. Received type string ('x')" }],
  ['createSecureServer(5)', () => http2.createSecureServer(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options\" argument must be of type object. Received type number (5)" }],
  ['createSecureServer({settings:"x"})', () => http2.createSecureServer({ settings: 'x' }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.settings\" property must be of type object. Received type string ('x')" }],
  ['getPackedSettings(5)', () => http2.getPackedSettings(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"settings\" argument must be of type object. Received type number (5)" }],
  ['getPackedSettings({headerTableSize:-1})', () => http2.getPackedSettings({ headerTableSize: -1 }), { name: "RangeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"headerTableSize\": -1" }],
  ['getPackedSettings({maxFrameSize:2**24})', () => http2.getPackedSettings({ maxFrameSize: 2 ** 24 }), { name: "RangeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"maxFrameSize\": 16777216" }],
  ['getPackedSettings({enablePush:1})', () => http2.getPackedSettings({ enablePush: 1 }), { name: "TypeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"enablePush\": 1" }],
  ['getPackedSettings({enableConnectProtocol:"x"})', () => http2.getPackedSettings({ enableConnectProtocol: 'x' }), { name: "TypeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"enableConnectProtocol\": x" }],
  ['getUnpackedSettings("x")', () => http2.getUnpackedSettings('x'), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"buf\" argument must be an instance of Buffer or TypedArray. Received type string ('x')" }],
  ['getUnpackedSettings(5)', () => http2.getUnpackedSettings(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"buf\" argument must be an instance of Buffer or TypedArray. Received type number (5)" }],
  ['getUnpackedSettings(Buffer.alloc(5))', () => http2.getUnpackedSettings(Buffer.alloc(5)), { name: "RangeError", code: "ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH", message: "Packed settings length must be a multiple of six" }],
  ['getUnpackedSettings(bad values, validate)', () => http2.getUnpackedSettings(Buffer.from([0, 4, 0xff, 0xff, 0xff, 0xff]), { validate: true }), { name: "RangeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"initialWindowSize\": 4294967295" }],
  ['server.listen(-1)', () => http2.createServer().listen(-1), { name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port should be >= 0 and < 65536. Received type number (-1)." }],
  ['server.listen(70000)', () => http2.createServer().listen(70000), { name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port should be >= 0 and < 65536. Received type number (70000)." }],
  ['server.listen("x y")', () => http2.createServer().listen({ port: 'x y' }), { name: "RangeError", code: "ERR_SOCKET_BAD_PORT", message: "options.port should be >= 0 and < 65536. Received type string ('x y')." }],
  ['server.setTimeout(1, 5)', () => http2.createServer().setTimeout(1, 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received type number (5)" }],
  ['server.updateSettings(5)', () => http2.createServer().updateSettings(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"settings\" argument must be of type object. Received type number (5)" }],
  ['server.updateSettings({initialWindowSize:-1})', () => http2.createServer().updateSettings({ initialWindowSize: -1 }), { name: "RangeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"initialWindowSize\": -1" }],
];
// On a live connection, in order (some calls change state: respond({":status":"abc"}) initiates the
// response, so later respond() calls throw ERR_HTTP2_HEADERS_SENT).
const live = [
  ['client.request(5)', (c) => c.client.request(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"headers\" argument must be of type object. Received type number (5)" }],
  ['client.request({}, 5)', (c) => c.client.request({}, 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options\" argument must be of type object. Received type number (5)" }],
  ['client.request({":foo":"x"})', (c) => c.client.request({ ':foo': 'x' }), { name: "TypeError", code: "ERR_HTTP2_INVALID_PSEUDOHEADER", message: "\":foo\" is an invalid pseudoheader or is used incorrectly" }],
  ['client.request({":status":"200"})', (c) => c.client.request({ ':status': '200' }), 'ok'],
  ['client.request({":method":"CONNECT"})', (c) => c.client.request({ ':method': 'CONNECT' }), { name: "Error", code: "ERR_HTTP2_CONNECT_AUTHORITY", message: ":authority header is required for CONNECT requests" }],
  ['client.request(CONNECT with :path)', (c) => c.client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':path': '/' }), { name: "Error", code: "ERR_HTTP2_CONNECT_PATH", message: "The :path header is forbidden for CONNECT requests" }],
  ['client.request(CONNECT with :scheme)', (c) => c.client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':scheme': 'http' }), { name: "Error", code: "ERR_HTTP2_CONNECT_SCHEME", message: "The :scheme header is forbidden for CONNECT requests" }],
  ['client.request({connection:"close"})', (c) => c.client.request({ connection: 'close' }), { name: "TypeError", code: "ERR_HTTP2_INVALID_CONNECTION_HEADERS", message: "HTTP/1 Connection specific headers are forbidden: \"connection\"" }],
  ['client.request({te:"gzip"})', (c) => c.client.request({ te: 'gzip' }), { name: "TypeError", code: "ERR_HTTP2_INVALID_CONNECTION_HEADERS", message: "HTTP/1 Connection specific headers are forbidden: \"te\"" }],
  ['client.request({"x-a":["1","2"], "content-type":["a","b"]})', (c) => c.client.request({ 'content-type': ['a', 'b'] }), { name: "TypeError", code: "ERR_HTTP2_HEADER_SINGLE_VALUE", message: "Header field \"content-type\" must only have a single value" }],
  ['client.request({":path":["/a","/b"]})', (c) => c.client.request({ ':path': ['/a', '/b'] }), { name: "TypeError", code: "ERR_HTTP2_HEADER_SINGLE_VALUE", message: "Header field \":path\" must only have a single value" }],
  ['client.request({"x-bad":undefined-in-array})', (c) => c.client.request({ 'x-arr': [undefined] }), 'ok'],
  ['client.request({}, {endStream:"x"})', (c) => c.client.request({}, { endStream: 'x' }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.endStream\" property must be of type boolean. Received type string ('x')" }],
  ['client.request({}, {silent:1})', (c) => c.client.request({}, { silent: 1 }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.silent\" property must be of type boolean. Received type number (1)" }],
  ['client.request({}, {silent:null})', (c) => c.client.request({}, { silent: null }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.silent\" property must be of type boolean. Received null" }],
  ['client.request({}, {weight:"x"})', (c) => c.client.request({}, { weight: 'x' }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.weight\" property must be of type number. Received type string ('x')" }],
  ['client.request({}, {parent:-1})', (c) => c.client.request({}, { parent: -1 }), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"options.parent\" is out of range. It must be >= 0. Received -1" }],
  ['client.request({}, {exclusive:1})', (c) => c.client.request({}, { exclusive: 1 }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.exclusive\" property must be of type boolean. Received type number (1)" }],
  ['client.request({}, {waitForTrailers:1})', (c) => c.client.request({}, { waitForTrailers: 1 }), 'ok'],
  ['client.ping(5)', (c) => c.client.ping(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"payload\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)" }],
  ['client.ping(Buffer.alloc(7), noop)', (c) => c.client.ping(Buffer.alloc(7), noop), { name: "RangeError", code: "ERR_HTTP2_PING_LENGTH", message: "HTTP2 ping payload must be 8 bytes" }],
  ['client.ping("12345678", noop)', (c) => c.client.ping('12345678', noop), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"payload\" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('12345678')" }],
  ['client.ping(Buffer.alloc(8), 5)', (c) => c.client.ping(Buffer.alloc(8), 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received type number (5)" }],
  ['client.settings(5)', (c) => c.client.settings(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"settings\" argument must be of type object. Received type number (5)" }],
  ['client.settings({}, 5)', (c) => c.client.settings({}, 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received type number (5)" }],
  ['client.settings({maxFrameSize:1})', (c) => c.client.settings({ maxFrameSize: 1 }), { name: "RangeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"maxFrameSize\": 1" }],
  ['client.settings({headerTableSize:2**32})', (c) => c.client.settings({ headerTableSize: 2 ** 32 }), { name: "RangeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"headerTableSize\": 4294967296" }],
  ['client.settings({enablePush:"x"})', (c) => c.client.settings({ enablePush: 'x' }), { name: "TypeError", code: "ERR_HTTP2_INVALID_SETTING_VALUE", message: "Invalid value for setting \"enablePush\": x" }],
  ['client.goaway("x")', (c) => c.client.goaway('x'), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"code\" argument must be of type number. Received type string ('x')" }],
  ['client.goaway(0, -1)', (c) => c.client.goaway(0, -1), 'ok'],
  ['client.goaway(0, 0, "x")', (c) => c.client.goaway(0, 0, 'x'), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"opaqueData\" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('x')" }],
  ['client.setLocalWindowSize(2**31)', (c) => c.client.setLocalWindowSize(2 ** 31), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"windowSize\" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648" }],
  ['client.setLocalWindowSize(1.5)', (c) => c.client.setLocalWindowSize(1.5), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"windowSize\" is out of range. It must be an integer. Received 1.5" }],
  ['client.setTimeout("x")', (c) => c.client.setTimeout('x'), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"msecs\" argument must be of type number. Received type string ('x')" }],
  ['client.setTimeout(1, "x")', (c) => c.client.setTimeout(1, 'x'), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received type string ('x')" }],
  ['client.close(5)', (c) => c.client.close(5), 'ok'],
  ['session.altsvc(5)', (c) => c.session.altsvc(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"alt\" argument must be of type string. Received type number (5)" }],
  ['session.altsvc("h2=\\":1\\"", 5.5)', (c) => c.session.altsvc('h2=":1"', 5.5), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"originOrStream\" is out of range. It must be > 0 && < 4294967296. Received 5.5" }],
  ['session.altsvc("h2=\\":1\\"", -1)', (c) => c.session.altsvc('h2=":1"', -1), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"originOrStream\" is out of range. It must be > 0 && < 4294967296. Received -1" }],
  ['session.altsvc("h2=\\":1\\"", 2**31)', (c) => c.session.altsvc('h2=":1"', 2 ** 31), 'ok'],
  ['session.altsvc("h2", {})', (c) => c.session.altsvc('h2', {}), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"originOrStream\" argument must be one of type string or number or an instance of URL or Object. Received an instance of Object" }],
  ['session.altsvc("h2", "")', (c) => c.session.altsvc('h2', ''), { name: "TypeError", code: "ERR_INVALID_URL", message: "Invalid URL" }],
  ['session.altsvc("h2", "null")', (c) => c.session.altsvc('h2', 'null'), { name: "TypeError", code: "ERR_INVALID_URL", message: "Invalid URL" }],
  ['session.altsvc("h2", "not a url")', (c) => c.session.altsvc('h2', 'not a url'), { name: "TypeError", code: "ERR_INVALID_URL", message: "Invalid URL" }],
  ['session.altsvc("h2", new URL("http://a"))+1', (c) => c.session.altsvc('h2', 5, 6), 'ok'],
  ['session.altsvc("h2=\\"é\\"", origin)', (c) => c.session.altsvc('h2="é"', 'http://example.org'), 'ok'],
  ['session.altsvc("h2", "http://é.example")', (c) => c.session.altsvc('h2', 'http://\u00e9.example'), 'ok'],
  ['session.altsvc(16383 bytes)', (c) => c.session.altsvc('a'.repeat(16383), 'http://e.org'), { name: "TypeError", code: "ERR_HTTP2_ALTSVC_LENGTH", message: "HTTP/2 ALTSVC frames are limited to 16382 bytes" }],
  ['session.altsvc(ok, stream 0 no origin)', (c) => c.session.altsvc('h2=":1"', 0), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"originOrStream\" is out of range. It must be > 0 && < 4294967296. Received 0" }],
  ['session.origin(5)', (c) => c.session.origin(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"origin\" argument must be of type string. Received type number (5)" }],
  ['session.origin("")', (c) => c.session.origin(''), { name: "TypeError", code: "ERR_INVALID_URL", message: "Invalid URL" }],
  ['session.origin("null")', (c) => c.session.origin('null'), { name: "TypeError", code: "ERR_INVALID_URL", message: "Invalid URL" }],
  ['session.origin("not a url")', (c) => c.session.origin('not a url'), { name: "TypeError", code: "ERR_INVALID_URL", message: "Invalid URL" }],
  ['session.origin("https://é.example")', (c) => c.session.origin('https://\u00e9.example'), 'ok'],
  ['session.origin over h2c', (c) => c.session.origin('https://example.org'), 'ok'],
  ['stream.respond(5)', (c) => c.stream.respond(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"headers\" argument must be of type object. Received type number (5)" }],
  ['stream.respond({":status":99})', (c) => c.stream.respond({ ':status': 99 }), { name: "RangeError", code: "ERR_HTTP2_STATUS_INVALID", message: "Invalid status code: 99" }],
  ['stream.respond({":status":600})', (c) => c.stream.respond({ ':status': 600 }), { name: "RangeError", code: "ERR_HTTP2_STATUS_INVALID", message: "Invalid status code: 600" }],
  ['stream.respond({":status":101})', (c) => c.stream.respond({ ':status': 101 }), { name: "RangeError", code: "ERR_HTTP2_STATUS_INVALID", message: "Invalid status code: 101" }],
  ['stream.respond({":status":"abc"})', (c) => c.stream.respond({ ':status': 'abc' }), 'ok'],
  ['stream.respond({":path":"/"})', (c) => c.stream.respond({ ':path': '/' }), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respond({"x-y":"a\\u0000b"})', (c) => c.stream.respond({ 'x-y': 'a\u0000b' }), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respond({"bad name":"1"})', (c) => c.stream.respond({ 'bad name': '1' }), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respond({"":"1"})', (c) => c.stream.respond({ '': '1' }), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respond({"keep-alive":"1"})', (c) => c.stream.respond({ 'keep-alive': '1' }), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respond({}, 5)', (c) => c.stream.respond({}, 5), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respond({}, {endStream:"x"})', (c) => c.stream.respond({}, { endStream: 'x' }), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respond({}, {waitForTrailers:1})', (c) => c.stream.respond({}, { waitForTrailers: 1 }), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.additionalHeaders({":status":200})', (c) => c.stream.additionalHeaders({ ':status': 200 }), { name: "Error", code: "ERR_HTTP2_HEADERS_AFTER_RESPOND", message: "Cannot specify additional headers after response initiated" }],
  ['stream.additionalHeaders({":status":101})', (c) => c.stream.additionalHeaders({ ':status': 101 }), { name: "Error", code: "ERR_HTTP2_HEADERS_AFTER_RESPOND", message: "Cannot specify additional headers after response initiated" }],
  ['stream.additionalHeaders(5)', (c) => c.stream.additionalHeaders(5), { name: "Error", code: "ERR_HTTP2_HEADERS_AFTER_RESPOND", message: "Cannot specify additional headers after response initiated" }],
  ['stream.pushStream(5)', (c) => c.stream.pushStream(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received undefined" }],
  ['stream.pushStream({}, 5)', (c) => c.stream.pushStream({}, 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received undefined" }],
  ['stream.sendTrailers({}) before wantTrailers', (c) => c.stream.sendTrailers({}), { name: "Error", code: "ERR_HTTP2_TRAILERS_NOT_READY", message: "Trailing headers cannot be sent until after the wantTrailers event is emitted" }],
  ['stream.priority(5)', (c) => c.stream.priority(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options\" argument must be of type object. Received type number (5)" }],
  ['stream.priority({weight:"x"})', (c) => c.stream.priority({ weight: 'x' }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.weight\" property must be of type number. Received type string ('x')" }],
  ['stream.priority({exclusive:"x"})', (c) => c.stream.priority({ exclusive: 'x' }), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"options.exclusive\" property must be of type boolean. Received type string ('x')" }],
  ['stream.setTimeout(1, 5)', (c) => c.stream.setTimeout(1, 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received type number (5)" }],
  ['stream.close("x")', (c) => c.stream.close('x'), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"code\" argument must be of type number. Received type string ('x')" }],
  ['stream.close(-1)', (c) => c.stream.close(-1), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"code\" is out of range. It must be >= 0 && <= 4294967295. Received -1" }],
  ['stream.close(2**32)', (c) => c.stream.close(2 ** 32), { name: "RangeError", code: "ERR_OUT_OF_RANGE", message: "The value of \"code\" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296" }],
  ['stream.close(0, 5)', (c) => c.stream.close(0, 5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"callback\" argument must be of type function. Received type number (5)" }],
  ['stream.respondWithFile(5)', (c) => c.stream.respondWithFile(5), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.respondWithFD("x")', (c) => c.stream.respondWithFD('x'), { name: "Error", code: "ERR_HTTP2_HEADERS_SENT", message: "Response has already been initiated." }],
  ['stream.write(5)', (c) => c.stream.write(5), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)" }],
  ['stream.write({})', (c) => c.stream.write({}), { name: "TypeError", code: "ERR_INVALID_ARG_TYPE", message: "The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object" }],
];
// After client.destroy() and session.destroy().
const dead = [
  ['destroyed client.request()', (c) => c.client.request(), { name: "Error", code: "ERR_HTTP2_INVALID_SESSION", message: "The session has been destroyed" }],
  ['destroyed client.ping(noop)', (c) => c.client.ping(noop), { name: "Error", code: "ERR_HTTP2_INVALID_SESSION", message: "The session has been destroyed" }],
  ['destroyed client.settings({})', (c) => c.client.settings({}), { name: "Error", code: "ERR_HTTP2_INVALID_SESSION", message: "The session has been destroyed" }],
  ['destroyed client.goaway()', (c) => c.client.goaway(), { name: "Error", code: "ERR_HTTP2_INVALID_SESSION", message: "The session has been destroyed" }],
  ['destroyed client.setLocalWindowSize(1)', (c) => c.client.setLocalWindowSize(1), { name: "Error", code: "ERR_HTTP2_INVALID_SESSION", message: "The session has been destroyed" }],
  ['destroyed client.close() ok', (c) => c.client.close(), 'ok'],
  ['destroyed client.destroy() ok', (c) => c.client.destroy(), 'ok'],
  ['destroyed client.setTimeout(1) ok', (c) => c.client.setTimeout(1), 'ok'],
  ['destroyed session.altsvc', (c) => c.session.altsvc('h2=":1"', 'http://e.org'), { name: "Error", code: "ERR_HTTP2_INVALID_SESSION", message: "The session has been destroyed" }],
  ['destroyed session.origin', (c) => c.session.origin('https://e.org'), { name: "Error", code: "ERR_HTTP2_INVALID_SESSION", message: "The session has been destroyed" }],
  ['destroyed stream.respond()', (c) => c.stream.respond(), { name: "Error", code: "ERR_HTTP2_INVALID_STREAM", message: "The stream has been destroyed" }],
  ['destroyed stream.additionalHeaders', (c) => c.stream.additionalHeaders({ ':status': 100 }), { name: "Error", code: "ERR_HTTP2_INVALID_STREAM", message: "The stream has been destroyed" }],
  ['destroyed stream.pushStream', (c) => c.stream.pushStream({}, noop), { name: "Error", code: "ERR_HTTP2_PUSH_DISABLED", message: "HTTP/2 client has disabled push streams" }],
  ['destroyed stream.priority', (c) => c.stream.priority({ weight: 1 }), { name: "Error", code: "ERR_HTTP2_INVALID_STREAM", message: "The stream has been destroyed" }],
  ['destroyed stream.sendTrailers', (c) => c.stream.sendTrailers({}), { name: "Error", code: "ERR_HTTP2_INVALID_STREAM", message: "The stream has been destroyed" }],
  ['destroyed stream.close() ok', (c) => c.stream.close(), 'ok'],
  ['destroyed stream.setTimeout(1) ok', (c) => c.stream.setTimeout(1), 'ok'],
];

let checked = 0;
function check(table, ctx) {
  for (const [name, fn, want] of table) {
    let got = 'ok';
    try {
      const r = fn(ctx);
      if (r && typeof r.on === 'function' && r !== ctx?.client) {
        r.on('error', () => {});
        if (name.startsWith('connect')) r.destroy();
      }
    } catch (e) {
      got = { name: e.name, code: e.code, message: e.message };
    }
    assert.deepStrictEqual(got, want, name);
    checked++;
  }
}

process.on('exit', () => assert.strictEqual(checked, top.length + live.length + dead.length));
check(top);

let client;
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('error', () => {});
  const ctx = { client, session: stream.session, stream };
  check(live, ctx);
  ctx.session.on('error', () => {});
  client.destroy();
  ctx.session.destroy();
  setImmediate(() => {
    check(dead, ctx);
    server.close();
  });
});
server.listen(0, () => {
  client = http2.connect('http://localhost:' + server.address().port);
  client.on('error', () => {});
  client.request({ ':path': '/' }).on('error', () => {});
});
