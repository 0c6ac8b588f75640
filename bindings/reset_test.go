package bindings

import (
	"bytes"
	"net"
	"testing"
	"time"

	"golang.org/x/net/http2"
)

var postReq = []string{":method", "POST", ":scheme", "http", ":path", "/", ":authority", "example.com"}

// streamFrames collects the frames of stream id up to and including its
// RST_STREAM, then makes sure nothing more comes for it: a PING round trip
// after a WINDOW_UPDATE that would unblock it must see no further frame.
func streamFrames(t *testing.T, p *peer, id uint32) []rframe {
	t.Helper()
	var got []rframe
	timeout := time.After(5 * time.Second)
	for {
		select {
		case f, ok := <-p.frames:
			if !ok {
				t.Fatalf("connection closed; frames so far %+v", got)
			}
			if f.stream != id {
				continue
			}
			got = append(got, f)
			if f.typ != http2.FrameRSTStream {
				continue
			}
			p.write(func(fr *http2.Framer) error { return fr.WriteWindowUpdate(id, 1<<20) })
			p.write(func(fr *http2.Framer) error { return fr.WritePing(false, [8]byte{9}) })
			for {
				f := p.waitFrame2(t)
				if f.stream == id {
					t.Fatalf("frame after RST_STREAM: %+v", f)
				}
				if f.typ == http2.FramePing && f.ack {
					return got
				}
			}
		case <-timeout:
			t.Fatalf("timeout; frames so far %+v", got)
		}
	}
}

func (p *peer) waitFrame2(t *testing.T) rframe {
	t.Helper()
	select {
	case f, ok := <-p.frames:
		if !ok {
			t.Fatal("connection closed")
		}
		return f
	case <-time.After(5 * time.Second):
		t.Fatal("timeout")
	}
	return rframe{}
}

