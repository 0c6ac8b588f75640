//go:build linux

package bindings

import (
	"errors"
	"net"
	"runtime"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/http2"
)

// tcpServerPair is serverPair over a loopback TCP connection, where an idle
// reader parks (park_linux.go); parkAfter is lowered for the test.
func tcpServerPair(t *testing.T) (*Session, *peer, *recSink, *net.TCPConn) {
	t.Helper()
	old := parkAfter
	parkAfter = 20 * time.Millisecond
	t.Cleanup(func() { parkAfter = old })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c2, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c1, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	s, p, sink := serverOver(t, c1, c2, Config{})
	return s, p, sink, c2.(*net.TCPConn)
}

func waitParked(t *testing.T, s *Session) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s.mu.Lock()
		parked := s.parked
		s.mu.Unlock()
		if parked {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the idle reader did not park")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// goroutinesBack waits until the goroutine count is at most n.
func goroutinesBack(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("goroutines: %d, want <= %d\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestParkedReaderResumes(t *testing.T) {
	s, p, sink, _ := tcpServerPair(t)
	for i := uint32(0); i < 3; i++ {
		waitParked(t, s)
		id := 1 + 2*i
		p.headers(id, true, ":method", "GET", ":scheme", "http", ":path", "/", ":authority", "x")
		e := sink.wait(t, "headers")
		if e.st.ID() != id {
			t.Fatalf("headers on stream %d, want %d", e.st.ID(), id)
		}
		if err := s.Respond(e.st, hf(":status", "200"), true, false); err != nil {
			t.Fatal(err)
		}
		if f := p.waitFrame(http2.FrameHeaders); f.stream != id {
			t.Fatalf("response on stream %d, want %d", f.stream, id)
		}
	}
	waitParked(t, s)
	p.write(func(fr *http2.Framer) error { return fr.WritePing(false, [8]byte{1, 2, 3}) })
	if f := p.waitFrame(http2.FramePing); !f.ack || f.pingData != [8]byte{1, 2, 3} {
		t.Fatalf("ping answer %+v", f)
	}
}

func TestParkedReaderPeerCloses(t *testing.T) {
	before := runtime.NumGoroutine()
	s, _, sink, c := tcpServerPair(t)
	waitParked(t, s)
	c.Close()
	// A peer that hangs up is no error (as for a reader blocked in its read).
	for done := false; !done; {
		select {
		case e := <-sink.ch:
			if e.kind == "error" {
				t.Fatalf("error event: %v", e.err)
			}
			done = e.kind == "sessionClose"
		case <-time.After(5 * time.Second):
			t.Fatal("no sessionClose")
		}
	}
	<-s.Done()
	goroutinesBack(t, before)
}

func TestParkedReaderPeerResets(t *testing.T) {
	s, _, sink, c := tcpServerPair(t)
	waitParked(t, s)
	_ = c.SetLinger(0) // close with a TCP RST
	c.Close()
	// As for a reader blocked in its read: the reset is the session's error.
	e := sink.wait(t, "error")
	if !errors.Is(e.err, syscall.ECONNRESET) {
		t.Fatalf("error %v, want ECONNRESET", e.err)
	}
	sink.wait(t, "sessionClose")
}

func TestParkedReaderDestroy(t *testing.T) {
	before := runtime.NumGoroutine()
	s, p, sink, _ := tcpServerPair(t)
	waitParked(t, s)
	s.Destroy(nil, NGHTTP2_NO_ERROR)
	p.waitFrame(http2.FrameGoAway)
	sink.wait(t, "sessionClose")
	<-s.Done()
	p.conn.Close()
	goroutinesBack(t, before)
}

func TestParkedReaderGracefulClose(t *testing.T) {
	s, p, sink, _ := tcpServerPair(t)
	waitParked(t, s)
	s.Close()
	p.waitFrame(http2.FrameGoAway)
	// The peer does not hang up: the session closes after lingering.
	sink.wait(t, "sessionClose")
	select {
	case <-s.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("session did not finish")
	}
}
