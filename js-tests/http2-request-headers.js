'use strict';
// compare-stdout
// client.request() header shapes: the sentHeaders object (own keys in order, values, prototype),
// what the server receives (raw order, names, values, never-indexed names) and the error (name,
// code, message) for each shape, printed so node and h2js can be compared line by line. Covers
// the binding's fast path for plain headers and each shape that falls back to the JS path.
const http2 = require('http2');

const sym = Symbol('mine');
const proto = Object.create({ ':path': '/inherited' });
proto['x-own'] = 'own';
const getter = {};
Object.defineProperty(getter, 'x-got', { get() { return 'g'; }, enumerable: true });
Object.defineProperty(getter, 'x-hidden', { value: 'h', enumerable: false });

const cases = [
  ['no headers', undefined],
  ['empty', {}],
  ['path only', { ':path': '/a?b=1' }],
  ['post', { ':method': 'POST', ':path': '/p', 'content-type': 'text/plain' }],
  ['head', { ':method': 'HEAD', ':path': '/h' }],
  ['delete', { ':method': 'DELETE', ':path': '/d' }],
  ['scalars', { 'X-Upper': 'v', 'x-num': 42, 'x-bool': true, 'x-float': 1.5, 'x-neg': -0 }],
  ['regular before pseudo', { 'x-first': '1', ':path': '/late', accept: '*/*', ':method': 'GET' }],
  ['undefined pseudo keeps its place', { ':authority': undefined, 'x-a': 'a', ':scheme': undefined, ':path': '/u' }],
  ['host instead of authority', { host: 'example.test', ':path': '/host' }],
  ['Host is not host', { Host: 'example.test', ':path': '/Host' }],
  ['authority given', { ':authority': 'other.test', ':path': '/auth' }],
  ['undefined and empty keys', { 'x-undef': undefined, '': 'empty name', ':path': '/e' }],
  ['short cookie', { cookie: 'a=1', ':path': '/c' }],
  ['long cookie', { cookie: 'session=0123456789abcdefghij', ':path': '/c2' }],
  ['tab in value', { 'x-tab': 'a\tb', ':path': '/t' }],
  ['sensitive', { [http2.sensitiveHeaders]: ['X-Secret'], 'x-secret': 's', 'x-public': 'p', ':path': '/s' }],
  ['own symbol', { [sym]: 'symbol value', ':path': '/sym' }],
  ['array', { 'x-arr': ['a', 'b'], ':path': '/arr' }],
  ['array of one', { 'x-one': ['only'], ':path': '/one' }],
  ['empty array', { 'x-none': [], ':path': '/none' }],
  ['null value', { 'x-null': null, ':path': '/null' }],
  ['object value', { 'x-obj': { toString() { return 'obj'; } }, ':path': '/obj' }],
  ['inherited keys', proto],
  ['getter and non-enumerable', getter],
  ['options endStream true on POST', { ':method': 'POST', ':path': '/pe' }, { endStream: true }],
  ['options endStream false on GET', { ':path': '/ge' }, { endStream: false }],
  ['options inherited endStream', { ':method': 'POST', ':path': '/pi' }, Object.create({ endStream: true })],
  ['uppercase pseudo', { ':PATH': '/up' }],
  ['capitalised pseudo', { ':Method': 'POST' }],
  ['unknown pseudo', { ':foo': 'x' }],
  ['unknown pseudo, undefined', { ':foo': undefined }],
  ['unknown pseudo before options check', { ':Foo': 1 }, 5],
  ['unknown pseudo before connect check', { ':method': 'CONNECT', ':Foo': 1 }],
  ['unknown pseudo after connection header', { connection: 'x', ':Foo': 1 }],
  ['protocol without connect', { ':protocol': 'websocket', ':path': '/proto' }],
  ['connection header', { connection: 'close' }],
  ['te gzip', { te: 'gzip' }],
  ['te trailers', { te: 'trailers', ':path': '/te' }],
  ['keep-alive', { 'Keep-Alive': 'x' }],
  ['single value twice', { 'content-type': 'a', 'Content-Type': 'b' }],
  ['single value array', { 'user-agent': ['a', 'b'] }],
  ['multi value twice', { 'x-m': 'a', 'X-M': 'b', ':path': '/mm' }],
  ['connect without authority', { ':method': 'CONNECT' }],
  ['connect with path', { ':method': 'CONNECT', ':authority': 'a.test:1', ':path': '/' }],
  ['connect with scheme', { ':method': 'CONNECT', ':authority': 'a.test:1', ':scheme': 'http' }],
  ['headers is a string', 'x'],
  ['headers is null', null],
  ['headers is an array', []],
  ['options is a number', {}, 5],
  ['endStream not boolean', {}, { endStream: 1 }],
];

function show(h) {
  if (h === undefined) return 'undefined';
  const keys = Object.keys(h).map((k) => `${JSON.stringify(k)}:${typeof h[k]}:${String(h[k])}`);
  const syms = Object.getOwnPropertySymbols(h).map((s) => `${String(s)}=${JSON.stringify(h[s])}`);
  return `proto=${Object.getPrototypeOf(h) === null ? 'null' : 'other'} {${keys.join(', ')}}` +
    (syms.length ? ` symbols[${syms.join(', ')}]` : '');
}

const server = http2.createServer();
server.on('stream', (stream, headers, flags, raw) => {
  const port = ':' + server.address().port;
  const rawText = raw.map((v) => String(v).split(port).join(':PORT')).join('|');
  const sens = headers[http2.sensitiveHeaders] || [];
  stream.respond({ ':status': 200, 'x-got': `raw=${rawText} never-indexed=${JSON.stringify(sens)} endStream=${(flags & 1) !== 0}` },
    { endStream: true });
  stream.resume();
});

server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`http://localhost:${port}`);
  let i = 0;
  const next = () => {
    if (i === cases.length) {
      client.close();
      server.close();
      return;
    }
    const [name, headers, options] = cases[i++];
    let req;
    try {
      req = options === undefined ? client.request(headers) : client.request(headers, options);
    } catch (err) {
      console.log(`${name}: throws ${err.name} ${err.code} ${err.message}`);
      next();
      return;
    }
    const sent = show(req.sentHeaders).split(':' + port).join(':PORT');
    console.log(`${name}: sent ${sent} writableEnded=${req.writableEnded} headRequest=${req.headRequest}`);
    let body = '';
    req.on('response', (h) => { body = h['x-got']; });
    req.resume();
    req.on('error', (err) => console.log(`${name}: error ${err.code} ${err.message}`));
    req.on('close', () => {
      console.log(`${name}: got ${body} rstCode=${req.rstCode}`);
      next();
    });
    if (!req.writableEnded) req.end();
  };
  next();
});
