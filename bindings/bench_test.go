package bindings

import (
	"bytes"
	"io"
	"net"
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
