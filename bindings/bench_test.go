package bindings

import (
	"net"
	"testing"

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
