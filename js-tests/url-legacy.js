'use strict';
// node:url beyond the WHATWG classes: url.parse (fields, escaping, auth, ports, IPv6, punycode,
// host name cut short, query parsing), url.format (legacy objects, URL with options), url.resolve,
// fileURLToPath / pathToFileURL and their errors, urlToHttpOptions, Url; and WHATWG URL's hostname
// and origin for IPv6 literals and ports.
const assert = require('assert');
const url = require('url');

const fields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];
function parsed(input, want, ...args) {
  const u = url.parse(input, ...args);
  assert.ok(u instanceof url.Url, input);
  assert.deepStrictEqual(Object.keys(u), fields, input);
  const got = {};
  for (const k of Object.keys(want)) got[k] = u[k];
  assert.deepStrictEqual(got, want, input);
}

parsed('http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', {
  protocol: 'http:', slashes: true, auth: 'user:pw', host: 'host.com:8080', port: '8080',
  hostname: 'host.com', hash: '#hash', search: '?query=string', query: 'query=string',
  pathname: '/p/a/t/h', path: '/p/a/t/h?query=string',
  href: 'http://user:pw@host.com:8080/p/a/t/h?query=string#hash',
});
parsed('http://localhost:1234', { host: 'localhost:1234', port: '1234', hostname: 'localhost', pathname: '/', path: '/', href: 'http://localhost:1234/' });
parsed('https://[::1]:8443/x', { host: '[::1]:8443', port: '8443', hostname: '::1', pathname: '/x', href: 'https://[::1]:8443/x' });
parsed('//foo/bar', { protocol: null, slashes: null, host: null, pathname: '//foo/bar', href: '//foo/bar' });
parsed('//foo/bar', { slashes: true, host: 'foo', pathname: '/bar', href: '//foo/bar' }, false, true);
parsed('foo/bar?x=1', { pathname: 'foo/bar', search: '?x=1', query: 'x=1', path: 'foo/bar?x=1' });
parsed('mailto:a@b.c', { protocol: 'mailto:', slashes: null, auth: 'a', host: 'b.c', pathname: null, path: null, href: 'mailto:a@b.c' });
parsed('HTTP://X.com', { protocol: 'http:', host: 'x.com', href: 'http://x.com/' });
parsed('http://x.com?a', { search: '?a', pathname: '/', path: '/?a', href: 'http://x.com/?a' });
parsed('file:///etc/passwd', { host: '', hostname: '', pathname: '/etc/passwd', href: 'file:///etc/passwd' });
parsed('javascript:alert(1)', { protocol: 'javascript:', host: null, pathname: 'alert(1)' });
parsed('http://a b.com/', { host: 'a', pathname: '%20b.com/', href: 'http://a/%20b.com/' });
parsed(' http://x.com/ ', { href: 'http://x.com/' });
parsed('http://x.com\\a\\b', { pathname: '/a/b' });
parsed('?q=1', { search: '?q=1', pathname: null, path: '?q=1' });
parsed('#h', { hash: '#h', path: null, href: '#h' });
parsed('', { href: '' });
parsed('http://x.com:abc/', { host: 'x.com', port: null, pathname: '/:abc/', href: 'http://x.com/:abc/' });
parsed("http://x.com/a\"b'c<d>e`f{g}h|i^j\tk\\l m?n o'p\"#q r'<", {
  hash: '#q%20r%27%3C', search: '?n%20o%27p%22',
  pathname: '/a%22b%27c%3Cd%3Ee%60f%7Bg%7Dh%7Ci%5Ej%09k/l%20m',
});
parsed('http://u%20v:p%40q@x.com', { auth: 'u v:p@q', href: 'http://u%20v:p%40q@x.com/' });
parsed('http://a@b@c.com/', { auth: 'a@b', host: 'c.com', href: 'http://a%40b@c.com/' });
parsed('http://x.com:', { host: 'x.com', port: null });
parsed('http://ébc.com/', { host: 'xn--bc-9ia.com' });
parsed('foo:x/y', { protocol: 'foo:', slashes: null, host: 'x', pathname: '/y', href: 'foo:x/y' });
parsed('http:x/y', { host: null, pathname: 'x/y', href: 'http:x/y' });
parsed('file:/a/b', { slashes: null, host: null, pathname: '/a/b', href: 'file:///a/b' });
parsed('http://x.com/a?b?c#d#e', { hash: '#d#e', search: '?b?c' });
parsed('http://x', { search: null, query: Object.create(null), pathname: '/' }, true);

