package bindings

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/http2"
)

// TestProtocolErrors drives each error path with hand-built frames and
// checks the reaction: RST_STREAM (stream error) or GOAWAY (connection
// error) with the right code.
func TestProtocolErrors(t *testing.T) {
	post := []string{":method", "POST", ":scheme", "http", ":path", "/", ":authority", "x"}
	tests := []struct {
		name   string
		cfg    func(*Config)
		send   func(p *peer)
		rst    uint32 // expected RST_STREAM code on stream 1 (if goaway is 0)
		goaway uint32 // expected GOAWAY code
		isConn bool
	}{
		{name: "uppercase header", send: func(p *peer) { p.headers(1, true, append(getReq, "X-Up", "1")...) }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "connection header", send: func(p *peer) { p.headers(1, true, append(getReq, "connection", "close")...) }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "te not trailers", send: func(p *peer) { p.headers(1, true, append(getReq, "te", "gzip")...) }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "missing :path", send: func(p *peer) { p.headers(1, true, ":method", "GET", ":scheme", "http") }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "missing :method", send: func(p *peer) { p.headers(1, true, ":scheme", "http", ":path", "/") }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "missing :authority and host", send: func(p *peer) { p.headers(1, true, ":method", "GET", ":scheme", "http", ":path", "/") }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "CONNECT with path", send: func(p *peer) { p.headers(1, true, ":method", "CONNECT", ":authority", "a:1", ":path", "/") }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "pseudo after regular", send: func(p *peer) { p.headers(1, true, ":method", "GET", "a", "b", ":scheme", "http", ":path", "/") }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "unknown pseudo", send: func(p *peer) { p.headers(1, true, append(getReq, ":foo", "x")...) }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "status in request", send: func(p *peer) { p.headers(1, true, append(getReq, ":status", "200")...) }, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "too many header pairs", cfg: func(c *Config) { c.MaxHeaderListPairs = 5 }, send: func(p *peer) { p.headers(1, true, append(getReq, "a", "1", "b", "2")...) }, rst: NGHTTP2_ENHANCE_YOUR_CALM},
		// Over the 64 KiB list limit: one 2000-octet field, then 39 indexed references to it.
		{name: "header list too large", send: func(p *peer) {
			fields := append([]string(nil), getReq...)
			for i := 0; i < 40; i++ {
				fields = append(fields, "big", string(bytes.Repeat([]byte("v"), 2000)))
			}
			p.headers(1, true, fields...)
		}, rst: NGHTTP2_ENHANCE_YOUR_CALM},
		{name: "content-length mismatch", send: func(p *peer) {
			p.headers(1, false, append(post, "content-length", "3")...)
			p.write(func(fr *http2.Framer) error { return fr.WriteData(1, true, []byte("toolong")) })
		}, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "trailers without END_STREAM", send: func(p *peer) {
			p.headers(1, false, post...)
			p.headers(1, false, "x", "y")
		}, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "stream window overflow", send: func(p *peer) {
			p.headers(1, false, post...)
			p.write(func(fr *http2.Framer) error { return fr.WriteWindowUpdate(1, maxWindow) })
		}, rst: NGHTTP2_FLOW_CONTROL_ERROR},
		{name: "data beyond stream window", cfg: func(c *Config) { c.Settings.InitialWindowSize = 100 }, send: func(p *peer) {
			p.headers(1, false, post...)
			p.write(func(fr *http2.Framer) error { return fr.WriteData(1, false, make([]byte, 200)) })
		}, rst: NGHTTP2_FLOW_CONTROL_ERROR},
		{name: "data on half-closed remote", send: func(p *peer) {
			p.headers(1, true, getReq...)
			p.write(func(fr *http2.Framer) error { return fr.WriteData(1, false, []byte("x")) })
		}, rst: NGHTTP2_STREAM_CLOSED},
		{name: "zero window increment on stream", send: func(p *peer) {
			p.headers(1, false, post...)
			p.write(func(fr *http2.Framer) error {
				return fr.WriteRawFrame(http2.FrameWindowUpdate, 0, 1, []byte{0, 0, 0, 0})
			})
		}, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "self dependency", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error { return fr.WritePriority(1, http2.PriorityParam{StreamDep: 1, Weight: 3}) })
		}, rst: NGHTTP2_PROTOCOL_ERROR},
		{name: "max concurrent streams", cfg: func(c *Config) { c.Settings.MaxConcurrentStreams = 0 }, send: func(p *peer) { p.headers(1, true, getReq...) }, rst: NGHTTP2_REFUSED_STREAM},

		{name: "data on idle stream", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error { return fr.WriteData(1, false, []byte("x")) })
		}, goaway: NGHTTP2_PROTOCOL_ERROR},
		{name: "headers on even stream", send: func(p *peer) { p.headers(2, true, getReq...) }, goaway: NGHTTP2_PROTOCOL_ERROR},
		{name: "headers on closed stream", send: func(p *peer) {
			p.headers(3, true, getReq...)
			p.headers(1, true, getReq...)
		}, goaway: NGHTTP2_STREAM_CLOSED},
		{name: "connection window overflow", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error { return fr.WriteWindowUpdate(0, maxWindow) })
		}, goaway: NGHTTP2_FLOW_CONTROL_ERROR},
		{name: "zero window increment on connection", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error {
				return fr.WriteRawFrame(http2.FrameWindowUpdate, 0, 0, []byte{0, 0, 0, 0})
			})
		}, goaway: NGHTTP2_PROTOCOL_ERROR},
		{name: "bad ping length", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error { return fr.WriteRawFrame(http2.FramePing, 0, 0, []byte{1, 2, 3}) })
		}, goaway: NGHTTP2_FRAME_SIZE_ERROR},
		{name: "rst on idle stream", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error { return fr.WriteRSTStream(5, http2.ErrCodeCancel) })
		}, goaway: NGHTTP2_PROTOCOL_ERROR},
		{name: "lone continuation", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error { return fr.WriteContinuation(1, true, []byte{0x82}) })
		}, goaway: NGHTTP2_PROTOCOL_ERROR},
		{name: "push promise from client", send: func(p *peer) {
			p.headers(1, false, post...)
			p.write(func(fr *http2.Framer) error {
				return fr.WritePushPromise(http2.PushPromiseParam{StreamID: 1, PromiseID: 2, EndHeaders: true, BlockFragment: p.block(getReq...)})
			})
		}, goaway: NGHTTP2_PROTOCOL_ERROR},
		{name: "too many settings", cfg: func(c *Config) { c.MaxSettings = 2 }, send: func(p *peer) {
			p.write(func(fr *http2.Framer) error {
				return fr.WriteSettings(http2.Setting{ID: 0x10, Val: 1}, http2.Setting{ID: 0x11, Val: 1}, http2.Setting{ID: 0x12, Val: 1})
			})
		}, goaway: NGHTTP2_ENHANCE_YOUR_CALM},
		{name: "invalid setting value", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error {
				return fr.WriteSettings(http2.Setting{ID: http2.SettingInitialWindowSize, Val: 1 << 31})
			})
		}, goaway: NGHTTP2_FLOW_CONTROL_ERROR},
		{name: "frame too large", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error { return fr.WriteRawFrame(0xf1, 0, 0, make([]byte, 20000)) })
		}, goaway: NGHTTP2_FRAME_SIZE_ERROR},
		{name: "bad hpack", send: func(p *peer) {
			p.write(func(fr *http2.Framer) error {
				return fr.WriteHeaders(http2.HeadersFrameParam{StreamID: 1, BlockFragment: []byte{0xff, 0xff, 0xff, 0xff}, EndHeaders: true})
			})
		}, goaway: NGHTTP2_COMPRESSION_ERROR},
		// A block outgrowing the 64 KiB list limit in a few large CONTINUATIONs: x/net's Framer
		// stops it (PROTOCOL_ERROR) before the CONTINUATION count limit (contflood.go) would.
		{name: "continuation flood", send: func(p *peer) {
			junk := p.block("x-junk", string(bytes.Repeat([]byte("j"), 16000)))
			p.write(func(fr *http2.Framer) error {
				fr.WriteHeaders(http2.HeadersFrameParam{StreamID: 1, BlockFragment: p.block(getReq...)})
				for i := 0; i < 100; i++ {
					if err := fr.WriteContinuation(1, false, junk); err != nil {
						return err
					}
				}
				return nil
			})
		}, goaway: NGHTTP2_PROTOCOL_ERROR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig(false)
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			_, p, sink := serverPair(t, cfg)
			go tt.send(p)
			if tt.goaway != 0 {
				g := p.waitFrame(http2.FrameGoAway)
				if g.code != tt.goaway {
					t.Fatalf("GOAWAY code %s, want %s", ErrCodeName(g.code), ErrCodeName(tt.goaway))
				}
				e := sink.wait(t, "error")
				var herr *Error
				if !errors.As(e.err, &herr) || herr.Code != tt.goaway || herr.NodeCode != ErrCodeSessionError {
					t.Fatalf("session error %v", e.err)
				}
				sink.wait(t, "sessionClose")
				return
			}
			r := p.waitFrame(http2.FrameRSTStream)
			if r.stream != 1 || r.code != tt.rst {
				t.Fatalf("RST_STREAM on %d code %s, want %s", r.stream, ErrCodeName(r.code), ErrCodeName(tt.rst))
			}
			// The session survives a stream error.
			p.write(func(fr *http2.Framer) error { return fr.WritePing(false, [8]byte{7}) })
			if a := p.waitFrame(http2.FramePing); !a.ack {
				t.Fatal("no ping ack after stream error")
			}
		})
	}
}

