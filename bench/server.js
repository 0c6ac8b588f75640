// The benchmark server: the same script runs under node and h2js.
//   node bench/server.js MODE PORT      MODE: h2c | tls | compat | big
// prints "listening PORT" once it accepts connections.
const http2 = require('node:http2');
const fs = require('node:fs');
const path = require('node:path');

const mode = process.argv[2] || 'h2c';
const port = +(process.argv[3] || 0);
const small = Buffer.from('hello world\n');
const big = Buffer.alloc(1 << 20, 'x');

let server;
if (mode === 'tls') {
  const dir = path.join(__dirname, '..', 'js-tests', 'fixtures');
  server = http2.createSecureServer({
    key: fs.readFileSync(path.join(dir, 'tls-key.pem')),
    cert: fs.readFileSync(path.join(dir, 'tls-cert.pem')),
  });
} else {
  server = http2.createServer();
}

if (mode === 'compat') {
  server.on('request', (req, res) => {
    res.setHeader('content-type', 'text/plain');
    res.end(small);
  });
} else {
  const body = mode === 'big' ? big : small;
  server.on('stream', (stream) => {
    stream.respond({ ':status': 200, 'content-type': 'text/plain', 'content-length': body.length });
    stream.end(body);
  });
}

server.listen(port, '127.0.0.1', () => {
  console.log('listening', server.address().port);
});
process.on('SIGTERM', () => process.exit(0));
