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

// FuzzClientFrames is the client-side twin: a client session with one request in flight reads the
// server's SETTINGS and then arbitrary bytes; it must neither panic nor hang.
func FuzzClientFrames(f *testing.F) {
	// HEADERS(1, END_HEADERS) :status 200, then DATA(1, END_STREAM) "hi".
	f.Add([]byte("\x00\x00\x01\x01\x04\x00\x00\x00\x01\x88\x00\x00\x02\x00\x01\x00\x00\x00\x01hi"))
	// PUSH_PROMISE on stream 1 promising 2, then GOAWAY.
	f.Add([]byte("\x00\x00\x07\x05\x04\x00\x00\x00\x01\x00\x00\x00\x02\x82\x86\x84\x00\x00\x08\x07\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00"))
	// ALTSVC for origin "a", then ORIGIN with one entry.
	f.Add([]byte("\x00\x00\x06\x0a\x00\x00\x00\x00\x00\x00\x01ah2=\":1\"\x00\x00\x03\x0c\x00\x00\x00\x00\x00\x00\x01b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c1, c2 := net.Pipe()
		s := NewClientSession(c1, DefaultConfig(true), NopSink{})
		go io.Copy(io.Discard, c2)
		go func() {
			fr := http2.NewFramer(c2, nil)
			fr.WriteSettings()
			c2.Write(data)
			time.Sleep(time.Millisecond)
			c2.Close()
		}()
		_, _ = s.Request(hf(getReq...), RequestOptions{EndStream: true})
		select {
		case <-s.Done():
		case <-time.After(10 * time.Second):
			t.Fatal("session hung")
		}
		c2.Close()
	})
}