func TestInvalidPreface(t *testing.T) {
	for _, pre := range []string{"GET / HTTP/1.1\r\nHost: x\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nXX\r\n\r\n"} {
		c1, c2 := net.Pipe()
		sink := newRecSink()
		s := NewServerSession(c1, DefaultConfig(false), sink)
		p := newPeer(t, c2)
		go c2.Write([]byte(pre))
		seen := p.waitClosed()
		if len(seen) == 0 || seen[len(seen)-1].typ != http2.FrameGoAway {
			t.Fatalf("%q: frames %+v", pre, seen)
		}
		<-s.Done()
		c2.Close()
	}
}

func TestPrefaceMustStartWithSettings(t *testing.T) {
	c1, c2 := net.Pipe()
	s := NewServerSession(c1, DefaultConfig(false), newRecSink())
	p := newPeer(t, c2)
	p.write(func(fr *http2.Framer) error {
		c2.Write([]byte(http2.ClientPreface))
		return fr.WritePing(false, [8]byte{})
	})
	if g := p.waitFrame(http2.FrameGoAway); g.code != NGHTTP2_PROTOCOL_ERROR {
		t.Fatalf("goaway %+v", g)
	}
	<-s.Done()
	c2.Close()
}

// TestRapidReset opens and resets streams faster than the token bucket
// allows (CVE-2023-44487) and expects GOAWAY(ENHANCE_YOUR_CALM).
func TestRapidReset(t *testing.T) {
	cfg := DefaultConfig(false)
	cfg.StreamResetBurst = 10
	cfg.StreamResetRate = 1
	_, p, sink := serverPair(t, cfg)
	go func() {
		for id := uint32(1); id < 200; id += 2 {
			p.headers(id, false, getReq...)
			p.write(func(fr *http2.Framer) error { return fr.WriteRSTStream(id, http2.ErrCodeCancel) })
		}
	}()
	if g := p.waitFrame(http2.FrameGoAway); g.code != NGHTTP2_ENHANCE_YOUR_CALM {
		t.Fatalf("goaway %+v", g)
	}
	sink.wait(t, "sessionClose")
}

