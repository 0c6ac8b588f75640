'use strict';
// util.inspect of sessions and streams: Node's summaries ('Http2Session { type, closed, destroyed,
// state, localSettings, remoteSettings }', 'Http2Stream { id, closed, destroyed, state,
// readableState, writableState }', id '<pending>' before the stream opened), the bare
// [ClassName] beyond the caller's depth, and the inspect options do not reach the summary.
const assert = require('assert');
const http2 = require('http2');
const util = require('util');

function keysOf(text) {
  return text.split('\n').filter((l) => /^ {2}[A-Za-z]+:/.test(l)).map((l) => l.trim().split(':')[0]);
}

const server = http2.createServer();
server.on('stream', (stream) => {
  const text = util.inspect(stream);
  assert.match(text, /^Http2Stream \{\n {2}id: 1,\n {2}closed: false,\n {2}destroyed: false,\n/);
  assert.deepStrictEqual(keysOf(text), ['id', 'closed', 'destroyed', 'state', 'readableState', 'writableState']);
  assert.deepStrictEqual(Object.keys(stream.state),
    ['state', 'weight', 'sumDependencyWeight', 'localClose', 'remoteClose', 'localWindowSize']);
  assert.strictEqual(util.inspect(stream, { colors: true, depth: 0 }), text);
  assert.strictEqual(util.inspect({ s: stream }, { depth: 0 }), '{ s: [ServerHttp2Stream] }');
  assert.match(util.inspect({ s: stream }), /^\{\n {2}s: Http2Stream \{\n {4}id: 1,/);
  const st = util.inspect(stream.session);
  assert.match(st, /^Http2Session \{\n {2}type: 0,\n/);
  assert.deepStrictEqual(keysOf(st), ['type', 'closed', 'destroyed', 'state', 'localSettings', 'remoteSettings']);
  assert.strictEqual(util.inspect([stream.session], { depth: 0 }), '[ [ServerHttp2Session] ]');
  stream.end('ok');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  assert.strictEqual(util.inspect(client),
    'Http2Session {\n  type: 1,\n  closed: false,\n  destroyed: false,\n  state: {},\n' +
    '  localSettings: {},\n  remoteSettings: {}\n}');
  const req = client.request();
  assert.match(util.inspect(req), /^Http2Stream \{\n {2}id: '<pending>',\n {2}closed: false,\n {2}destroyed: false,\n {2}state: \{\},/);
  req.resume();
  req.on('close', () => {
    client.close();
    server.close();
  });
});
