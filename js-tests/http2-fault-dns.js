'use strict';
// DNS failure: connect() to a host that does not resolve emits ENOTFOUND on the session, cancels
// the pending request with ERR_HTTP2_STREAM_CANCEL (caused by the DNS error), closes, and the loop
// drains.
const assert = require('assert');
const http2 = require('http2');

const events = [];
const client = http2.connect('http://nonexistent.invalid');
const req = client.request();
req.on('error', (e) => {
  assert.strictEqual(e.code, 'ERR_HTTP2_STREAM_CANCEL');
  assert.strictEqual(e.message, 'The pending stream has been canceled (caused by: getaddrinfo ENOTFOUND nonexistent.invalid)');
  assert.strictEqual(e.cause.code, 'ENOTFOUND');
  events.push('req error');
});
req.on('close', () => {
  assert.strictEqual(req.rstCode, http2.constants.NGHTTP2_INTERNAL_ERROR);
  events.push('req close');
});
client.on('error', (e) => {
  assert.strictEqual(e.code, 'ENOTFOUND');
  assert.strictEqual(e.syscall, 'getaddrinfo');
  assert.strictEqual(e.hostname, 'nonexistent.invalid');
  assert.strictEqual(e.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  events.push('session error');
});
client.on('close', () => events.push('session close'));
process.on('exit', () => {
  assert.deepStrictEqual(events, ['req error', 'req close', 'session error', 'session close']);
});
