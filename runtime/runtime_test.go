package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"
)

// run executes src as a main script and returns its exit code, stdout and stderr.
func run(t *testing.T, src string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	r := New(Options{Args: args, Stdout: &out, Stderr: &errb})
	done := make(chan int, 1)
	go func() {
		code, _ := r.RunString("test.js", src)
		done <- code
	}()
	select {
	case code := <-done:
		return code, out.String(), errb.String()
	case <-time.After(20 * time.Second):
		t.Fatalf("script did not finish: %s", src)
		return 0, "", ""
	}
}

func TestExitStatus(t *testing.T) {
	cases := []struct {
		name   string
		src    string
		code   int
		stdout string
		stderr string // substring
	}{
		{"drains", `setTimeout(() => console.log('done'), 5)`, 0, "done\n", ""},
		{"exitCode", `process.exitCode = 4`, 4, "", ""},
		{"exit stops script", `process.exit(3); console.log('no')`, 3, "", ""},
		{"uncaught", `throw new RangeError('bad thing')`, 1, "", "RangeError: bad thing"},
		{"uncaught in timer", `setTimeout(() => { null.x }, 1)`, 1, "", "TypeError"},
		{"rejection", `Promise.reject(new Error('nope'))`, 1, "", "Error: nope"},
		{"rejection non-error", `Promise.reject(42)`, 1, "", "ERR_UNHANDLED_REJECTION"},
		{"exit event", `process.on('exit', c => console.log('exit', c)); process.exitCode = 2`, 2, "exit 2\n", ""},
		{"missing module", `require('nope-nope')`, 1, "", "Cannot find module 'nope-nope'"},
		{"argv", `console.log(process.argv.slice(2).join(','))`, 0, "a,b\n", ""},
		{"unref timer", `setTimeout(() => console.log('no'), 10000).unref()`, 0, "", ""},
		{"for await lowered", `(async () => { for await (const x of (async function* () { yield 1; yield 2 })()) console.log(x) })()`, 0, "1\n2\n", ""},
		{"stack in node layout", `function f() { throw new Error('e') } f()`, 1, "", "    at f ("},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := run(t, c.src, "a", "b")
			if code != c.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, c.code, errs)
			}
			if out != c.stdout {
				t.Errorf("stdout %q, want %q", out, c.stdout)
			}
			if c.stderr != "" && !strings.Contains(errs, c.stderr) {
				t.Errorf("stderr %q does not contain %q", errs, c.stderr)
			}
		})
	}
}

func TestRunMainSyntaxError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.js")
	if err := os.WriteFile(p, []byte("const a = 1;\nlet x = ;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	code, err := New(Options{Stdout: &bytes.Buffer{}, Stderr: &errb}).RunMain(p)
	if code != 1 || err == nil {
		t.Fatalf("code %d err %v", code, err)
	}
	if !strings.Contains(errb.String(), p+":2") || !strings.Contains(errb.String(), "SyntaxError") {
		t.Fatalf("stderr %q", errb.String())
	}
}

func TestRunMainNotFound(t *testing.T) {
	var errb bytes.Buffer
	code, err := New(Options{Stdout: &bytes.Buffer{}, Stderr: &errb}).RunMain(filepath.Join(t.TempDir(), "nope.js"))
	if code != 1 || err == nil || !strings.Contains(errb.String(), "MODULE_NOT_FOUND") {
		t.Fatalf("code %d err %v stderr %q", code, err, errb.String())
	}
}

// Runtimes must leave no goroutines behind once their script ended (embedders create many).
func TestNoGoroutineLeak(t *testing.T) {
	before := goruntime.NumGoroutine()
	for i := 0; i < 20; i++ {
		code, _, errs := run(t, `
			const iv = setInterval(() => {}, 1); setTimeout(() => clearInterval(iv), 5);
			setTimeout(() => {}, 100000).unref();
			setImmediate(() => {});
			Promise.resolve().then(() => {});`)
		if code != 0 {
			t.Fatalf("code %d: %s", code, errs)
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
