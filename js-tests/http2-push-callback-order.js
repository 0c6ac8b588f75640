'use strict';
// compare-stdout
// pushStream()'s callback comes on a nextTick queued inside the call: after the code that follows
// pushStream() in the handler (which may still respond on the parent stream), before the handler's
// own later ticks, microtasks and immediates.
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers[':path'] !== '/') return;
  console.log('before push');
  stream.pushStream({ ':path': '/pushed' }, (err, push) => {
    console.log('push callback', err, typeof push, 'parent headersSent', stream.headersSent);
    push.respond({ ':status': 200 });
    push.end('p');
    stream.end('parent');
  });
  console.log('after pushStream()');
  Promise.resolve().then(() => console.log('microtask'));
  process.nextTick(() => console.log('tick'));
  setImmediate(() => console.log('immediate'));
  stream.respond({ ':status': 200 });
  console.log('responded');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('stream', (pushed) => pushed.resume());
  const req = client.request();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    console.log('client got', body);
    client.close();
    server.close();
  });
});
