package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestNghttp(t *testing.T) {
	nghttp := findTool(t, "nghttp", "apt-get install -y nghttp2-client")
	for _, useTLS := range []bool{false, true} {
		name := "h2c"
		if useTLS {
			name = "tls"
		}
		t.Run(name, func(t *testing.T) {
			srv := startServer(t, useTLS)
			// -nv: frame log, body discarded.
			out := runTool(t, 30*time.Second, nghttp, "-nv", "-t", "20", srv.URL()+"/")
			for _, want := range []string{"recv SETTINGS frame", "recv HEADERS frame", ":status: 200", "content-type: text/plain", "recv DATA frame", "END_STREAM", "send GOAWAY frame"} {
				if !strings.Contains(out, want) {
					t.Fatalf("nghttp -nv output lacks %q:\n%s", want, truncate(out))
				}
			}
			if strings.Contains(out, "recv GOAWAY") || strings.Contains(out, "recv RST_STREAM") {
				t.Fatalf("server sent GOAWAY/RST_STREAM:\n%s", truncate(out))
			}

			// Body.
			if body := runTool(t, 30*time.Second, nghttp, "-t", "20", srv.URL()+"/"); body != helloBody {
				t.Fatalf("body %q", body)
			}

			// 10 concurrent streams of the same URI on one connection.
			out = runTool(t, 30*time.Second, nghttp, "-nv", "-t", "20", "-m", "10", srv.URL()+"/size/70000")
			if n := strings.Count(out, ":status: 200"); n != 10 {
				t.Fatalf("-m 10: %d responses with :status 200:\n%s", n, truncate(out))
			}
			ids := map[string]bool{}
			for _, line := range strings.Split(out, "\n") {
				if i := strings.Index(line, "recv HEADERS frame <length="); i >= 0 {
					if j := strings.Index(line, "stream_id="); j >= 0 {
						ids[strings.TrimRight(line[j:], ">")] = true
					}
				}
			}
			if len(ids) != 10 {
				t.Fatalf("-m 10: responses on %d distinct streams", len(ids))
			}

			// Upload: POST echo of 256 KB.
			data := testBody(256 << 10)
			in := filepath.Join(t.TempDir(), "body")
			if err := os.WriteFile(in, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if got := runTool(t, 30*time.Second, nghttp, "-t", "20", "-d", in, srv.URL()+"/echo"); !bytes.Equal([]byte(got), data) {
				t.Fatalf("POST echo: got %d bytes, want %d", len(got), len(data))
			}
		})
	}
}

// TestH2load: nghttp2's load generator (same package as nghttp) against
// our server: many connections and concurrent streams, small and large
// responses and uploads; every request must succeed. Bounded: a few
// thousand requests.
func TestH2load(t *testing.T) {
	h2load := findTool(t, "h2load", "apt-get install -y nghttp2-client")
	up := filepath.Join(t.TempDir(), "up")
	if err := os.WriteFile(up, testBody(300<<10), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, useTLS := range []bool{false, true} {
		name := "h2c"
		if useTLS {
			name = "tls"
		}
		t.Run(name, func(t *testing.T) {
			srv := startServer(t, useTLS)
			for _, run := range [][]string{
				{"-n", "5000", "-c", "20", "-m", "100", srv.URL() + "/"},
				{"-n", "200", "-c", "2", "-m", "50", srv.URL() + "/size/1000000"},
				{"-n", "100", "-c", "2", "-m", "20", "-d", up, srv.URL() + "/echo"},
			} {
				out := runTool(t, 40*time.Second, h2load, run...)
				n := run[1]
				want := "requests: " + n + " total, " + n + " started, " + n + " done, " + n + " succeeded, 0 failed, 0 errored, 0 timeout"
				if !strings.Contains(out, want) {
					t.Fatalf("h2load %s: want %q in:\n%s", strings.Join(run, " "), want, truncate(out))
				}
				if !strings.Contains(out, "status codes: "+n+" 2xx") {
					t.Fatalf("h2load %s: not all 2xx:\n%s", strings.Join(run, " "), truncate(out))
				}
				for _, l := range strings.Split(out, "\n") {
					if strings.HasPrefix(l, "finished in") {
						t.Logf("%s: %s", strings.Join(run[:len(run)-1], " "), l)
					}
				}
			}
		})
	}
}
