'use strict';
// A server stream whose request body is never read still closes once the exchange is complete
// (Node drains a body nobody consumes): 'end' then 'close' on the server stream while the client
// session is still open. (A body larger than the flow-control window is not covered: Node then
// resets the stream with NO_ERROR once the response is out; h2js does not yet.)
const assert = require('assert');
const http2 = require('http2');

const seen = [];
// The client's and the server's close come in either order: compare sorted.
process.on('exit', () => assert.deepStrictEqual(seen.sort(), [
  '1000: client close 0', '1000: end,close rst 0',
  '20000: client close 0', '20000: end,close rst 0',
]));

function run(size) {
  return new Promise((resolve) => {
    const server = http2.createServer();
    const guard = setTimeout(() => assert.fail(`server stream of ${size} never closed`), 10000);
    let client;
    server.on('stream', (stream) => {
      const events = [];
      stream.on('end', () => events.push('end'));
      stream.on('close', () => {
        events.push('close');
        seen.push(`${size}: ${events.join(',')} rst ${stream.rstCode}`);
        clearTimeout(guard);
        client.close();
        server.close(resolve);
      });
      stream.respond();
      stream.end('ok');
    });
    server.listen(0, '127.0.0.1', () => {
      client = http2.connect(`http://127.0.0.1:${server.address().port}`);
      const req = client.request({ ':method': 'POST' });
      req.end(Buffer.alloc(size, 1));
      req.resume();
      req.on('close', () => seen.push(`${size}: client close ${req.rstCode}`));
    });
  });
}

run(1000).then(() => run(20000));