// TestPingFlood: a peer that sends PINGs but never reads their ACKs hits
// the bound on owed control frames.
func TestPingFlood(t *testing.T) {
	cfg := DefaultConfig(false)
	cfg.MaxQueuedControlFrames = 20
	c1, c2 := net.Pipe()
	sink := newRecSink()
	s := NewServerSession(c1, cfg, sink)
	// Read the server's SETTINGS, then stop reading.
	go func() {
		buf := make([]byte, 9)
		readFull(c2, buf)
		n := int(buf[0])<<16 | int(buf[1])<<8 | int(buf[2])
		readFull(c2, make([]byte, n))
	}()
	fr := http2.NewFramer(c2, nil)
	go func() {
		c2.Write([]byte(http2.ClientPreface))
		fr.WriteSettings()
		for i := 0; i < 10000; i++ {
			if fr.WritePing(false, [8]byte{byte(i)}) != nil {
				return
			}
		}
	}()
	e := sink.wait(t, "error")
	var herr *Error
	if !errors.As(e.err, &herr) || herr.Code != NGHTTP2_ENHANCE_YOUR_CALM {
		t.Fatalf("error %v", e.err)
	}
	select {
	case <-s.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("session stuck")
	}
	c2.Close()
}

// TestSettingsFlood is the SETTINGS variant of the ACK flood.
func TestSettingsFlood(t *testing.T) {
	cfg := DefaultConfig(false)
	cfg.MaxQueuedControlFrames = 20
	c1, c2 := net.Pipe()
	sink := newRecSink()
	s := NewServerSession(c1, cfg, sink)
	fr := http2.NewFramer(c2, nil)
	go func() {
		c2.Write([]byte(http2.ClientPreface))
		for i := 0; i < 10000; i++ {
			if fr.WriteSettings() != nil {
				return
			}
		}
	}()
	e := sink.wait(t, "error")
	var herr *Error
	if !errors.As(e.err, &herr) || herr.Code != NGHTTP2_ENHANCE_YOUR_CALM {
		t.Fatalf("error %v", e.err)
	}
	<-s.Done()
	c2.Close()
}

