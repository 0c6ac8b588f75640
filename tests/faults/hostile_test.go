package faults

import (
	"context"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/http2"
)

// hostileServerJS is a server script facing the raw-frame peers below: it prints its port, logs
// the session and server error events, answers every request, and shuts down after GET /bye.
const hostileServerJS = `
const http2 = require('http2');
const server = http2.createServer();
server.on('sessionError', (e) => console.log('sessionError ' + e.code + ' ' + e.message));
server.on('session', (s) => {
  s.on('error', (e) => console.log('session error ' + e.code));
  s.on('close', () => console.log('session close'));
});
server.on('stream', (stream, h) => {
  stream.on('error', () => {});
  stream.respond({ ':status': 200 });
  stream.end('ok ' + h[':path']);
  if (h[':path'] === '/bye') {
    server.close();
    stream.session.close();
  }
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
`

// goodClient does GETs with x/net/http2's Transport over h2c.
func goodClient(t *testing.T, port int, paths ...string) {
	t.Helper()
	tr := &http2.Transport{
		AllowHTTP: true,
		DialTLSContext: func(ctx context.Context, network, addr string, _ *tls.Config) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, addr)
		},
	}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	for _, p := range paths {
		resp, err := c.Get("http://127.0.0.1:" + strconv.Itoa(port) + p)
		if err != nil {
			t.Fatalf("well-behaved client GET %s after the attack: %v", p, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || string(body) != "ok "+p {
			t.Fatalf("GET %s: %d %q", p, resp.StatusCode, body)
		}
	}
}

// floodErr is Node's error for a PING/SETTINGS flood (nghttp2's NGHTTP2_ERR_FLOODED). Node's
// GOAWAY code for it is INTERNAL_ERROR; ours is ENHANCE_YOUR_CALM, as x/net/http2 sends.
const floodErr = "ERR_HTTP2_ERROR Flooding was detected in this HTTP/2 session, and it must be closed"

// TestHostilePeersAtJSLevel: a server script under h2js faces a raw-frame peer doing rapid reset,
// a PING flood or a SETTINGS flood. The peer gets GOAWAY(ENHANCE_YOUR_CALM), the script sees the
// session error ('error' on the session and 'sessionError' on the server), and the server keeps
// serving a well-behaved client afterwards.
func TestHostilePeersAtJSLevel(t *testing.T) {
	attacks := []struct {
		name   string
		errLog string // what the script logs for the session error (floods: Node's NGHTTP2_ERR_FLOODED)
		attack func(p *rawPeer)
	}{
		{"rapid reset", "ERR_HTTP2_SESSION_ERROR Session closed with error code 11", func(p *rawPeer) {
			// More resets than the burst (1000) allows, as fast as possible.
			p.write(func(fr *http2.Framer) error {
				for id := uint32(1); id < 2*3000; id += 2 {
					if err := p.headers(fr, id, false); err != nil {
						return err
					}
					if err := fr.WriteRSTStream(id, http2.ErrCodeCancel); err != nil {
						return err
					}
				}
				return nil
			})
		}},
		{"ping flood", floodErr, func(p *rawPeer) {
			// PINGs without ever reading the ACKs: once the socket buffers fill, the owed ACKs
			// pile up past the bound.
			for i := 0; i < 2000; i++ {
				if p.write(func(fr *http2.Framer) error {
					for j := 0; j < 500; j++ {
						if err := fr.WritePing(false, [8]byte{byte(i), byte(j)}); err != nil {
							return err
						}
					}
					return nil
				}) != nil {
					return
				}
			}
		}},
		{"settings flood", floodErr, func(p *rawPeer) {
			for i := 0; i < 2000; i++ {
				if p.write(func(fr *http2.Framer) error {
					for j := 0; j < 500; j++ {
						if err := fr.WriteSettings(http2.Setting{ID: http2.SettingMaxConcurrentStreams, Val: 100}); err != nil {
							return err
						}
					}
					return nil
				}) != nil {
					return
				}
			}
		}},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			before := goruntime.NumGoroutine()
			s := startScript(t, hostileServerJS)
			port := s.port()
			p := dialPeer(t, port, true)
			// A flooding peer does not read while it floods: stop the reader from the start so
			// the server's ACKs back up (the frames channel drops the overflow).
			go a.attack(p)
			g, ok := p.waitFrame(http2.FrameGoAway, 15*time.Second)
			if !ok {
				t.Fatalf("connection closed without GOAWAY\nstdout: %s", s.out)
			}
			if g.code != http2.ErrCodeEnhanceYourCalm {
				t.Fatalf("GOAWAY %v, want ENHANCE_YOUR_CALM", g.code)
			}
			p.conn.Close()
			code, _, _ := strings.Cut(a.errLog, " ")
			s.waitLine("session error " + code)
			goodClient(t, port, "/ok", "/bye")
			out := s.mustPass()
			if !strings.Contains(out, "sessionError "+a.errLog) {
				t.Fatalf("no sessionError on the server\n%s", out)
			}
			noLeaks(t, before)
		})
	}
}
