// Idle-session client for the memory benchmark: opens COUNT HTTP/2 sessions to URL, makes one
// request on each (so the server has fully set each session up), then holds them all open and
// prints "ready COUNT" until it is killed. bench/run.sh reads the server's RSS meanwhile.
//   node bench/idle.js URL [COUNT]
const http2 = require('node:http2');
const [url, count = '1000'] = process.argv.slice(2);
const total = +count;
const sessions = [];
let ready = 0;
let opened = 0;
function open() {
  if (opened >= total) return;
  opened++;
  const s = http2.connect(url);
  s.on('error', (e) => { console.error('idle: session error', e.message); process.exit(1); });
  sessions.push(s);
  const req = s.request({ ':path': '/' });
  req.on('data', () => {});
  req.on('end', () => {
    if (++ready === total) console.log('ready', total);
    else open();
  });
  req.end();
}
// A few connects in flight at a time keeps the server's accept queue short.
for (let i = 0; i < Math.min(50, total); i++) open();
process.on('SIGTERM', () => process.exit(0));
