package bindings

import (
	"io"
	"net"
	"testing"
	"time"

	"golang.org/x/net/http2"
)

// FuzzServerFrames feeds arbitrary bytes after a valid preface into a
// server session that answers requests. The session must neither panic
// nor hang: it must finish once the peer hangs up.
func FuzzServerFrames(f *testing.F) {
	// HEADERS(1, END_STREAM|END_HEADERS) GET http / from the static table.
	f.Add([]byte("\x00\x00\x03\x01\x05\x00\x00\x00\x01\x82\x86\x84"))
	f.Add([]byte("\x00\x00\x08\x06\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08"))
	f.Add([]byte("\x00\x00\x03\x01\x04\x00\x00\x00\x01\x83\x86\x84\x00\x00\x05\x00\x01\x00\x00\x00\x01hello"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c1, c2 := net.Pipe()
		sink := &echoSink{srv: &echoServer{}, bodies: map[*Stream]*echoReq{}}
		s := NewServerSession(c1, DefaultConfig(false), sink)
		go io.Copy(io.Discard, c2)
		go func() {
			fr := http2.NewFramer(c2, nil)
			c2.Write([]byte(http2.ClientPreface))
			fr.WriteSettings()
			c2.Write(data)
			// Give the session a moment to react before hanging up.
			time.Sleep(time.Millisecond)
			c2.Close()
		}()
		select {
		case <-s.Done():
		case <-time.After(10 * time.Second):
			t.Fatal("session hung")
		}
		c2.Close()
	})
}
