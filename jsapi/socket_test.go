package jsapi_test

import (
	"runtime"
	"strings"
	"testing"
)

// duplexPair is JS for two Duplexes wired to each other; delay (ms, or -1 for synchronous) is
// how long each write takes, so a small highWaterMark makes write() return false and the bridge
// wait for 'drain'.
const duplexPair = `
const { Duplex } = require('stream');
const http2 = require('node:http2');
function duplexPair(delay) {
  const side = [];
  for (let i = 0; i < 2; i++) {
    side[i] = new Duplex({
      highWaterMark: 1024,
      read() {},
      write(chunk, enc, cb) {
        const other = side[1 - i];
        if (delay < 0) { other.push(chunk); cb(); return; }
        setTimeout(() => { other.push(chunk); cb(); }, delay);
      },
      final(cb) { setImmediate(() => { side[1 - i].push(null); cb(); }); },
    });
  }
  return side;
}
`

func TestSocketDuplexBackpressure(t *testing.T) {
	before := runtime.NumGoroutine()
	code, out, errOut := run(t, duplexPair+`
const [a, b] = duplexPair(1);
let drains = 0;
const origWrite = a.write;
a.on('drain', () => drains++);
const big = Buffer.alloc(200 * 1024, 7);
const server = http2.createServer();
server.on('stream', (stream) => {
  const parts = [];
  stream.on('data', (c) => parts.push(c));
  stream.on('end', () => { stream.respond(); stream.end(String(Buffer.concat(parts).length)); });
});
server.emit('connection', b);
const client = http2.connect('http://x', { createConnection: () => a });
const req = client.request({ ':method': 'POST' });
req.end(big);
let body = '';
req.setEncoding('utf8');
req.on('data', (c) => body += c);
req.on('end', () => {
  console.log(body, drains > 0);
  client.close();
});
b.on('close', () => console.log('server side closed'));
`)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	if want := "204800 true\nserver side closed\n"; out != want {
		t.Fatalf("stdout %q, want %q", out, want)
	}
	noLeaks(t, before)
}

func TestSocketDuplexPeerDestroyed(t *testing.T) {
	before := runtime.NumGoroutine()
	code, out, errOut := run(t, duplexPair+`
const [a, b] = duplexPair(-1);
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond();
  stream.write('partial');
  // The server side's transport goes away mid-response.
  setTimeout(() => b.destroy(), 20);
});
server.on('session', (s) => s.on('close', () => console.log('server session closed')));
server.emit('connection', b);
const client = http2.connect('http://x', { createConnection: () => a });
client.on('error', () => {});
const req = client.request();
req.on('error', () => {});
req.on('data', (c) => console.log('data', String(c)));
req.on('close', () => console.log('request closed'));
client.on('close', () => console.log('client closed'));
// b's destruction does not reach a (the pair does not forward it): destroy a as a peer would.
b.on('close', () => a.destroy());
`)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	for _, want := range []string{"data partial", "server session closed", "request closed", "client closed"} {
		if !strings.Contains(out, want) {
			t.Fatalf("stdout %q lacks %q", out, want)
		}
	}
	noLeaks(t, before)
}

func TestSocketCreateConnectionError(t *testing.T) {
	before := runtime.NumGoroutine()
	code, out, errOut := run(t, `
const net = require('net');
const http2 = require('node:http2');
const client = http2.connect('http://localhost', { createConnection: () => net.connect(1, '127.0.0.1') });
client.on('error', (err) => console.log('error', err.code));
client.on('close', () => console.log('close', client.destroyed));
`)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	if want := "error ECONNREFUSED\nclose true\n"; out != want {
		t.Fatalf("stdout %q, want %q", out, want)
	}
	noLeaks(t, before)
}