// describe renders frames as "HEADERS", "DATA 5 END", "RST 2" for comparison.
func describe(fs []rframe) []string {
	var out []string
	for _, f := range fs {
		switch f.typ {
		case http2.FrameHeaders:
			s := "HEADERS"
			if f.flags.Has(http2.FlagHeadersEndStream) {
				s += " END"
			}
			out = append(out, s)
		case http2.FrameData:
			s := "DATA " + itoa(len(f.payload))
			if f.flags.Has(http2.FlagDataEndStream) {
				s += " END"
			}
			out = append(out, s)
		case http2.FrameRSTStream:
			out = append(out, "RST "+itoa(int(f.code)))
		default:
			out = append(out, f.typ.String())
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func sameList(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A local reset sends what was queued on the stream first, as Node (nghttp2)
// does: the response HEADERS, the DATA that fits the flow-control windows at
// that moment (the rest is dropped, nothing waits for WINDOW_UPDATE), then
// the RST_STREAM with the code given. The stream is closed for the session at
// once: OnStreamClose, no buffered bytes, no longer counted as open.
func TestLocalResetFlushesQueuedFrames(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false), http2.Setting{ID: http2.SettingInitialWindowSize, Val: 10})
	p.headers(1, false, postReq...)
	st := sink.wait(t, "headers").st
	s.Cork()
	if err := s.Respond(st, hf(":status", "200"), false, false); err != nil {
		t.Fatal(err)
	}
	body := bytes.Repeat([]byte("x"), 25)
	if err := s.WriteData(st, body, false); err != nil {
		t.Fatal(err)
	}
	s.ResetStream(st, NGHTTP2_INTERNAL_ERROR)
	// WriteData keeps the caller's buffer until the chunk is reported written; a reset stream's
	// never is (its write callbacks are released by the close), so the caller may reuse it now.
	copy(body, bytes.Repeat([]byte("y"), 25))
	if e := sink.wait(t, "close"); e.st != st || e.code != NGHTTP2_INTERNAL_ERROR {
		t.Fatalf("close %+v", e)
	}
	if n := s.OutBuffered(); n != 0 {
		t.Fatalf("OutBuffered %d after the reset", n)
	}
	s.mu.Lock()
	active := s.activePeer
	s.mu.Unlock()
	if active != 0 {
		t.Fatalf("activePeer %d after the reset", active)
	}
	if err := s.WriteData(st, []byte("late"), false); err == nil {
		t.Fatal("write after the reset succeeded")
	}
	s.Uncork()
	fs := streamFrames(t, p, 1)
	got := describe(fs)
	if want := []string{"HEADERS", "DATA 10", "RST 2"}; !sameList(got, want) {
		t.Fatalf("frames %v, want %v", got, want)
	}
	if string(fs[1].payload) != "xxxxxxxxxx" {
		t.Fatalf("payload %q: the flushed DATA must be what was written before the reset", fs[1].payload)
	}
	for _, e := range drain(sink) {
		if e.kind == "written" {
			t.Fatalf("OnStreamWritten after OnStreamClose: %+v", e)
		}
	}
	// The session goes on: the next stream is served normally.
	p.headers(3, true, getReq...)
	st3 := sink.wait(t, "headers").st
	s.Respond(st3, hf(":status", "204"), true, false)
	if h := p.waitFrame(http2.FrameHeaders); h.stream != 3 || !h.flags.Has(http2.FlagHeadersEndStream) {
		t.Fatalf("next response %+v", h)
	}
}

func drain(r *recSink) []event {
	var out []event
	for {
		select {
		case e := <-r.ch:
			out = append(out, e)
		default:
			return out
		}
	}
}

// The end queued before a reset rides on the last DATA frame, and a CANCEL
// reset after an END_STREAM that completed the stream (the peer had ended
// its side) says NO_ERROR on the wire, as Node's does; other codes, or a peer
// side still open, keep the code.
func TestLocalResetEndStreamAndCode(t *testing.T) {
	cases := []struct {
		name    string
		peerEnd bool
		data    string
		code    uint32
		want    []string
	}{
		{"cancel after GET", true, "hello", NGHTTP2_CANCEL, []string{"HEADERS", "DATA 5 END", "RST 0"}},
		{"cancel after POST", false, "hello", NGHTTP2_CANCEL, []string{"HEADERS", "DATA 5 END", "RST 8"}},
		{"internal error after GET", true, "hello", NGHTTP2_INTERNAL_ERROR, []string{"HEADERS", "DATA 5 END", "RST 2"}},
		{"no data", true, "", NGHTTP2_INTERNAL_ERROR, []string{"HEADERS", "DATA 0 END", "RST 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, p, sink := serverPair(t, DefaultConfig(false))
			if c.peerEnd {
				p.headers(1, true, getReq...)
			} else {
				p.headers(1, false, postReq...)
			}
			st := sink.wait(t, "headers").st
			s.Cork()
			s.Respond(st, hf(":status", "200"), false, false)
			if c.data != "" {
				s.WriteData(st, []byte(c.data), false)
			}
			s.WriteData(st, nil, true)
			s.ResetStream(st, c.code)
			s.Uncork()
			if got := describe(streamFrames(t, p, 1)); !sameList(got, c.want) {
				t.Fatalf("frames %v, want %v", got, c.want)
			}
			if st.RSTCode() != c.code {
				t.Fatalf("local rstCode %d", st.RSTCode())
			}
		})
	}
}

// The RST_STREAM of a local reset is not overtaken by a GOAWAY queued after
// it, even when the stream's response was still waiting to be framed.
func TestLocalResetBeforeLaterGoaway(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	p.headers(1, false, postReq...)
	st := sink.wait(t, "headers").st
	s.Cork()
	s.Respond(st, hf(":status", "200"), false, false)
	s.WriteData(st, []byte("abc"), false)
	s.ResetStream(st, NGHTTP2_INTERNAL_ERROR)
	s.Close()
	s.Uncork()
	var got []string
	for _, f := range p.waitClosed() {
		if f.typ == http2.FrameSettings || f.typ == http2.FramePing {
			continue
		}
		got = append(got, describe([]rframe{f})...)
	}
	if want := []string{"HEADERS", "DATA 3", "RST 2", "GOAWAY"}; !sameList(got, want) {
		t.Fatalf("frames %v, want %v", got, want)
	}
}

// A reset from the peer still drops what was queued: only a local reset
// flushes.
func TestPeerResetDropsQueued(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false), http2.Setting{ID: http2.SettingInitialWindowSize, Val: 0})
	p.headers(1, false, postReq...)
	st := sink.wait(t, "headers").st
	s.Respond(st, hf(":status", "200"), false, false)
	s.WriteData(st, []byte("queued"), false)
	p.waitFrame(http2.FrameHeaders)
	p.write(func(fr *http2.Framer) error { return fr.WriteRSTStream(1, http2.ErrCodeCancel) })
	sink.wait(t, "close")
	p.write(func(fr *http2.Framer) error { return fr.WriteWindowUpdate(1, 100) })
	p.write(func(fr *http2.Framer) error { return fr.WritePing(false, [8]byte{7}) })
	for {
		f := p.waitFrame2(t)
		if f.stream == 1 {
			t.Fatalf("frame on a stream the peer reset: %+v", f)
		}
		if f.typ == http2.FramePing && f.ack {
			break
		}
	}
	if n := s.OutBuffered(); n != 0 {
		t.Fatalf("OutBuffered %d", n)
	}
}

