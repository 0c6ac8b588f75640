'use strict';
// node:url. The WHATWG URL and URLSearchParams classes come from goja_nodejs (registered here as
// internal/url_whatwg); URL is subclassed to give hostname and origin their WHATWG values, which
// goja_nodejs gets wrong for IPv6 literals and non-default ports. The legacy API (url.parse,
// url.format, url.resolve, Url) and the file-URL and http-options helpers are written here from
// Node's documentation and its observed behaviour.

const whatwg = require('internal/url_whatwg');
const { codes, registerCodes } = require('internal/errors');

registerCodes({
  ERR_INVALID_URL_SCHEME: (expected) => 'The URL must be of scheme ' + expected,
  ERR_INVALID_FILE_URL_HOST: (platform) => 'File URL host must be "localhost" or empty on ' + platform,
  ERR_INVALID_FILE_URL_PATH: (why) => 'File URL path ' + why,
}, TypeError);

// ---- WHATWG URL ------------------------------------------------------------------------------

const EngineURL = whatwg.URL;
const engineProto = EngineURL.prototype;
const engineGetter = (name) => Object.getOwnPropertyDescriptor(engineProto, name).get;
const engineSetter = (name) => Object.getOwnPropertyDescriptor(engineProto, name).set;
const hostGet = engineGetter('host');
const portGet = engineGetter('port');
const protocolGet = engineGetter('protocol');
const pathnameGet = engineGetter('pathname');
const hostnameSet = engineSetter('hostname');

// Schemes whose URLs have a tuple origin (scheme, host, port).
const tupleOriginSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

class URL extends EngineURL {
  // The host without its port. An IPv6 literal keeps its brackets, as in `new URL('http://[::1]:8')`.
  get hostname() {
    const host = hostGet.call(this);
    const port = portGet.call(this);
    return port === '' ? host : host.slice(0, host.length - port.length - 1);
  }

  set hostname(value) {
    hostnameSet.call(this, value);
  }

  get origin() {
    const scheme = protocolGet.call(this);
    if (tupleOriginSchemes.has(scheme)) return scheme + '//' + hostGet.call(this);
    if (scheme === 'blob:') {
      try {
        const inner = new URL(pathnameGet.call(this));
        if (inner.protocol === 'http:' || inner.protocol === 'https:') return inner.origin;
      } catch (e) {
        // not a URL inside: opaque origin
      }
    }
    return 'null';
  }
}

// ---- querystring pieces the legacy API needs ----------------------------------------------------

function decodeQueryPart(s) {
  const plain = s.indexOf('+') === -1 ? s : s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plain);
  } catch (e) {
    // Malformed escapes: decode what can be decoded, one %XX at a time.
    return plain.replace(/%[0-9a-fA-F]{2}/g, (m) => {
      try {
        return decodeURIComponent(m);
      } catch (e2) {
        return m;
      }
    });
  }
}

// parseQuery turns "a=1&a=2&b" into { a: ['1', '2'], b: '' } (null prototype), as querystring.parse.
function parseQuery(text) {
  const out = Object.create(null);
  if (text === '') return out;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeQueryPart(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodeQueryPart(pair.slice(eq + 1));
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[key] = [prev, value];
  }
  return out;
}

function queryValueText(v) {
  if (typeof v === 'string') return encodeURIComponent(v);
  if ((typeof v === 'number' && isFinite(v)) || typeof v === 'bigint' || typeof v === 'boolean') {
    return encodeURIComponent(String(v));
  }
  return '';
}

// stringifyQuery is querystring.stringify with its defaults ('&', '=').
function stringifyQuery(obj) {
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(obj)) {
    const name = encodeURIComponent(typeof key === 'string' ? key : String(key)) + '=';
    const v = obj[key];
    if (Array.isArray(v)) {
      for (const item of v) parts.push(name + queryValueText(item));
    } else {
      parts.push(name + queryValueText(v));
    }
  }
  return parts.join('&');
}

// ---- legacy Url ---------------------------------------------------------------------------------

// Schemes that never have a host part, and schemes that always have "//" before it.
const noHostSchemes = new Set(['javascript', 'javascript:']);
const slashSchemes = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

