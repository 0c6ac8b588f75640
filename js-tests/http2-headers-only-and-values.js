// compare-stdout
'use strict';
// A response or request that ends with its headers (204/205/304, HEAD, endStream: true) gets no
// 'wantTrailers' even with waitForTrailers; the core API sends header values as given (no
// ERR_INVALID_CHAR) and the receiving end drops a field whose value has CR/LF.
const http2 = require('http2');
const log = [];
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const p = headers[':path'];
  stream.on('wantTrailers', () => {
    log.push('server wantTrailers ' + p);
    stream.sendTrailers({ a: 'b' });
  });
  stream.on('trailers', (t) => log.push('server got trailers ' + p + ' ' + t.a));
  if (p === '/204' || p === '/304') {
    stream.respond({ ':status': Number(p.slice(1)) }, { waitForTrailers: true });
    log.push(p + ' writableEnded ' + stream.writableEnded);
  } else if (p === '/head') {
    stream.respond({ ':status': 200 }, { waitForTrailers: true });
    stream.end();
  } else if (p === '/end') {
    stream.respond({ ':status': 200 }, { waitForTrailers: true, endStream: true });
  } else if (p === '/bad') {
    stream.additionalHeaders({ ':status': 103, 'x-e': 'a\rb' });
    stream.respond({ ':status': 200, 'x-bad': 'a\nb', 'x-ok': '1' });
    stream.end('x');
  } else {
    stream.resume();
    stream.on('end', () => {
      stream.respond();
      stream.end();
    });
  }
});
server.listen(0, () => {
  const c = http2.connect(`http://localhost:${server.address().port}`);
  const cases = [
    ['/204', 'GET'], ['/304', 'GET'], ['/head', 'HEAD'], ['/end', 'GET'], ['/bad', 'GET'],
    ['/post', 'POST', { endStream: true, waitForTrailers: true }],
  ];
  let left = cases.length;
  for (const [path, method, options] of cases) {
    const headers = { ':path': path, ':method': method };
    if (path === '/bad') headers['x-r'] = 'a\nb';
    const r = c.request(headers, options);
    r.on('wantTrailers', () => {
      log.push('client wantTrailers ' + path);
      r.sendTrailers({ a: 'b' });
    });
    r.on('headers', (h) => log.push(`${path} info ${h[':status']} ${JSON.stringify(h['x-e'])}`));
    r.on('response', (h) => log.push(`${path} response ${h[':status']} ${JSON.stringify(h['x-bad'])} ${h['x-ok']}`));
    r.on('trailers', (t) => log.push(`${path} trailers ${t.a}`));
    r.resume();
    r.on('close', () => {
      log.push(`${path} close ${r.rstCode}`);
      if (--left === 0) {
        c.close();
        server.close();
      }
    });
  }
});
process.on('exit', () => console.log(log.sort().join('\n')));
