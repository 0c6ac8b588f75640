package faults

import (
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"
)

// TestJSFaultScripts runs js-tests/http2-fault-*.js and http2-badinput-*.js (which js-tests/run.sh
// also runs under node) through runtime.New the way an embedding program would: each must exit 0
// within the timeout, leaving no goroutines behind.
func TestJSFaultScripts(t *testing.T) {
	var files []string
	for _, pat := range []string{"http2-fault-*.js", "http2-badinput-*.js"} {
		m, _ := filepath.Glob(filepath.Join("..", "..", "js-tests", pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no js-tests/http2-fault-*.js or http2-badinput-*.js")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			before := goruntime.NumGoroutine()
			start := time.Now()
			startFile(t, f).mustPass()
			noLeaks(t, before)
			t.Logf("%v", time.Since(start).Round(time.Millisecond))
		})
	}
}

// roundTripJS is one server and one client round trip in one runtime.
const roundTripJS = `
const http2 = require('node:http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200 });
  stream.end('hello ' + headers[':path']);
});
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect('http://127.0.0.1:' + server.address().port);
  const req = client.request({ ':path': '/x' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => body += c);
  req.on('end', () => {
    if (body !== 'hello /x') throw new Error('body ' + body);
    console.log('ok');
    client.close();
    server.close();
  });
});
`

// TestEmbeddingManyRuntimes creates and disposes 100 runtimes, each running a server and a
// client round trip, and checks that goroutines and file descriptors return to their baseline.
func TestEmbeddingManyRuntimes(t *testing.T) {
	// One warm-up run so lazily started runtime goroutines (netpoll, timers) are in the baseline.
	startScript(t, roundTripJS).mustPass()
	time.Sleep(50 * time.Millisecond)
	goroutines, fds := goruntime.NumGoroutine(), openFDs()
	for i := 0; i < 100; i++ {
		if out := startScript(t, roundTripJS).mustPass(); out != "ok\n" {
			t.Fatalf("run %d: stdout %q", i, out)
		}
	}
	noLeaks(t, goroutines)
	if fds >= 0 {
		deadline := time.Now().Add(5 * time.Second)
		for openFDs() > fds && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if n := openFDs(); n > fds {
			t.Fatalf("open file descriptors: %d before, %d after 100 runtimes", fds, n)
		}
	}
	t.Logf("baseline: %d goroutines, %d fds", goroutines, fds)
}

// TestEmbeddingScriptErrorsDoNotEscape: a throwing script, an unhandled 'error' event, an
// unhandled rejection and process.exit() inside an http2 callback all come back to Go as exit
// codes (no panic, no hang), with the servers and sessions they had open released.
func TestEmbeddingScriptErrorsDoNotEscape(t *testing.T) {
	cases := []struct {
		name, src string
		code      int
		stderr    string
	}{
		{"throw in stream handler", `
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', () => { throw new Error('boom in handler'); });
server.listen(0, () => http2.connect('http://localhost:' + server.address().port).request().end());
`, 1, "boom in handler"},
		{"unhandled session error event", `
const http2 = require('http2');
const client = http2.connect('http://127.0.0.1:1');
`, 1, "ECONNREFUSED"},
		{"unhandled rejection", `
const http2 = require('http2');
const server = http2.createServer();
server.listen(0, () => Promise.reject(new Error('rejected in listen')));
`, 1, "rejected in listen"},
		{"process.exit in response handler", `
const http2 = require('http2');
const server = http2.createServer((req, res) => res.end('x'));
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  client.request().on('response', () => process.exit(7));
});
`, 7, ""},
		{"caught TypeError from request() leaves no orphan stream", `
const http2 = require('http2');
const server = http2.createServer((req, res) => res.end('x'));
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  client.on('connect', () => {
    try { client.request({}, { signal: 5 }); } catch (e) { if (e.code !== 'ERR_INVALID_ARG_TYPE') throw e; }
    client.destroy(); // an orphan pending stream would now emit an unhandled ERR_HTTP2_STREAM_CANCEL
    server.close();
  });
});
`, 0, ""},
		{"infinite stream of writes stopped by exit", `
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (s) => { s.respond(); (function w() { if (s.write(Buffer.alloc(65536))) setImmediate(w); else s.once('drain', w); })(); });
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const req = client.request();
  let n = 0;
  req.on('data', (d) => { n += d.length; if (n > 4 << 20) process.exit(0); });
});
`, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := goruntime.NumGoroutine()
			s := startScript(t, c.src)
			if code := s.wait(); code != c.code {
				t.Fatalf("exit %d, want %d\nstderr: %s", code, c.code, s.err)
			}
			if !strings.Contains(s.err.String(), c.stderr) {
				t.Fatalf("stderr lacks %q: %s", c.stderr, s.err)
			}
			noLeaks(t, before)
		})
	}
}