func TestClientRefusesStreamsAfterGoaway(t *testing.T) {
	s, p, sink := clientPair(t, DefaultConfig(true))
	st1, _ := s.Request(hf(getReq...), RequestOptions{EndStream: true})
	st3, _ := s.Request(hf(getReq...), RequestOptions{EndStream: true})
	p.waitFrame(http2.FrameHeaders)
	p.waitFrame(http2.FrameHeaders)
	p.write(func(fr *http2.Framer) error { return fr.WriteGoAway(1, http2.ErrCodeNo, nil) })
	sink.wait(t, "goaway")
	c := sink.wait(t, "close")
	if c.st != st3 || c.code != NGHTTP2_REFUSED_STREAM {
		t.Fatalf("close %+v", c)
	}
	var e *Error
	if _, err := s.Request(hf(getReq...), RequestOptions{}); !errors.As(err, &e) || e.NodeCode != ErrCodeGoawaySession {
		t.Fatalf("request after goaway: %v", err)
	}
	_ = st1
}

func TestClientRejectsBadResponse(t *testing.T) {
	tests := []struct {
		name string
		send func(p *peer)
		rst  uint32
	}{
		{"missing status", func(p *peer) { p.headers(1, true, "a", "b") }, NGHTTP2_PROTOCOL_ERROR},
		{"request pseudo in response", func(p *peer) { p.headers(1, true, ":status", "200", ":path", "/") }, NGHTTP2_PROTOCOL_ERROR},
		{"1xx with END_STREAM", func(p *peer) { p.headers(1, true, ":status", "100") }, NGHTTP2_PROTOCOL_ERROR},
		{"bad status", func(p *peer) { p.headers(1, true, ":status", "abc") }, NGHTTP2_PROTOCOL_ERROR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, p, _ := clientPair(t, DefaultConfig(true))
			s.Request(hf(getReq...), RequestOptions{EndStream: true})
			p.waitFrame(http2.FrameHeaders)
			tt.send(p)
			if r := p.waitFrame(http2.FrameRSTStream); r.code != tt.rst || r.stream != 1 {
				t.Fatalf("rst %+v", r)
			}
		})
	}
}

func TestServerEnablePushIsProtocolError(t *testing.T) {
	_, p, _ := clientPair(t, DefaultConfig(true))
	p.write(func(fr *http2.Framer) error {
		return fr.WriteSettings(http2.Setting{ID: http2.SettingEnablePush, Val: 1})
	})
	if g := p.waitFrame(http2.FrameGoAway); g.code != NGHTTP2_PROTOCOL_ERROR {
		t.Fatalf("goaway %+v", g)
	}
}

// TestUnsolicitedPingAckIgnored: a PING ACK that answers none of our PINGs
// is ignored (h2spec http2/6.7/2): no GOAWAY, and later PINGs are answered.
func TestUnsolicitedPingAckIgnored(t *testing.T) {
	s, p, _ := serverPair(t, DefaultConfig(false))
	got := make(chan [8]byte, 1)
	if err := s.Ping([8]byte{5}, func(_ time.Duration, pl [8]byte, err error) { got <- pl }); err != nil {
		t.Fatal(err)
	}
	p.waitFrame(http2.FramePing)
	p.write(func(fr *http2.Framer) error { return fr.WritePing(true, [8]byte{'h', '2'}) })
	p.write(func(fr *http2.Framer) error { return fr.WritePing(false, [8]byte{7}) })
	if a := p.waitFrame(http2.FramePing); !a.ack || a.pingData != [8]byte{7} {
		t.Fatalf("ping ack %+v", a)
	}
	// The stray ACK did not complete our pending PING; the right one does.
	select {
	case pl := <-got:
		t.Fatalf("ping completed by a stray ACK: %v", pl)
	default:
	}
	p.write(func(fr *http2.Framer) error { return fr.WritePing(true, [8]byte{5}) })
	if pl := <-got; pl != [8]byte{5} {
		t.Fatalf("payload %v", pl)
	}
}

