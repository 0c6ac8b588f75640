package jsapi_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	_ "github.com/goja-node/http2"
	h2rt "github.com/goja-node/http2/runtime"
)

// run executes src as a main script and returns the exit code and output.
func run(t *testing.T, src string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	r := h2rt.New(h2rt.Options{Stdout: &out, Stderr: &errb})
	code, err := r.RunString("test.js", src)
	if err != nil {
		t.Fatalf("RunString: %v\nstderr: %s", err, errb.String())
	}
	return code, out.String(), errb.String()
}

// noLeaks waits for goroutines started by a script to end.
func noLeaks(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= before {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("goroutines: %d before, %d after\n%s", before, n, buf)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

const roundTrip = `
const http2 = require('node:http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200, 'x-path': headers[':path'] });
  stream.end('hello ' + headers[':path']);
});
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const req = client.request({ ':path': '/go' });
  let body = '';
  req.setEncoding('utf8');
  req.on('response', (h) => console.log('status', h[':status'], h['x-path']));
  req.on('data', (c) => body += c);
  req.on('end', () => {
    console.log(body);
    client.close();
    server.close();
  });
});
`

func TestRoundTrip(t *testing.T) {
	before := runtime.NumGoroutine()
	code, out, errOut := run(t, roundTrip)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	if want := "status 200 /go\nhello /go\n"; out != want {
		t.Fatalf("stdout %q, want %q", out, want)
	}
	noLeaks(t, before)
}

func TestUncaughtStreamErrorExits(t *testing.T) {
	before := runtime.NumGoroutine()
	code, _, errOut := run(t, `
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => { stream.respond(); stream.write('x'); });
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const req = client.request({ ':method': 'POST' });
  req.on('data', () => req.close(http2.constants.NGHTTP2_INTERNAL_ERROR));
});
`)
	if code == 0 {
		t.Fatalf("exit code 0, want non-zero")
	}
	if !strings.Contains(errOut, "ERR_HTTP2_STREAM_ERROR") {
		t.Fatalf("stderr lacks the stream error: %s", errOut)
	}
	noLeaks(t, before)
}

// A listening server keeps the process alive until unref()ed; process.exit() tears sessions down.
func TestRefsAndExit(t *testing.T) {
	before := runtime.NumGoroutine()
	code, out, errOut := run(t, `
const http2 = require('http2');
const server = http2.createServer();
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  client.on('connect', () => {
    console.log('connected');
    process.exit(3);
  });
});
`)
	if code != 3 || out != "connected\n" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, out, errOut)
	}
	code, _, errOut = run(t, `
const server = require('http2').createServer();
server.listen(0);
server.unref();
`)
	if code != 0 {
		t.Fatalf("unref'd server: exit %d, stderr %s", code, errOut)
	}
	noLeaks(t, before)
}

// The js-tests/http2-*.js scripts of the core API, as h2js runs them (the
// compatibility API's http2-compat-*.js are tested with their own package).
func TestJSTests(t *testing.T) {
	files, _ := filepath.Glob("../js-tests/http2-*.js")
	if len(files) == 0 {
		t.Skip("no js-tests")
	}
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "http2-compat-") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			before := runtime.NumGoroutine()
			abs, _ := filepath.Abs(f)
			var out, errb bytes.Buffer
			r := h2rt.New(h2rt.Options{Stdout: &out, Stderr: &errb})
			wd, _ := os.Getwd()
			defer os.Chdir(wd)
			code, err := r.RunMain(abs)
			if err != nil || code != 0 {
				t.Fatalf("exit %d (%v)\nstdout: %s\nstderr: %s", code, err, out.String(), errb.String())
			}
			noLeaks(t, before)
		})
	}
}

// The socket a server's 'connection' listener gets stands for a connection the engine owns: its
// byte-level methods throw ERR_METHOD_NOT_IMPLEMENTED (node's raw socket has them, so no js-test
// can compare), while destroy() drops the connection (js-tests/http2-server-connection-event.js).
func TestConnectionSocketByteMethods(t *testing.T) {
	code, out, errOut := run(t, `
const http2 = require('http2');
const server = http2.createServer();
server.on('connection', (socket) => {
  for (const m of ['write', 'pause', 'resume', 'read', 'setEncoding', 'setNoDelay', 'setKeepAlive']) {
    try {
      socket[m]('x');
      console.log(m, 'no throw');
    } catch (e) {
      console.log(m, e.code, e.message);
    }
  }
  socket.destroy();
});
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect('http://127.0.0.1:' + server.address().port);
  client.on('error', () => {});
  client.request().on('error', () => {}).on('close', () => { client.close(); server.close(); });
});
`)
	if code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	var want strings.Builder
	for _, m := range []string{"write", "pause", "resume", "read", "setEncoding", "setNoDelay", "setKeepAlive"} {
		fmt.Fprintf(&want, "%s ERR_METHOD_NOT_IMPLEMENTED The socket.%s() method is not implemented\n", m, m)
	}
	if out != want.String() {
		t.Fatalf("stdout:\n%s\nwant:\n%s", out, want.String())
	}
}
