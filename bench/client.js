// Client benchmark: COUNT GET requests over one session with INFLIGHT in flight.
//   node bench/client.js URL COUNT INFLIGHT
const http2 = require('node:http2');
const [url, count = '20000', inflight = '10'] = process.argv.slice(2);
const total = +count;
let started = 0;
let done = 0;
const client = http2.connect(url);
client.on('error', (e) => { console.error(e); process.exit(1); });
function one() {
  if (started >= total) return;
  started++;
  const req = client.request({ ':path': '/' });
  req.on('data', () => {});
  req.on('end', () => {
    if (++done === total) {
      client.close();
      return;
    }
    one();
  });
  req.end();
}
for (let i = 0; i < +inflight; i++) one();
