package bindings

import (
	"bytes"
	"io"
	"net"
	"runtime"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// BenchmarkWriteResponse measures the engine's write path for one small
// response: Respond + WriteData(end) queue the work, the writer frames
// HEADERS (HPACK) + DATA with END_STREAM into its batch buffer and closes the
// stream. The connection write itself is left out (wbuf is discarded).
func BenchmarkWriteResponse(b *testing.B) {
	c1, c2 := net.Pipe()
	defer c1.Close()
	defer c2.Close()
	s := newSession(c1, Config{}, NopSink{}, false)
	s.mu.Lock()
	s.buildBatchLocked() // our initial SETTINGS
	s.wbuf.Reset()
	s.mu.Unlock()
	fields := []hpack.HeaderField{
		{Name: ":status", Value: "200"},
		{Name: "content-type", Value: "text/plain"},
		{Name: "content-length", Value: "12"},
		{Name: "date", Value: "Sun, 23 Nov 2026 12:06:42 GMT"},
	}
	body := []byte("hello world\n")
	b.ReportAllocs()
	b.ResetTimer()
	bytes := 0
	for i := 0; i < b.N; i++ {
		id := uint32(2*i + 1)
		s.mu.Lock()
		st := s.newStreamLocked(id, false, StateHalfClosedRemote)
		s.lastPeerID = id
		s.connSend.n = 1 << 30
		s.mu.Unlock()
		if err := s.Respond(st, fields, false, false); err != nil {
			b.Fatal(err)
		}
		if err := s.WriteData(st, body, true); err != nil {
			b.Fatal(err)
		}
		s.mu.Lock()
		s.buildBatchLocked()
		bytes += s.wbuf.Len()
		s.wbuf.Reset()
		clear(s.events)
		s.events = s.events[:0]
		s.mu.Unlock()
		if len(s.streams) != 0 {
			b.Fatal("stream not closed")
		}
	}
	b.ReportMetric(float64(bytes)/float64(b.N), "wire-bytes/op")
}

// scriptConn replays bytes as a kernel socket would: each Read returns what
// is "in the socket" up to len(p), and a chunk boundary (one arrival of
// packets) is never crossed. It counts the Read calls (the syscalls a real
// connection would make).
type scriptConn struct {
	net.Conn
	chunks [][]byte
	reads  int
}

func (c *scriptConn) Read(p []byte) (int, error) {
	c.reads++
	for len(c.chunks) > 0 && len(c.chunks[0]) == 0 {
		c.chunks = c.chunks[1:]
	}
	if len(c.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.chunks[0])
	c.chunks[0] = c.chunks[0][n:]
	return n, nil
}
func (c *scriptConn) Write(p []byte) (int, error)      { return len(p), nil }
func (c *scriptConn) Close() error                     { return nil }
func (c *scriptConn) SetReadDeadline(time.Time) error  { return nil }
func (c *scriptConn) SetWriteDeadline(time.Time) error { return nil }

// BenchmarkReadRequests measures the reader goroutine on small requests as
// h2load sends them: batches of ten HEADERS frames (END_STREAM), each batch
// arriving at once. reads/op is the number of conn.Read calls (syscalls) per
// request.
func BenchmarkReadRequests(b *testing.B) {
	var hb bytes.Buffer
	enc := hpack.NewEncoder(&hb)
	var wire bytes.Buffer
	fr := http2.NewFramer(&wire, nil)
	var chunks [][]byte
	wire.WriteString(ClientPreface)
	_ = fr.WriteSettings()
	chunks = append(chunks, append([]byte(nil), wire.Bytes()...))
	for i := 0; i < b.N; i += 10 {
		wire.Reset()
		for j := i; j < i+10 && j < b.N; j++ {
			hb.Reset()
			for _, f := range []hpack.HeaderField{
				{Name: ":method", Value: "GET"}, {Name: ":path", Value: "/"}, {Name: ":scheme", Value: "http"},
				{Name: ":authority", Value: "127.0.0.1:8080"}, {Name: "user-agent", Value: "h2load nghttp2/1.59.0"},
			} {
				_ = enc.WriteField(f)
			}
			_ = fr.WriteHeaders(http2.HeadersFrameParam{StreamID: uint32(2*j + 1), BlockFragment: hb.Bytes(), EndStream: true, EndHeaders: true})
		}
		chunks = append(chunks, append([]byte(nil), wire.Bytes()...))
	}
	conn := &scriptConn{chunks: chunks}
	s := newSession(conn, Config{}, NopSink{}, false)
	b.ReportAllocs()
	b.ResetTimer()
	s.readLoop()
	b.StopTimer()
	b.ReportMetric(float64(conn.reads)/float64(b.N), "reads/op")
}

// writeCountConn discards what is written and counts the Write calls; its
// Read blocks until Close (the peer sends nothing).
type writeCountConn struct {
	net.Conn
	mu     sync.Mutex
	writes int
	closed chan struct{}
}

func (c *writeCountConn) Read(p []byte) (int, error) { <-c.closed; return 0, io.EOF }
func (c *writeCountConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.writes++
	c.mu.Unlock()
	return len(p), nil
}
func (c *writeCountConn) Close() error {
	select {
	case <-c.closed:
	default:
		close(c.closed)
	}
	return nil
}
func (c *writeCountConn) SetReadDeadline(time.Time) error  { return nil }
func (c *writeCountConn) SetWriteDeadline(time.Time) error { return nil }

// BenchmarkRespondBatch: ten small responses (Respond + WriteData with
// END_STREAM) queued the way one loop job of the http2 binding queues them,
// with the writer goroutine running, 5µs of busy "JS" before each; the next
// ten are queued once these are written. "corked" brackets the ten with
// Cork/Uncork as the binding does; writes/op counts conn.Write calls per
// response (each a syscall on a real socket).
func BenchmarkRespondBatch(b *testing.B) {
	for _, corked := range []bool{false, true} {
		name := "uncorked"
		if corked {
			name = "corked"
		}
		b.Run(name, func(b *testing.B) {
			conn := &writeCountConn{closed: make(chan struct{})}
			s := newSession(conn, Config{}, NopSink{}, false)
			go s.writeLoop()
			fields := []hpack.HeaderField{{Name: ":status", Value: "200"}, {Name: "content-type", Value: "text/plain"}}
			body := []byte("hello world\n")
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i += 10 {
				s.mu.Lock()
				s.connSend.n = 1 << 30
				var sts []*Stream
				for j := i; j < i+10 && j < b.N; j++ {
					id := uint32(2*j + 1)
					sts = append(sts, s.newStreamLocked(id, false, StateHalfClosedRemote))
					s.lastPeerID = id
				}
				s.mu.Unlock()
				if corked {
					s.Cork()
				}
				for _, st := range sts {
					spin(5 * time.Microsecond) // the JS handler's share of the job
					if err := s.Respond(st, fields, false, false); err != nil {
						b.Fatal(err)
					}
					if err := s.WriteData(st, body, true); err != nil {
						b.Fatal(err)
					}
				}
				if corked {
					s.Uncork()
				}
				// The next batch comes once these went out (request/response
				// cadence).
				for {
					s.mu.Lock()
					n := len(s.streams)
					s.mu.Unlock()
					if n == 0 {
						break
					}
					runtime.Gosched()
				}
			}
			b.StopTimer()
			conn.mu.Lock()
			b.ReportMetric(float64(conn.writes)/float64(b.N), "writes/op")
			conn.mu.Unlock()
			s.Destroy(nil, NGHTTP2_NO_ERROR)
			conn.Close()
		})
	}
}

func spin(d time.Duration) {
	for t := time.Now(); time.Since(t) < d; {
	}
}