// TestContinuationCountFlood: CONTINUATION frames that add nothing (empty, or tiny fragments)
// never reach the header list bound, so the number of frames in one block is bounded too
// (nghttp2's 8 by default, as in Node since CVE-2024-27316): GOAWAY(ENHANCE_YOUR_CALM) and Node's
// ERR_HTTP2_ERROR "Too many CONTINUATION frames following a HEADER frame".
func TestContinuationCountFlood(t *testing.T) {
	for _, frag := range [][]byte{nil, {0x82}} { // empty, and an indexed ":method: GET" each time
		_, p, sink := serverPair(t, DefaultConfig(false))
		go p.write(func(fr *http2.Framer) error {
			if err := fr.WriteHeaders(http2.HeadersFrameParam{StreamID: 1, BlockFragment: p.block(getReq...)}); err != nil {
				return err
			}
			for i := 0; i < 100000; i++ {
				if err := fr.WriteContinuation(1, false, frag); err != nil {
					return err
				}
			}
			return nil
		})
		if g := p.waitFrame(http2.FrameGoAway); g.code != NGHTTP2_ENHANCE_YOUR_CALM {
			t.Fatalf("fragment %x: GOAWAY %s", frag, ErrCodeName(g.code))
		}
		e := sink.wait(t, "error")
		var herr *Error
		if !errors.As(e.err, &herr) || herr.NodeCode != ErrCodeFlooded || herr.Msg != "Too many CONTINUATION frames following a HEADER frame" {
			t.Fatalf("session error %#v", e.err)
		}
		sink.wait(t, "sessionClose")
	}
}

// TestContinuationsWithinLimit: a block split over as many CONTINUATION frames as the limit
// allows is accepted, and a large maxHeaderListSize raises the limit with it.
func TestContinuationsWithinLimit(t *testing.T) {
	for _, tc := range []struct {
		listSize uint32
		conts    int
	}{{defaultMaxHeaderListSize, 8}, {1 << 20, 100}} {
		if l := continuationLimit(tc.listSize); l < tc.conts {
			t.Fatalf("limit %d for a list of %d", l, tc.listSize)
		}
		cfg := DefaultConfig(false)
		cfg.Settings.MaxHeaderListSize = tc.listSize
		_, p, sink := serverPair(t, cfg)
		var kv []string
		kv = append(kv, getReq...)
		for i := 0; i < tc.conts; i++ {
			kv = append(kv, "x-h", string(bytes.Repeat([]byte{byte('a' + i%26)}, 100)))
		}
		blk := p.block(kv...)
		step := len(blk)/(tc.conts+1) + 1
		go p.write(func(fr *http2.Framer) error {
			if err := fr.WriteHeaders(http2.HeadersFrameParam{StreamID: 1, BlockFragment: blk[:step], EndStream: true}); err != nil {
				return err
			}
			for rest := blk[step:]; len(rest) > 0; {
				n := min(step, len(rest))
				if err := fr.WriteContinuation(1, n == len(rest), rest[:n]); err != nil {
					return err
				}
				rest = rest[n:]
			}
			return nil
		})
		if h := sink.wait(t, "headers"); len(h.headers) != 4+tc.conts {
			t.Fatalf("%d fields", len(h.headers))
		}
	}
}

