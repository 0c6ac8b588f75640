package faults

import (
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/http2"
)

// stallServerJS writes to every stream as fast as backpressure allows, never more than
// highWaterMark ahead, and reports the most it ever had queued (stream.bufferSize is the JS
// buffer plus the engine's queue). On "/close" it then tries session.close(), which has to wait
// for the stalled stream, and destroys the session 300 ms later; the script must then return.
const stallServerJS = `
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('error', () => {});
  stream.respond();
  const chunk = Buffer.alloc(16384, 'x');
  let maxQueued = 0, written = 0;
  (function pump() {
    while (!stream.destroyed) {
      written += chunk.length;
      const more = stream.write(chunk);
      maxQueued = Math.max(maxQueued, stream.bufferSize);
      if (!more) { stream.once('drain', pump); return; }
    }
  })();
  setTimeout(() => {
    console.log('QUEUED ' + maxQueued + ' ' + written);
    const session = stream.session;
    session.close(() => console.log('closed'));
    setTimeout(() => {
      if (!session.destroyed) { console.log('destroying'); session.destroy(); }
      server.close();
    }, 300);
  }, 500);
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
`

// TestZeroWindowStall: a peer that never sends WINDOW_UPDATE (its stream window is 0), and a peer
// that never reads the socket at all (the writer blocks in conn.Write), must not make the server
// buffer without bound, and close()/destroy() must still end the session and the script.
func TestZeroWindowStall(t *testing.T) {
	cases := []struct {
		name  string
		setup func(p *rawPeer)
	}{
		{"window 0, no WINDOW_UPDATE", func(p *rawPeer) {
			p.write(func(fr *http2.Framer) error {
				if err := fr.WriteSettings(http2.Setting{ID: http2.SettingInitialWindowSize, Val: 0}); err != nil {
					return err
				}
				return p.headers(fr, 1, true)
			})
		}},
		{"huge window, socket never read", func(p *rawPeer) {
			p.stopReading()
			p.write(func(fr *http2.Framer) error {
				if err := fr.WriteSettings(http2.Setting{ID: http2.SettingInitialWindowSize, Val: 1<<31 - 1}); err != nil {
					return err
				}
				if err := fr.WriteWindowUpdate(0, 1<<31-1-65535); err != nil {
					return err
				}
				return p.headers(fr, 1, true)
			})
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := goruntime.NumGoroutine()
			s := startScript(t, stallServerJS)
			p := dialPeer(t, s.port(), true)
			c.setup(p)
			f := strings.Fields(s.waitLine("QUEUED "))
			queued, _ := strconv.Atoi(f[0])
			written, _ := strconv.Atoi(f[1])
			// Backpressure holds the script to highWaterMark (16 KiB) plus one chunk queued; the
			// socket-stalled case also has what the kernel buffers took, which is not queued by us.
			if queued > 64<<10 {
				t.Fatalf("server queued up to %d bytes (%d written) for a stalled peer", queued, written)
			}
			out := s.mustPass()
			if !strings.Contains(out, "destroying") {
				t.Fatalf("session.close() finished with a stalled stream open?\n%s", out)
			}
			p.conn.Close()
			noLeaks(t, before)
			t.Logf("max queued %d bytes, %d written by the script", queued, written)
		})
	}
}

// TestZeroWindowPeerGetsNoData checks the wire side of the stall: not one DATA byte beyond the
// window, and the GOAWAY of session.close() still goes out.
func TestZeroWindowPeerGetsNoData(t *testing.T) {
	s := startScript(t, stallServerJS)
	p := dialPeer(t, s.port(), true)
	p.write(func(fr *http2.Framer) error {
		if err := fr.WriteSettings(http2.Setting{ID: http2.SettingInitialWindowSize, Val: 0}); err != nil {
			return err
		}
		return p.headers(fr, 1, true)
	})
	seen := p.waitClosed(10 * time.Second)
	var goaway bool
	for _, f := range seen {
		if f.typ == http2.FrameData && len(f.data) > 0 {
			t.Fatalf("DATA sent into a zero window: %v", f)
		}
		if f.typ == http2.FrameGoAway {
			goaway = true
		}
	}
	if !goaway {
		t.Fatalf("no GOAWAY from session.close(); frames %v", seen)
	}
	s.mustPass()
}
