// A server and a client in one script: the server answers every stream with a greeting, the
// client asks once, prints the answer and closes both. Runs unchanged under `node` and `h2js`.
const http2 = require('node:http2');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200, 'content-type': 'text/plain; charset=utf-8' });
  stream.end(`hello from ${process.versions.h2js ? 'h2js' : 'node'}, you asked for ${headers[':path']}\n`);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = http2.connect(`http://127.0.0.1:${port}`);
  const req = client.request({ ':path': '/greeting' });
  req.on('response', (headers) => console.log('status', headers[':status']));
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    process.stdout.write(body);
    client.close();
    server.close();
  });
  req.end();
});