// TestHeaderListOverSessionMemory: a header block within maxHeaderListSize but larger than what
// maxSessionMemory leaves refuses the stream with ENHANCE_YOUR_CALM; the session lives on.
func TestHeaderListOverSessionMemory(t *testing.T) {
	cfg := DefaultConfig(false)
	cfg.MaxSessionMemory = 1
	cfg.Settings.MaxHeaderListSize = 4 << 20
	_, p, sink := serverPair(t, cfg)
	kv := append([]string(nil), getReq...)
	for i := 0; i < 64; i++ {
		kv = append(kv, "x-big", string(bytes.Repeat([]byte{byte('a' + i%26)}, 30000)))
	}
	blk := p.block(kv...)
	go p.write(func(fr *http2.Framer) error {
		if err := fr.WriteHeaders(http2.HeadersFrameParam{StreamID: 1, BlockFragment: blk[:16384], EndStream: true}); err != nil {
			return err
		}
		for rest := blk[16384:]; len(rest) > 0; {
			n := min(16384, len(rest))
			if err := fr.WriteContinuation(1, n == len(rest), rest[:n]); err != nil {
				return err
			}
			rest = rest[n:]
		}
		return nil
	})
	if r := p.waitFrame(http2.FrameRSTStream); r.stream != 1 || r.code != NGHTTP2_ENHANCE_YOUR_CALM {
		t.Fatalf("RST_STREAM on %d code %s", r.stream, ErrCodeName(r.code))
	}
	p.headers(3, true, getReq...)
	if h := sink.wait(t, "headers"); h.st.ID() != 3 {
		t.Fatalf("headers on stream %d", h.st.ID())
	}
}

// TestInvalidFramesFlood: frames that only make the server answer with a stream error, or that
// carry nothing (empty DATA without END_STREAM, CVE-2019-9518), are tolerated up to
// MaxInvalidFrames (Node's maxSessionInvalidFrames, 1000); then GOAWAY(ENHANCE_YOUR_CALM) and
// ERR_HTTP2_TOO_MANY_INVALID_FRAMES.
func TestInvalidFramesFlood(t *testing.T) {
	post := []string{":method", "POST", ":scheme", "http", ":path", "/", ":authority", "x"}
	floods := map[string]func(p *peer) error{
		"empty DATA": func(p *peer) error {
			p.headers(1, false, post...)
			var err error
			p.write(func(fr *http2.Framer) error {
				for i := 0; i < 5000 && err == nil; i++ {
					err = fr.WriteData(1, false, nil)
				}
				return err
			})
			return err
		},
		"invalid requests": func(p *peer) error {
			var err error
			for id := uint32(1); id < 5000 && err == nil; id += 2 {
				p.write(func(fr *http2.Framer) error {
					err = fr.WriteHeaders(http2.HeadersFrameParam{StreamID: id, BlockFragment: p.block(append(getReq, "connection", "close")...), EndStream: true, EndHeaders: true})
					return err
				})
			}
			return err
		},
	}
	for name, flood := range floods {
		t.Run(name, func(t *testing.T) {
			cfg := DefaultConfig(false)
			cfg.MaxInvalidFrames = 100
			_, p, sink := serverPair(t, cfg)
			go flood(p)
			if g := p.waitFrame(http2.FrameGoAway); g.code != NGHTTP2_ENHANCE_YOUR_CALM {
				t.Fatalf("GOAWAY %s", ErrCodeName(g.code))
			}
			e := sink.wait(t, "error")
			var herr *Error
			if !errors.As(e.err, &herr) || herr.NodeCode != ErrCodeTooManyInvalidFrames || herr.Msg != "Too many invalid HTTP/2 frames" {
				t.Fatalf("session error %#v", e.err)
			}
		})
	}
	// Below the bound nothing happens.
	cfg := DefaultConfig(false)
	cfg.MaxInvalidFrames = 100
	_, p, _ := serverPair(t, cfg)
	p.headers(1, false, post...)
	p.write(func(fr *http2.Framer) error {
		for i := 0; i < 100; i++ {
			if err := fr.WriteData(1, false, nil); err != nil {
				return err
			}
		}
		return fr.WritePing(false, [8]byte{9})
	})
	if a := p.waitFrame(http2.FramePing); !a.ack {
		t.Fatal("no PING ACK after 100 empty DATA frames")
	}
}

