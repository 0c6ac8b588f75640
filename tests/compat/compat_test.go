package compat

// One allowHTTP1 server script, run through runtime.New(...).RunMain, answers curl over HTTP/1.1
// and over HTTP/2 on the same TLS port through the same compat 'request' handler; both get the
// same body (and the script sees the protocol each came over).

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/goja-node/http2/runtime"
)

const serverScript = `'use strict';
const fs = require('fs');
const path = require('path');
const http2 = require('node:http2');
const fixtures = process.argv[2];
const seen = [];
const server = http2.createSecureServer({
  key: fs.readFileSync(path.join(fixtures, 'tls-key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'tls-cert.pem')),
  allowHTTP1: true,
}, (req, res) => {
  seen.push(req.httpVersion);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.writeHead(200, { 'x-http-version': req.httpVersion });
    res.write('method=' + req.method + ' url=' + req.url + '\n');
    res.write('x-test=' + req.headers['x-test'] + '\n');
    res.end('body=' + body + '\n' + 'x'.repeat(100000) + '\n');
  });
  res.on('finish', () => {
    if (seen.length === Number(process.argv[3])) server.close();
  });
});
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
process.on('exit', (code) => console.log('exit ' + code + ' ' + seen.join(',')));
`

// lineWriter hands complete stdout lines to a channel.
type lineWriter struct {
	buf   bytes.Buffer
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.buf.Write(p)
	for {
		line, err := w.buf.ReadString('\n')
		if err != nil {
			w.buf.Reset()
			w.buf.WriteString(line)
			return len(p), nil
		}
		w.lines <- strings.TrimSuffix(line, "\n")
	}
}

func TestCurlHTTP1AndHTTP2SameBody(t *testing.T) {
	curl, err := exec.LookPath("curl")
	if err != nil {
		t.Skip("curl not found; skipping")
	}
	fixtures, err := filepath.Abs("../../js-tests/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "server.js")
	if err := os.WriteFile(script, []byte(serverScript), 0o644); err != nil {
		t.Fatal(err)
	}

	out := &lineWriter{lines: make(chan string, 16)}
	var stderr bytes.Buffer
	type result struct {
		code int
		err  error
	}
	done := make(chan result, 1)
	go func() {
		rt := runtime.New(runtime.Options{Args: []string{fixtures, "2"}, Stdout: out, Stderr: &stderr})
		code, err := rt.RunMain(script)
		done <- result{code, err}
	}()

	var port string
	select {
	case line := <-out.lines:
		if !strings.HasPrefix(line, "port ") {
			t.Fatalf("unexpected first line %q", line)
		}
		port = strings.TrimPrefix(line, "port ")
	case r := <-done:
		t.Fatalf("script ended before listening: code %d, err %v, stderr %s", r.code, r.err, stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("server did not start")
	}

	get := func(flag string) (body, version, header string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		hdrFile := filepath.Join(dir, "headers"+flag)
		cmd := exec.CommandContext(ctx, curl, "-sS", "-k", flag, "-D", hdrFile,
			"-H", "x-test: hello", "--data-binary", "payload", "-o", "-",
			"-w", "\n%{http_version}", "https://localhost:"+port+"/path?q=1")
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		if err := cmd.Run(); err != nil {
			t.Fatalf("curl %s: %v: %s", flag, err, e.String())
		}
		s := o.String()
		i := strings.LastIndex(s, "\n")
		hdrs, err := os.ReadFile(hdrFile)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(hdrs))
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.EqualFold(k, "x-http-version") {
				header = strings.TrimSpace(v)
			}
		}
		return s[:i], s[i+1:], header
	}

	b1, v1, h1 := get("--http1.1")
	b2, v2, h2 := get("--http2")
	if v1 != "1.1" || v2 != "2" {
		t.Fatalf("curl negotiated %q and %q, want 1.1 and 2", v1, v2)
	}
	if h1 != "1.1" || h2 != "2.0" {
		t.Fatalf("handler saw httpVersion %q and %q, want 1.1 and 2.0", h1, h2)
	}
	if b1 != b2 {
		t.Fatalf("bodies differ:\nHTTP/1.1: %.200q\nHTTP/2:   %.200q", b1, b2)
	}
	want := "method=POST url=/path?q=1\nx-test=hello\nbody=payload\n" + strings.Repeat("x", 100000) + "\n"
	if b1 != want {
		t.Fatalf("body = %.200q, want %.200q", b1, want)
	}

	select {
	case r := <-done:
		if r.err != nil || r.code != 0 {
			t.Fatalf("script: code %d, err %v, stderr %s", r.code, r.err, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("script did not exit after server.close()")
	}
	var last string
	for len(out.lines) > 0 {
		last = <-out.lines
	}
	if last != "exit 0 1.1,2.0" {
		t.Fatalf("last line %q, want %q", last, "exit 0 1.1,2.0")
	}
}