// A request reset before its HEADERS left is still dropped without a frame.
func TestLocalResetUnsentRequestSendsNothing(t *testing.T) {
	s, p, sink := clientPair(t, DefaultConfig(true))
	s.Cork()
	st, err := s.Request(hf(":method", "POST", ":scheme", "http", ":path", "/", ":authority", "x"), RequestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s.WriteData(st, []byte("body"), false)
	s.ResetStream(st, NGHTTP2_CANCEL)
	s.Uncork()
	sink.wait(t, "close")
	s.Ping([8]byte{1}, nil)
	for {
		f := p.waitFrame2(t)
		if f.stream == st.ID() {
			t.Fatalf("frame for a request reset before it was sent: %+v", f)
		}
		if f.typ == http2.FramePing {
			break
		}
	}
}

// The flush of a reset stream keeps its place among the control frames: the
// session's first SETTINGS, queued before, still goes first (a peer must see
// SETTINGS first, RFC 9113 §3.4), and a GOAWAY queued after goes after. Built
// without a writer goroutine so that the order does not depend on when one
// runs.
func TestLocalResetKeepsControlOrder(t *testing.T) {
	c1, c2 := net.Pipe()
	defer c1.Close()
	defer c2.Close()
	s := newSession(c1, DefaultConfig(false), newRecSink(), false)
	s.wstate.Store(writerRunning) // no writer goroutine: the test frames the batch itself
	s.mu.Lock()
	s.lastPeerID = 1
	st := s.newStreamLocked(1, false, StateHalfClosedRemote)
	s.mu.Unlock()
	if err := s.Respond(st, hf(":status", "200"), false, false); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteData(st, []byte("hello"), false); err != nil {
		t.Fatal(err)
	}
	s.ResetStream(st, NGHTTP2_INTERNAL_ERROR)
	s.Close()
	s.mu.Lock()
	s.buildBatchLocked()
	s.mu.Unlock()
	fr := http2.NewFramer(nil, bytes.NewReader(s.wbuf.Bytes()))
	var got []string
	for {
		f, err := fr.ReadFrame()
		if err != nil {
			break
		}
		switch f := f.(type) {
		case *http2.DataFrame:
			got = append(got, "DATA "+itoa(len(f.Data())))
		case *http2.RSTStreamFrame:
			got = append(got, "RST "+itoa(int(f.ErrCode)))
		default:
			got = append(got, f.Header().Type.String())
		}
	}
	if want := []string{"SETTINGS", "HEADERS", "DATA 5", "RST 2", "GOAWAY"}; !sameList(got, want) {
		t.Fatalf("frames %v, want %v", got, want)
	}
}