// TestLateDataIsNotInvalid: DATA on closed streams that are not in the ring of our recent resets
// (here streams the peer reset; in real traffic also a burst of more than 64 local cancels) is
// answered with RST_STREAM(STREAM_CLOSED) but does not count towards MaxInvalidFrames.
func TestLateDataIsNotInvalid(t *testing.T) {
	cfg := DefaultConfig(false)
	cfg.MaxInvalidFrames = 10
	_, p, sink := serverPair(t, cfg)
	for id := uint32(1); id <= 41; id += 2 {
		p.headers(id, true, getReq...)
		sink.wait(t, "headers")
	}
	p.write(func(fr *http2.Framer) error {
		for id := uint32(1); id <= 41; id += 2 {
			if err := fr.WriteRSTStream(id, http2.ErrCodeCancel); err != nil {
				return err
			}
		}
		return nil
	})
	p.write(func(fr *http2.Framer) error {
		for id := uint32(1); id <= 41; id += 2 {
			if err := fr.WriteData(id, false, []byte("late")); err != nil {
				return err
			}
		}
		return fr.WritePing(false, [8]byte{3})
	})
	for {
		f := p.waitFrame(http2.FramePing)
		if f.ack {
			break
		}
	}
	for {
		select {
		case e := <-sink.ch:
			if e.kind == "error" || e.kind == "sessionClose" {
				t.Fatalf("session ended: %v", e.err)
			}
			continue
		default:
		}
		break
	}
}

// An advertised SETTINGS_MAX_HEADER_LIST_SIZE below 64 KiB does not lower what a session
// accepts (nghttp2 under Node does not enforce it either): the request arrives whole.
func TestSmallAdvertisedHeaderListLimit(t *testing.T) {
	cfg := DefaultConfig(false)
	cfg.Settings.MaxHeaderListSize = 200
	_, p, sink := serverPair(t, cfg)
	big := string(bytes.Repeat([]byte("v"), 150))
	go p.headers(1, true, append(getReq, "big", big)...)
	e := sink.wait(t, "headers")
	if e.st.ID() != 1 || hget(e.headers, "big") != big {
		t.Fatalf("stream %d, big=%q", e.st.ID(), hget(e.headers, "big"))
	}
}

// halfCloser is a net.Pipe end with a CloseWrite that records its use: a session that hangs up
// politely shuts its write side first and lingers, an abortive one just closes.
type halfCloser struct {
	net.Conn
	mu        sync.Mutex
	halfClose bool
}

func (h *halfCloser) CloseWrite() error {
	h.mu.Lock()
	h.halfClose = true
	h.mu.Unlock()
	return nil
}

func (h *halfCloser) shutWrite() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.halfClose
}

// A flood of invalid frames ends the connection at once, without the lingering read other
// teardowns do (Node destroys the socket right after its GOAWAY, so a peer that keeps writing
// gets a reset within a few frames); a plain connection error still shuts the write side
// first so that its GOAWAY is read. Frames built by hand.
func TestInvalidFramesFloodClosesAtOnce(t *testing.T) {
	frame := func(typ, flags byte, id uint32, payload []byte) []byte {
		h := []byte{byte(len(payload) >> 16), byte(len(payload) >> 8), byte(len(payload)), typ, flags, 0, 0, 0, 0}
		binary.BigEndian.PutUint32(h[5:], id)
		return append(h, payload...)
	}
	start := append([]byte(http2.ClientPreface), frame(0x4, 0, 0, nil)...)
	for _, tc := range []struct {
		name     string
		frames   []byte
		abortive bool
	}{
		// HEADERS END_STREAM|END_HEADERS with ":status: 200" (static index 8): a request with a
		// response pseudo-header, answered with RST_STREAM(PROTOCOL_ERROR), an invalid frame.
		{"flood", func() []byte {
			var b []byte
			for id := uint32(1); id <= 21; id += 2 {
				b = append(b, frame(0x1, 0x5, id, []byte{0x88})...)
			}
			return b
		}(), true},
		{"DATA on stream 0", frame(0x0, 0, 0, []byte("x")), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig(false)
			cfg.MaxInvalidFrames = 5
			c1, c2 := net.Pipe()
			hc := &halfCloser{Conn: c1}
			s := NewServerSession(hc, cfg, newRecSink())
			defer c2.Close()
			go io.Copy(io.Discard, c2)
			go c2.Write(append(append([]byte(nil), start...), tc.frames...))
			select {
			case <-s.Done():
			case <-time.After(5 * time.Second):
				t.Fatal("session did not end")
			}
			if got := hc.shutWrite(); got == tc.abortive {
				t.Fatalf("CloseWrite called: %v, want %v", got, !tc.abortive)
			}
		})
	}
}
