// Package interop runs JS through our runtime against real peers: Node's own http2 server and
// client, and curl. Each script is plain Node code; the peers are external processes on loopback.
package interop

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/goja-node/http2/runtime"
)

// tool finds an external program; without it the test fails under CI and is skipped elsewhere.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required under CI: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

func fixtures(t *testing.T) string {
	t.Helper()
	d, err := filepath.Abs(filepath.Join("..", "..", "js-tests", "fixtures"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// goja runs src under our runtime in the background. Lines it prints go to the returned channel;
// the exit code arrives on done.
func goja(t *testing.T, src string, args ...string) (lines <-chan string, done <-chan int, stderr *bytes.Buffer) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "script.js")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	errb := &bytes.Buffer{}
	out := make(chan string, 16)
	codeCh := make(chan int, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			out <- sc.Text()
		}
		close(out)
	}()
	go func() {
		code, _ := runtime.New(runtime.Options{Args: args, Stdout: pw, Stderr: errb}).RunMain(path)
		pw.Close()
		codeCh <- code
	}()
	return out, codeCh, errb
}

// node starts a node script; its stdout lines arrive on the channel.
func node(t *testing.T, ctx context.Context, src string, args ...string) (<-chan string, *exec.Cmd, *bytes.Buffer) {
	t.Helper()
	bin := tool(t, "node")
	path := filepath.Join(t.TempDir(), "peer.js")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, append([]string{path}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	errb := &bytes.Buffer{}
	cmd.Stderr = errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	return lines, cmd, errb
}

func next(t *testing.T, lines <-chan string, what string) string {
	t.Helper()
	select {
	case l, ok := <-lines:
		if !ok {
			t.Fatalf("%s: output ended", what)
		}
		return l
	case <-time.After(20 * time.Second):
		t.Fatalf("%s: timed out", what)
	}
	return ""
}

func wait(t *testing.T, done <-chan int, stderr *bytes.Buffer) {
	t.Helper()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("goja script exited %d: %s", code, stderr)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("goja script did not finish: %s", stderr)
	}
}

// serverScript answers N streams (echoing POST bodies, greeting GETs) and then closes, so the
// runtime's loop drains by itself. It prints its port once listening.
const serverScript = `
const http2 = require('node:http2');
const fs = require('node:fs');
const [mode, count, fixtures] = process.argv.slice(2);
const server = mode === 'tls'
  ? http2.createSecureServer({ key: fs.readFileSync(fixtures + '/http2-key.pem'), cert: fs.readFileSync(fixtures + '/http2-cert.pem') })
  : http2.createServer();
let served = 0;
server.on('stream', (stream, headers) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => {
    const body = headers[':method'] === 'POST' ? Buffer.concat(chunks) : 'hello ' + headers[':path'];
    stream.respond({ ':status': 200, 'x-served-by': 'goja' });
    stream.end(body);
    if (++served === +count) server.close();
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`

// Node's http2 client against a goja server: 20 GETs and a 256 KB POST on one session.
func TestNodeClientToGojaServer(t *testing.T) {
	tool(t, "node")
	lines, done, errs := goja(t, serverScript, "h2c", "21", fixtures(t))
	port := next(t, lines, "goja server port")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, cmd, nerr := node(t, ctx, `
const http2 = require('http2');
const assert = require('assert');
const client = http2.connect('http://127.0.0.1:' + process.argv[2]);
let left = 21;
const finish = () => { if (--left === 0) { client.close(); console.log('ok'); } };
for (let i = 0; i < 20; i++) {
  const req = client.request({ ':path': '/n' + i });
  let body = '';
  req.setEncoding('utf8');
  req.on('response', (h) => assert.strictEqual(h['x-served-by'], 'goja'));
  req.on('data', (d) => { body += d; });
  req.on('end', () => { assert.strictEqual(body, 'hello /n' + i); finish(); });
}
const big = Buffer.alloc(256 * 1024, 'q');
const post = client.request({ ':method': 'POST', ':path': '/echo' });
const got = [];
post.on('data', (c) => got.push(c));
post.on('end', () => { assert.ok(Buffer.concat(got).equals(big)); finish(); });
post.end(big);
`, port)
	if l := next(t, out, "node client"); l != "ok" {
		t.Fatalf("node client printed %q", l)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("node client: %v\n%s", err, nerr)
	}
	wait(t, done, errs)
}

