package engine

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runTool runs an external peer with a deadline and returns its stdout;
// a non-zero exit fails the test with its output.
func runTool(t *testing.T, timeout time.Duration, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", filepath.Base(bin), strings.Join(args, " "), err, truncate(stdout.String()), truncate(stderr.String()))
	}
	return stdout.String()
}

func truncate(s string) string {
	if len(s) > 4000 {
		return s[:4000] + "\n...(truncated)"
	}
	return s
}

// testBody returns n bytes of a pattern that is not periodic in 256, so
// echo bugs that reorder or drop chunks show.
func testBody(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func TestCurl(t *testing.T) {
	curl := findTool(t, "curl", "apt-get install -y curl")
	for _, useTLS := range []bool{false, true} {
		name := "h2c"
		if useTLS {
			name = "tls"
		}
		t.Run(name, func(t *testing.T) {
			srv := startServer(t, useTLS)
			base := []string{"-sS", "--fail", "--max-time", "20"}
			if useTLS {
				base = append(base, "--http2", "-k")
			} else {
				base = append(base, "--http2-prior-knowledge")
			}

			// GET: status line, headers and body.
			dir := t.TempDir()
			hdrFile := filepath.Join(dir, "headers")
			out := runTool(t, 30*time.Second, curl, append(base, "-D", hdrFile, "-w", "\n%{http_version} %{response_code}", srv.URL()+"/")...)
			if want := helloBody + "\n2 200"; out != want {
				t.Fatalf("GET: got %q, want %q", out, want)
			}
			h, _ := os.ReadFile(hdrFile)
			if !strings.Contains(strings.ToLower(string(h)), "content-type: text/plain") {
				t.Errorf("GET headers lack content-type:\n%s", h)
			}

			// GET /size/N.
			out = runTool(t, 30*time.Second, curl, append(base, srv.URL()+"/size/100000")...)
			if len(out) != 100000 {
				t.Fatalf("GET /size/100000: got %d bytes", len(out))
			}
			if err := checkPattern([]byte(out), 0); err != nil {
				t.Fatalf("GET /size/100000: %v", err)
			}

			// POST echo of 1 MB.
			body := testBody(1 << 20)
			in := filepath.Join(dir, "body")
			if err := os.WriteFile(in, body, 0o644); err != nil {
				t.Fatal(err)
			}
			outFile := filepath.Join(dir, "echo")
			runTool(t, 30*time.Second, curl, append(base, "-H", "content-type: application/x-test", "--data-binary", "@"+in, "-o", outFile, "-D", hdrFile, srv.URL()+"/echo")...)
			got, _ := os.ReadFile(outFile)
			if !bytes.Equal(got, body) {
				t.Fatalf("POST echo: got %d bytes, want %d (equal prefix %d)", len(got), len(body), commonPrefix(got, body))
			}
			h, _ = os.ReadFile(hdrFile)
			if !strings.Contains(strings.ToLower(string(h)), "content-type: application/x-test") {
				t.Errorf("POST headers:\n%s", h)
			}
		})
	}
}

func commonPrefix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