// Characters the legacy parser percent-encodes in the path, search and hash it returns.
const escapedInParts = new Map([
  ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ["'", '%27'],
  ['<', '%3C'], ['>', '%3E'], ['\\', '%5C'], ['^', '%5E'], ['`', '%60'], ['{', '%7B'], ['|', '%7C'],
  ['}', '%7D'],
]);
const escapedInPartsRe = /[\t\n\r "'<>\\^`{|}]/g;
function escapeParts(s) {
  return s.replace(escapedInPartsRe, (c) => escapedInParts.get(c));
}

// A host part ends at the first of these (before it, '@' separates credentials).
const hostEnders = '/?#\\ \t\r\n"\'<>`{}|^';
// Characters allowed in a (non-bracketed) host name label; anything else ends the host name and
// the rest goes to the path. Non-ASCII characters are allowed (they become punycode).
const hostLabelChar = /[A-Za-z0-9._+\-\u0080-\uffff]/;

// A legacy URL record: every part starts out null, in the key order Node shows.
const legacyParts = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search',
  'query', 'pathname', 'path', 'href'];
function Url() {
  for (let i = 0; i < legacyParts.length; i++) this[legacyParts[i]] = null;
}

Url.prototype.parse = function parse(input, parseQueryString, slashesDenoteHost) {
  if (typeof input !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('url', 'string', input);

  // Outer whitespace goes; backslashes before the query count as slashes.
  let rest = input.trim();
  let cut = rest.search(/[?#]/);
  if (cut === -1) cut = rest.length;
  rest = rest.slice(0, cut).replace(/\\/g, '/') + rest.slice(cut);

  // Fragment, then query.
  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) {
    this.hash = escapeParts(rest.slice(hashAt));
    rest = rest.slice(0, hashAt);
  }
  const queryAt = rest.indexOf('?');
  if (queryAt !== -1) {
    this.search = escapeParts(rest.slice(queryAt));
    this.query = this.search.slice(1);
    rest = rest.slice(0, queryAt);
  }
  if (parseQueryString) {
    this.query = parseQuery(this.query === null ? '' : this.query);
  }

  // Scheme.
  const scheme = /^([a-zA-Z0-9.+-]+:)/.exec(rest);
  let lowerScheme = null;
  if (scheme !== null) {
    lowerScheme = scheme[1].toLowerCase();
    this.protocol = lowerScheme;
    rest = rest.slice(scheme[1].length);
  }

  // "//" introduces a host for a scheme (or without one when slashesDenoteHost).
  let slashes = false;
  if ((lowerScheme !== null || slashesDenoteHost) && rest.startsWith('//') &&
      !(lowerScheme !== null && noHostSchemes.has(lowerScheme))) {
    slashes = true;
    rest = rest.slice(2);
    this.slashes = true;
  }

  // Without "//", a scheme that normally has it ("http:x/y") has no host; as in Node the test is
  // on the scheme as written, so "HTTP:x/y" does get one.
  const hasHost = !(lowerScheme !== null && noHostSchemes.has(lowerScheme)) &&
    (slashes || (lowerScheme !== null && !slashSchemes.has(scheme[1])));
  if (hasHost) {
    let end = rest.length;
    for (let i = 0; i < rest.length; i++) {
      if (hostEnders.indexOf(rest[i]) !== -1) {
        end = i;
        break;
      }
    }
    let hostPart = rest.slice(0, end);
    rest = rest.slice(end);
    const at = hostPart.lastIndexOf('@');
    if (at !== -1) {
      this.auth = decodeQueryPart(hostPart.slice(0, at).replace(/\+/g, '%2B'));
      hostPart = hostPart.slice(at + 1);
    }
    const portMatch = /:([0-9]*)$/.exec(hostPart);
    if (portMatch !== null) {
      if (portMatch[1] !== '') this.port = portMatch[1];
      hostPart = hostPart.slice(0, portMatch.index);
    }
    let hostname = hostPart;
    const bracketed = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
    if (bracketed) {
      hostname = hostname.slice(1, -1);
      if (!/^[0-9a-fA-F:.]*$/.test(hostname)) {
        const err = new codes.ERR_INVALID_URL();
        err.input = input;
        throw err;
      }
    } else {
      for (let i = 0; i < hostname.length; i++) {
        if (!hostLabelChar.test(hostname[i])) {
          // The host name stops here; what follows (and the port text) becomes path.
          let moved = hostname.slice(i);
          if (portMatch !== null) moved += portMatch[0];
          rest = (moved[0] === '/' ? '' : '/') + moved + rest;
          hostname = hostname.slice(0, i);
          this.port = null;
          break;
        }
      }
      hostname = hostname.toLowerCase();
      if (/[^\x00-\x7f]/.test(hostname)) hostname = whatwg.domainToASCII(hostname) || hostname;
    }
    this.hostname = hostname;
    this.host = (bracketed ? '[' + hostname + ']' : hostname) + (this.port !== null ? ':' + this.port : '');
  }

  if (rest !== '') this.pathname = escapeParts(rest);
  if (slashSchemes.has(lowerScheme) && this.hostname !== null && this.hostname !== '' && this.pathname === null) {
    this.pathname = '/';
  }
  if (this.pathname !== null || this.search !== null) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  const rec = this;
  let scheme = rec.protocol || '';
  if (scheme !== '' && !scheme.endsWith(':')) scheme += ':';
  let user = '';
  if (rec.auth) user = encodeURIComponent(rec.auth).replace(/%3A/i, ':') + '@';

  let authority = '';
  if (rec.host) authority = user + rec.host;
  else if (rec.hostname) {
    const bare = rec.hostname;
    authority = user + (bare.includes(':') ? '[' + bare + ']' : bare) + (rec.port ? ':' + rec.port : '');
  }

  let tail = rec.pathname || '';
  let query = rec.search || '';
  if (query === '' && rec.query !== null && typeof rec.query === 'object') {
    const encoded = stringifyQuery(rec.query);
    query = encoded === '' ? '' : '?' + encoded;
  }
  if (query !== '' && !query.startsWith('?')) query = '?' + query;
  let fragment = rec.hash || '';
  if (fragment !== '' && !fragment.startsWith('#')) fragment = '#' + fragment;

  // "//" goes before the authority for slashed schemes (file: even without one).
  const slashed = rec.slashes || slashSchemes.has(scheme);
  if (slashed && (authority !== '' || scheme === 'file:' || (rec.slashes && scheme === ''))) {
    authority = '//' + authority;
    if (tail !== '' && !tail.startsWith('/')) tail = '/' + tail;
  } else if (slashed && rec.slashes && authority === '') {
    authority = '//';
  }

  tail = tail.replace(/[?#]/g, (c) => (c === '?' ? '%3F' : '%23'));
  query = query.replace(/#/g, '%23');
  return scheme + authority + tail + query + fragment;
};

// resolveObject resolves relative against this as RFC 3986 section 5.2 describes, on legacy parts.
Url.prototype.resolveObject = function resolveObject(relative) {
  const rel = typeof relative === 'string' ? legacyParse(relative, false, true) : relative;
  const out = new Url();
  const base = this;
  const take = (from, keys) => { for (const k of keys) out[k] = from[k]; };
  const authorityKeys = ['slashes', 'auth', 'host', 'port', 'hostname'];

  if (rel.protocol && rel.protocol !== base.protocol) {
    // A different scheme: the reference stands alone (a bare "https:g" gets the path as host).
    take(rel, ['protocol', ...authorityKeys, 'pathname', 'search', 'query', 'hash']);
    if (slashSchemes.has(rel.protocol) && !rel.host && rel.pathname) {
      const again = legacyParse(rel.protocol + '//' + rel.pathname.replace(/^\/+/, '') + (rel.search || '') + (rel.hash || ''));
      return again;
    }
  } else if (rel.slashes || rel.host) {
    take(rel, [...authorityKeys, 'pathname', 'search', 'query', 'hash']);
    out.protocol = base.protocol;
  } else {
    out.protocol = base.protocol;
    take(base, authorityKeys);
    if (!rel.pathname) {
      out.pathname = base.pathname;
      if (rel.search !== null && rel.search !== undefined) {
        out.search = rel.search;
        out.query = rel.query;
      } else {
        out.search = base.search;
        out.query = base.query;
      }
    } else {
      if (rel.pathname[0] === '/') {
        out.pathname = removeDotSegments(rel.pathname, true);
      } else {
        out.pathname = removeDotSegments(mergePaths(base, rel.pathname), !!base.pathname && base.pathname[0] === '/');
      }
      out.search = rel.search;
      out.query = rel.query;
    }
    out.hash = rel.hash;
  }
  if (slashSchemes.has(out.protocol) && out.host && !out.pathname) out.pathname = '/';
  if (out.pathname || out.search) out.path = (out.pathname || '') + (out.search || '');
  out.href = out.format();
  return out;
};

function mergePaths(base, relPath) {
  if (base.host && !base.pathname) return '/' + relPath;
  const p = base.pathname || '';
  const slash = p.lastIndexOf('/');
  return slash === -1 ? relPath : p.slice(0, slash + 1) + relPath;
}

// removeDotSegments applies "." and ".." segments; on a relative path, ".." that climbs above the
// start is kept (Node's url.resolve('a/b', '../../c') is '../c').
function removeDotSegments(path, absolute) {
  const segs = path.split('/');
  const out = [];
  let lastIsDir = false;
  for (let i = absolute ? 1 : 0; i < segs.length; i++) {
    const s = segs[i];
    const last = i === segs.length - 1;
    if (s === '.') {
      lastIsDir = true;
    } else if (s === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      lastIsDir = true;
    } else {
      out.push(s);
      lastIsDir = false;
    }
    if (last && lastIsDir && (out.length === 0 || out[out.length - 1] !== '')) {
      if (!(out.length > 0 && out[out.length - 1] === '..' && !absolute && s !== '.')) out.push('');
    }
  }
  let res = out.join('/');
  if (absolute) res = '/' + res;
  return res;
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(legacyParse(relative, false, true)).format();
};

function legacyParse(input, parseQueryString, slashesDenoteHost) {
  if (input instanceof Url) return input;
  const u = new Url();
  u.parse(input, parseQueryString, slashesDenoteHost);
  return u;
}

function formatAny(target, options) {
  if (typeof target === 'string') return legacyParse(target).format();
  if (target === null || typeof target !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['object', 'string'], target);
  }
  if (target instanceof EngineURL) return formatWhatwg(target, options);
  return Url.prototype.format.call(target);
}

function formatWhatwg(u, options) {
  const opts = Object.assign({ auth: true, fragment: true, search: true, unicode: false }, options);
  let out = u.protocol;
  const host = opts.unicode ? whatwg.domainToUnicode(u.hostname) + (u.port !== '' ? ':' + u.port : '') : u.host;
  if (host !== '' || u.protocol === 'file:') {
    out += '//';
    if (opts.auth && (u.username !== '' || u.password !== '')) {
      out += u.username + (u.password !== '' ? ':' + u.password : '') + '@';
    }
    out += host;
  }
  out += u.pathname;
  if (opts.search) out += u.search;
  if (opts.fragment) out += u.hash;
  return out;
}

function resolveText(source, relative) {
  return legacyParse(source, false, true).resolve(relative);
}

function resolveObjectOf(from, to) {
  return from ? legacyParse(from, false, true).resolveObject(to) : to;
}

// ---- file: URLs and http options ----------------------------------------------------------------

function pathFromFileURL(value) {
  let u = value;
  if (typeof u === 'string') u = new URL(u);
  else if (!(u instanceof EngineURL)) {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], value);
  }
  if (u.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  if (u.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = u.pathname;
  if (/%2f/i.test(pathname)) throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

const fileEscapes = new Map([
  ['%', '%25'], ['\\', '%5C'], ['\n', '%0A'], ['\r', '%0D'], ['\t', '%09'], ['#', '%23'], ['?', '%3F'],
]);

function fileURLFromPath(filepath) {
  if (typeof filepath !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  // These would end the path or change its meaning; the URL parser encodes the rest itself.
  return new URL('file://' + resolved.replace(/[%\\\n\r\t#?]/g, (c) => fileEscapes.get(c)));
}

function httpOptionsFromURL(u) {
  const hostname = u.hostname;
  const options = Object.create(null);
  options.protocol = u.protocol;
  options.hostname = typeof hostname === 'string' && hostname[0] === '[' ? hostname.slice(1, -1) : hostname;
  options.hash = u.hash;
  options.search = u.search;
  options.pathname = u.pathname;
  options.path = (u.pathname || '') + (u.search || '');
  options.href = u.href;
  if (u.port !== '') options.port = Number(u.port);
  if (u.username || u.password) {
    options.auth = decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password);
  }
  return options;
}

const api = {
  Url,
  parse: legacyParse,
  resolve: resolveText,
  resolveObject: resolveObjectOf,
  format: formatAny,
  URL,
  URLSearchParams: whatwg.URLSearchParams,
  domainToASCII: whatwg.domainToASCII,
  domainToUnicode: whatwg.domainToUnicode,
  pathToFileURL: fileURLFromPath,
  fileURLToPath: pathFromFileURL,
  urlToHttpOptions: httpOptionsFromURL,
};
module.exports = api;
