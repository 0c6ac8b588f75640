package sockets_test

import (
	"bufio"
	"bytes"
	"io"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"

	"github.com/goja-node/http2/runtime"
	"github.com/goja-node/http2/sockets"
)

func run(t *testing.T, src string) (int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	r := runtime.New(runtime.Options{Stdout: &out, Stderr: &errb})
	code, err := r.RunString("test.js", src)
	if err != nil {
		t.Fatalf("run: %v\nstderr: %s", err, errb.String())
	}
	return code, out.String() + errb.String()
}

const echoScript = `
const net = require('net');
const assert = require('assert');
let done = 0;
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const big = Buffer.alloc(300000, 'x');
  c.end(big);
  let n = 0;
  c.on('data', (d) => { n += d.length; });
  c.on('close', () => { assert.strictEqual(n, big.length); done++; server.close(); });
  // a connection attempt that fails, and one destroyed while connecting
  net.connect(1, '127.0.0.1').on('error', () => done++);
  net.connect(server.address().port, '127.0.0.1').destroy();
});
process.on('exit', () => assert.strictEqual(done, 2));
`

// Sockets and servers must leave no goroutines behind once closed.
func TestEchoNoGoroutineLeak(t *testing.T) {
	before := goruntime.NumGoroutine()
	for i := 0; i < 10; i++ {
		if code, out := run(t, echoScript); code != 0 {
			t.Fatalf("exit %d: %s", code, out)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before+2 {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines before, %d after:\n%s", before, n, buf[:goruntime.Stack(buf, true)])
	}
}

// A script that exits while a server still listens (process.exit) must not leak either: the host's
// OnClose closes listeners and connections.
func TestExitWhileListening(t *testing.T) {
	before := goruntime.NumGoroutine()
	code, out := run(t, `
		const net = require('net');
		const s = net.createServer(() => {}).listen(0, '127.0.0.1', () => {
		  const c = net.connect(s.address().port, '127.0.0.1', () => process.exit(3));
		});`)
	if code != 3 {
		t.Fatalf("exit %d: %s", code, out)
	}
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := goruntime.NumGoroutine(); n > before+2 {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines before, %d after:\n%s", before, n, buf[:goruntime.Stack(buf, true)])
	}
}

func init() {
	// test/detach: detach(socket) hands the connection to Go, which answers each line in upper case.
	require.RegisterCoreModule("test/detach", func(vm *goja.Runtime, module *goja.Object) {
		_ = module.Set("exports", func(sock goja.Value) bool {
			nc, err := sockets.Detach(vm, sock)
			if err != nil {
				return false
			}
			go func() {
				defer nc.Close()
				br := bufio.NewReader(nc)
				for {
					line, err := br.ReadString('\n')
					if line != "" {
						_, _ = io.WriteString(nc, strings.ToUpper(line))
					}
					if err != nil {
						return
					}
				}
			}()
			return true
		})
	})
}

// Detach takes over a server-side socket after JS already received (and did not consume) data.
func TestDetach(t *testing.T) {
	code, out := run(t, `
		const net = require('net');
		const assert = require('assert');
		const detach = require('test/detach');
		let got = '';
		const server = net.createServer((s) => {
		  s.once('readable', () => {
		    assert.strictEqual(detach(s), true);
		    assert.strictEqual(s._handle, null);
		    server.close();
		  });
		});
		server.listen(0, '127.0.0.1', () => {
		  const c = net.connect(server.address().port, '127.0.0.1');
		  c.write('first\n');
		  setTimeout(() => c.end('second\n'), 50);
		  c.setEncoding('utf8');
		  c.on('data', (d) => { got += d; });
		  c.on('end', () => console.log('got:' + JSON.stringify(got)));
		});
		assert.strictEqual(detach({}), false);`)
	if code != 0 || !strings.Contains(out, `got:"FIRST\nSECOND\n"`) {
		t.Fatalf("exit %d: %s", code, out)
	}
}