// A goja client against Node's http2 server: GETs, a POST echo, trailers from the server.
func TestGojaClientToNodeServer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, cmd, nerr := node(t, ctx, `
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => {
    stream.respond({ ':status': 200, 'x-served-by': 'node' }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'x-trailer': 'done' }));
    stream.end(headers[':method'] === 'POST' ? Buffer.concat(chunks) : 'node says ' + headers[':path']);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`)
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	port := next(t, out, "node server port")
	lines, done, errs := goja(t, `
const http2 = require('node:http2');
const assert = require('node:assert');
const client = http2.connect('http://127.0.0.1:' + process.argv[2]);
let left = 6;
const finish = () => { if (--left === 0) { client.close(); console.log('ok'); } };
for (let i = 0; i < 5; i++) {
  const req = client.request({ ':path': '/p' + i });
  let body = '';
  let trailers;
  req.setEncoding('utf8');
  req.on('response', (h) => { assert.strictEqual(h[':status'], 200); assert.strictEqual(h['x-served-by'], 'node'); });
  req.on('trailers', (t) => { trailers = t; });
  req.on('data', (d) => { body += d; });
  req.on('end', () => { assert.strictEqual(body, 'node says /p' + i); assert.strictEqual(trailers['x-trailer'], 'done'); finish(); });
}
const big = Buffer.alloc(300 * 1024, 'z');
const post = client.request({ ':method': 'POST', ':path': '/echo' });
const got = [];
post.on('data', (c) => got.push(c));
post.on('end', () => { assert.ok(Buffer.concat(got).equals(big)); finish(); });
post.end(big);
`, port)
	select {
	case l, ok := <-lines:
		if !ok || l != "ok" {
			t.Fatalf("goja client printed %q (%v): %s\nnode: %s", l, ok, errs, nerr)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("goja client timed out: %s", errs)
	}
	wait(t, done, errs)
}

// curl against a goja server, h2c with prior knowledge and HTTP/2 over TLS.
func TestCurlToGojaServer(t *testing.T) {
	curl := tool(t, "curl")
	for _, mode := range []string{"h2c", "tls"} {
		t.Run(mode, func(t *testing.T) {
			lines, done, errs := goja(t, serverScript, mode, "2", fixtures(t))
			port := next(t, lines, "goja server port")
			scheme, flags := "http", []string{"--http2-prior-knowledge"}
			if mode == "tls" {
				scheme, flags = "https", []string{"--http2", "-k"}
			}
			base := scheme + "://127.0.0.1:" + port
			get := exec.Command(curl, append(flags, "-s", "-i", base+"/hi")...)
			b, err := get.CombinedOutput()
			if err != nil {
				t.Fatalf("curl GET: %v\n%s", err, b)
			}
			out := string(b)
			if !strings.HasPrefix(out, "HTTP/2 200") || !strings.Contains(out, "x-served-by: goja") || !strings.HasSuffix(out, "hello /hi") {
				t.Fatalf("curl GET got %q", out)
			}
			body := strings.Repeat("curl-posted-", 10000)
			post := exec.Command(curl, append(flags, "-s", "--data-binary", "@-", base+"/echo")...)
			post.Stdin = strings.NewReader(body)
			b, err = post.Output()
			if err != nil || string(b) != body {
				t.Fatalf("curl POST echo: %v, %d bytes back", err, len(b))
			}
			wait(t, done, errs)
		})
	}
}