const q = url.parse('http://x/?a=1&a=2&b=%20+c&d', true).query;
assert.strictEqual(Object.getPrototypeOf(q), null);
assert.deepStrictEqual({ ...q }, { a: ['1', '2'], b: '  c', d: '' });

assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.parse('http://[fe80::1%25eth0]:80/'), { code: 'ERR_INVALID_URL', input: 'http://[fe80::1%25eth0]:80/' });

// format
assert.strictEqual(url.format(url.parse('http://user:pw@Host.COM:8080/p?q#h')), 'http://user:pw@host.com:8080/p?q#h');
assert.strictEqual(url.format({ protocol: 'http', host: 'a.com', pathname: '/x', query: { a: 1, b: [2, 3] } }), 'http://a.com/x?a=1&b=2&b=3');
assert.strictEqual(url.format({ protocol: 'http:', hostname: 'x.com', port: 8, pathname: 'a#b?c', search: 'd#e', hash: 'f' }), 'http://x.com:8/a%23b%3Fc?d%23e#f');
assert.strictEqual(url.format({ protocol: 'mailto', host: 'b.c', auth: 'a' }), 'mailto:a@b.c');
assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }), 'file:///x');
assert.strictEqual(url.format({ host: 'x.com', pathname: '/y' }), 'x.com/y');
assert.strictEqual(url.format({ pathname: '/y', query: { a: [1, 'b c'], d: null, e: {}, f: true } }), '/y?a=1&a=b%20c&d=&e=&f=true');
assert.strictEqual(url.format({ protocol: 'https:', slashes: true, auth: 'u:p@q r', hostname: '::1', port: 3 }), 'https://u:p%40q%20r@[::1]:3');
assert.strictEqual(url.format({ protocol: 'http:', host: 'h', search: '', hash: '' }), 'http://h');
assert.strictEqual(url.format('http://X.com/a b'), 'http://x.com/a%20b');
const whatwg = new URL('http://u:p@a.com/x?y#z');
assert.strictEqual(url.format(whatwg), 'http://u:p@a.com/x?y#z');
assert.strictEqual(url.format(whatwg, { auth: false }), 'http://a.com/x?y#z');
assert.strictEqual(url.format(whatwg, { fragment: false, search: false }), 'http://u:p@a.com/x');
assert.strictEqual(url.format(new URL('http://xn--nxasmq6b.com/'), { unicode: true }), 'http://βόλοσ.com/');
for (const bad of [5, null]) {
  assert.throws(() => url.format(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

// resolve (RFC 3986's examples and Node's relative-base behaviour)
const base = 'http://a/b/c/d;p?q';
const resolved = {
  'g': 'http://a/b/c/g', './g': 'http://a/b/c/g', 'g/': 'http://a/b/c/g/', '/g': 'http://a/g',
  '//g': 'http://g/', '?y': 'http://a/b/c/d;p?y', 'g?y': 'http://a/b/c/g?y', '#s': 'http://a/b/c/d;p?q#s',
  '': 'http://a/b/c/d;p?q', '.': 'http://a/b/c/', '..': 'http://a/b/', '../..': 'http://a/',
  '../../../g': 'http://a/g', 'http://x/y': 'http://x/y', 'https:g': 'https://g/', 'http:g': 'http://a/b/c/g',
};
for (const rel of Object.keys(resolved)) assert.strictEqual(url.resolve(base, rel), resolved[rel], rel);
assert.strictEqual(url.resolve('/one/two/three', 'four'), '/one/two/four');
assert.strictEqual(url.resolve('http://example.com/', '/one'), 'http://example.com/one');
assert.strictEqual(url.resolve('http://example.com/one', '/two'), 'http://example.com/two');
assert.strictEqual(url.resolve('/a/b', '../c'), '/c');
assert.strictEqual(url.resolve('a/b', '../../c'), '../c');
assert.strictEqual(url.resolve('', 'x'), 'x');
assert.strictEqual(url.resolve('http://a', 'b'), 'http://a/b');
const legacy = url.parse('http://x/y');
assert.strictEqual(legacy.format(), 'http://x/y');
assert.strictEqual(legacy.resolve('z'), 'http://x/z');
assert.strictEqual(url.resolveObject('http://x/y', 'z').href, 'http://x/z');

// Url
const empty = new url.Url();
assert.deepStrictEqual(Object.keys(empty), fields);
for (const k of fields) assert.strictEqual(empty[k], null, k);
for (const m of ['parse', 'format', 'resolve', 'resolveObject']) assert.strictEqual(typeof url.Url.prototype[m], 'function');

// file: URLs
assert.strictEqual(url.fileURLToPath('file:///tmp/a%20b'), '/tmp/a b');
assert.strictEqual(url.fileURLToPath(new URL('file:///a/%C3%A9')), '/a/é');
assert.throws(() => url.fileURLToPath('http://x/a'), { code: 'ERR_INVALID_URL_SCHEME', name: 'TypeError', message: 'The URL must be of scheme file' });
assert.throws(() => url.fileURLToPath('file://host/a'), { code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError', message: 'File URL host must be "localhost" or empty on linux' });
assert.throws(() => url.fileURLToPath('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH', name: 'TypeError', message: 'File URL path must not include encoded / characters' });
assert.throws(() => url.fileURLToPath(5), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.strictEqual(url.pathToFileURL('/tmp/a b#?').href, 'file:///tmp/a%20b%23%3F');
assert.strictEqual(url.pathToFileURL('/a%b\\c\nd\re\tf').href, 'file:///a%25b%5Cc%0Ad%0De%09f');
assert.strictEqual(url.pathToFileURL('/é').href, 'file:///%C3%A9');
assert.strictEqual(url.pathToFileURL('rel/x').href, 'file://' + process.cwd() + '/rel/x');
assert.ok(url.pathToFileURL('/x') instanceof URL);
assert.throws(() => url.pathToFileURL(5), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "path" argument must be of type string. Received type number (5)' });

// urlToHttpOptions
const opts = url.urlToHttpOptions(new URL('https://u:p@a.com:88/x?y#z'));
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual({ ...opts }, {
  protocol: 'https:', hostname: 'a.com', hash: '#z', search: '?y', pathname: '/x', path: '/x?y',
  href: 'https://u:p@a.com:88/x?y#z', port: 88, auth: 'u:p',
});
assert.deepStrictEqual({ ...url.urlToHttpOptions(new URL('http://[::1]:8/')) }, {
  protocol: 'http:', hostname: '::1', hash: '', search: '', pathname: '/', path: '/', href: 'http://[::1]:8/', port: 8,
});
assert.deepStrictEqual(Object.keys(url.urlToHttpOptions(new URL('http://a.com/'))),
  ['protocol', 'hostname', 'hash', 'search', 'pathname', 'path', 'href']);

// WHATWG URL: hostname keeps an IPv6 literal's brackets; origin keeps a non-default port.
const v6 = new URL('http://[::1]:8080/x');
assert.strictEqual(v6.hostname, '[::1]');
assert.strictEqual(v6.host, '[::1]:8080');
assert.strictEqual(v6.port, '8080');
assert.strictEqual(v6.origin, 'http://[::1]:8080');
assert.strictEqual(new URL('http://[::1]/').hostname, '[::1]');
assert.strictEqual(new URL('https://a.com:443/').origin, 'https://a.com');
assert.strictEqual(new URL('http://localhost:8080').origin, 'http://localhost:8080');
assert.strictEqual(new URL('file:///a').origin, 'null');
assert.strictEqual(new URL('http://Example.COM:81').hostname, 'example.com');
const moved = new URL('http://a.com:81/p');
moved.hostname = 'b.com';
assert.strictEqual(moved.href, 'http://b.com:81/p');
assert.strictEqual(url.URL, URL);
assert.strictEqual(url.URLSearchParams, URLSearchParams);
assert.deepStrictEqual(Object.keys(url).sort(), ['URL', 'URLSearchParams', 'Url', 'domainToASCII', 'domainToUnicode',
  'fileURLToPath', 'format', 'parse', 'pathToFileURL', 'resolve', 'resolveObject', 'urlToHttpOptions']);
console.log('ok');
