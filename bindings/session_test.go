package bindings

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
	"time"

	"golang.org/x/net/http2"
)

func TestServerRequestResponse(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	p.headers(1, true, getReq...)
	e := sink.wait(t, "headers")
	if e.info.Category != CategoryRequest || !e.info.EndStream || hget(e.headers, ":path") != "/" {
		t.Fatalf("bad request event %+v", e)
	}
	st := e.st
	if st.State().State != StateHalfClosedRemote {
		t.Fatalf("state = %v", st.State().State)
	}
	if err := s.Respond(st, hf(":status", "200", "content-type", "text/plain"), false, false); err != nil {
		t.Fatal(err)
	}
	if err := s.Respond(st, hf(":status", "200"), false, false); err == nil {
		t.Fatal("second Respond succeeded")
	}
	if err := s.WriteData(st, []byte("hello"), true); err != nil {
		t.Fatal(err)
	}
	h := p.waitFrame(http2.FrameHeaders)
	if hget(h.headers, ":status") != "200" || h.stream != 1 {
		t.Fatalf("bad response %+v", h)
	}
	d := p.waitFrame(http2.FrameData)
	if string(d.payload) != "hello" || !d.flags.Has(http2.FlagDataEndStream) {
		t.Fatalf("bad data %+v", d)
	}
	if w := sink.wait(t, "written"); w.n != 5 {
		t.Fatalf("written %d", w.n)
	}
	if c := sink.wait(t, "close"); c.code != 0 || c.st != st {
		t.Fatalf("close %+v", c)
	}
	if st.State().State != StateClosed {
		t.Fatal("not closed")
	}
	if got := s.State().LastProcStreamID; got != 1 {
		t.Fatalf("lastProcStreamID = %d", got)
	}
}

func TestClientRequestResponse(t *testing.T) {
	s, p, sink := clientPair(t, DefaultConfig(true))
	st, err := s.Request(hf(getReq...), RequestOptions{EndStream: true})
	if err != nil {
		t.Fatal(err)
	}
	if st.ID() != 1 {
		t.Fatalf("id %d", st.ID())
	}
	h := p.waitFrame(http2.FrameHeaders)
	if h.stream != 1 || !h.flags.Has(http2.FlagHeadersEndStream) || hget(h.headers, ":method") != "GET" {
		t.Fatalf("bad request %+v", h)
	}
	p.headers(1, false, ":status", "103", "link", "</a>")
	p.headers(1, false, ":status", "200")
	p.write(func(fr *http2.Framer) error { return fr.WriteData(1, false, []byte("abc")) })
	p.headers(1, true, "grpc-status", "0")
	if e := sink.wait(t, "headers"); e.info.Category != CategoryInformational {
		t.Fatalf("want informational, got %v", e.info.Category)
	}
	if e := sink.wait(t, "headers"); e.info.Category != CategoryResponse || e.info.EndStream {
		t.Fatalf("want response, got %+v", e.info)
	}
	if e := sink.wait(t, "data"); string(e.data) != "abc" {
		t.Fatalf("data %q", e.data)
	}
	if e := sink.wait(t, "headers"); e.info.Category != CategoryTrailers || !e.info.EndStream {
		t.Fatalf("want trailers, got %+v", e.info)
	}
	if e := sink.wait(t, "close"); e.code != 0 {
		t.Fatalf("close code %d", e.code)
	}
	st2, _ := s.Request(hf(getReq...), RequestOptions{EndStream: true})
	if st2.ID() != 3 {
		t.Fatalf("second id %d", st2.ID())
	}
}

func TestOutboundFlowControl(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false), http2.Setting{ID: http2.SettingInitialWindowSize, Val: 10})
	p.headers(1, true, getReq...)
	st := sink.wait(t, "headers").st
	s.Respond(st, hf(":status", "200"), false, false)
	s.WriteData(st, bytes.Repeat([]byte("x"), 25), true)
	p.waitFrame(http2.FrameHeaders)
	d := p.waitFrame(http2.FrameData)
	if len(d.payload) != 10 {
		t.Fatalf("first frame %d bytes", len(d.payload))
	}
	// The engine counts the frame as sent before it writes it.
	if b := st.BufferedAmount(); b != 15 {
		t.Fatalf("buffered %d", b)
	}
	select {
	case f := <-p.frames:
		if f.typ == http2.FrameData {
			t.Fatalf("data sent beyond window")
		}
	case <-time.After(50 * time.Millisecond):
	}
	p.write(func(fr *http2.Framer) error { return fr.WriteWindowUpdate(1, 10) })
	if d := p.waitFrame(http2.FrameData); len(d.payload) != 10 || d.flags.Has(http2.FlagDataEndStream) {
		t.Fatalf("second frame %+v", d)
	}
	p.write(func(fr *http2.Framer) error { return fr.WriteWindowUpdate(1, 100) })
	if d := p.waitFrame(http2.FrameData); len(d.payload) != 5 || !d.flags.Has(http2.FlagDataEndStream) {
		t.Fatalf("last frame %+v", d)
	}
	if st.BufferedAmount() != 0 {
		t.Fatal("still buffered")
	}
	// The chunk is reported written once, whole, after its last frame.
	if w := sink.wait(t, "written"); w.n != 25 {
		t.Fatalf("written %d, want the whole chunk (25)", w.n)
	}
	// The connection window was also consumed: 65535-25.
	if got := s.State().RemoteWindowSize; got != 65535-25 {
		t.Fatalf("remote window %d", got)
	}
}

func TestInboundFlowControlFollowsConsumer(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	sink.autoConsume = false
	p.headers(1, false, ":method", "POST", ":scheme", "http", ":path", "/", ":authority", "x")
	st := sink.wait(t, "headers").st
	chunk := bytes.Repeat([]byte("y"), 16384)
	for i := 0; i < 3; i++ {
		p.write(func(fr *http2.Framer) error { return fr.WriteData(1, false, chunk) })
	}
	for i := 0; i < 3; i++ {
		sink.wait(t, "data")
	}
	select {
	case f := <-p.frames:
		if f.typ == http2.FrameWindowUpdate {
			t.Fatalf("WINDOW_UPDATE before consumption")
		}
	case <-time.After(50 * time.Millisecond):
	}
	if got := s.RecvBuffered(); got != 3*16384 {
		t.Fatalf("recv buffered %d", got)
	}
	st.Consumed(3 * 16384)
	got := map[uint32]uint32{}
	for len(got) < 2 {
		f := p.waitFrame(http2.FrameWindowUpdate)
		got[f.stream] += f.inc
	}
	if got[0] != 3*16384 || got[1] != 3*16384 {
		t.Fatalf("window updates %v", got)
	}
	if st.State().LocalWindowSize != 65535 {
		t.Fatalf("stream window %d", st.State().LocalWindowSize)
	}
}

func TestTrailers(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	p.headers(1, false, ":method", "POST", ":scheme", "http", ":path", "/", ":authority", "x")
	st := sink.wait(t, "headers").st
	p.headers(1, true, "x-trailer", "t")
	e := sink.wait(t, "headers")
	if e.info.Category != CategoryTrailers || hget(e.headers, "x-trailer") != "t" {
		t.Fatalf("trailers event %+v", e)
	}
	if err := s.SendTrailers(st, hf("a", "b")); err == nil {
		t.Fatal("SendTrailers without waitForTrailers succeeded")
	}
	s.Respond(st, hf(":status", "200"), false, true)
	s.WriteData(st, []byte("body"), true)
	sink.wait(t, "wantTrailers")
	if err := s.SendTrailers(st, hf("grpc-status", "0")); err != nil {
		t.Fatal(err)
	}
	p.waitFrame(http2.FrameHeaders)
	d := p.waitFrame(http2.FrameData)
	if d.flags.Has(http2.FlagDataEndStream) {
		t.Fatal("END_STREAM on data despite waitForTrailers")
	}
	tr := p.waitFrame(http2.FrameHeaders)
	if !tr.flags.Has(http2.FlagHeadersEndStream) || hget(tr.headers, "grpc-status") != "0" {
		t.Fatalf("trailers frame %+v", tr)
	}
	sink.wait(t, "close")
}

func TestRSTStreamAndGoaway(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	p.headers(1, false, getReq...)
	st := sink.wait(t, "headers").st
	p.write(func(fr *http2.Framer) error { return fr.WriteRSTStream(1, http2.ErrCodeCancel) })
	if e := sink.wait(t, "reset"); e.code != NGHTTP2_CANCEL || e.st != st {
		t.Fatalf("reset %+v", e)
	}
	if e := sink.wait(t, "close"); e.code != NGHTTP2_CANCEL {
		t.Fatalf("close %+v", e)
	}
	if st.RSTCode() != NGHTTP2_CANCEL {
		t.Fatal("rstCode")
	}
	if err := s.WriteData(st, []byte("x"), false); err == nil {
		t.Fatal("write on closed stream succeeded")
	}
	// Our reset.
	p.headers(3, false, getReq...)
	st3 := sink.wait(t, "headers").st
	s.ResetStream(st3, NGHTTP2_INTERNAL_ERROR)
	if f := p.waitFrame(http2.FrameRSTStream); f.stream != 3 || f.code != NGHTTP2_INTERNAL_ERROR {
		t.Fatalf("rst %+v", f)
	}
	// Late DATA after our reset is ignored, not a connection error.
	p.write(func(fr *http2.Framer) error { return fr.WriteData(3, false, []byte("late")) })
	p.write(func(fr *http2.Framer) error { return fr.WriteGoAway(3, http2.ErrCodeNo, []byte("bye")) })
	if e := sink.wait(t, "goaway"); e.code != 0 || e.id != 3 || string(e.data) != "bye" {
		t.Fatalf("goaway %+v", e)
	}
	s.Goaway(NGHTTP2_NO_ERROR, 0, []byte("dbg"))
	if g := p.waitFrame(http2.FrameGoAway); g.last != 3 || string(g.payload) != "dbg" {
		t.Fatalf("goaway frame %+v", g)
	}
}

func TestPingAndSettings(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	p.write(func(fr *http2.Framer) error { return fr.WritePing(false, [8]byte{1, 2, 3}) })
	if a := p.waitFrame(http2.FramePing); !a.ack || a.pingData != [8]byte{1, 2, 3} {
		t.Fatalf("ping ack %+v", a)
	}
	sink.wait(t, "ping")

	got := make(chan error, 1)
	payload := [8]byte{9}
	if err := s.Ping(payload, func(rtt time.Duration, pl [8]byte, err error) {
		if pl != payload {
			err = errors.New("payload mismatch")
		}
		got <- err
	}); err != nil {
		t.Fatal(err)
	}
	f := p.waitFrame(http2.FramePing)
	if f.ack || f.pingData != payload {
		t.Fatalf("ping %+v", f)
	}
	p.write(func(fr *http2.Framer) error { return fr.WritePing(true, payload) })
	if err := <-got; err != nil {
		t.Fatal(err)
	}

	acked := make(chan error, 1)
	if err := s.Settings([]Setting{{SettingInitialWindowSize, 1000}, {0xf0, 7}}, func(err error) { acked <- err }); err != nil {
		t.Fatal(err)
	}
	if s.PendingSettingsAck() != 1 {
		t.Fatal("pending settings")
	}
	sf := p.waitFrame(http2.FrameSettings)
	if len(sf.settings) != 2 {
		t.Fatalf("settings %+v", sf)
	}
	p.write(func(fr *http2.Framer) error { return fr.WriteSettingsAck() })
	if err := <-acked; err != nil {
		t.Fatal(err)
	}
	ls := s.LocalSettings()
	if ls.InitialWindowSize != 1000 || ls.Custom[0xf0] != 7 {
		t.Fatalf("local settings %+v", ls)
	}
	if err := s.Settings([]Setting{{SettingMaxFrameSize, 10}}, nil); err == nil {
		t.Fatal("invalid setting accepted")
	}
	// Pending SETTINGS limit.
	var lastErr error
	for i := 0; i < 20 && lastErr == nil; i++ {
		lastErr = s.Settings(nil, nil)
	}
	var e *Error
	if !errors.As(lastErr, &e) || e.NodeCode != ErrCodeMaxPendingSettingsAck {
		t.Fatalf("want max pending settings error, got %v", lastErr)
	}
	// Remote settings reported.
	p.write(func(fr *http2.Framer) error {
		return fr.WriteSettings(http2.Setting{ID: http2.SettingMaxConcurrentStreams, Val: 5})
	})
	sink.wait(t, "remoteSettings")
	if s.RemoteSettings().MaxConcurrentStreams != 5 {
		t.Fatal("remote settings not applied")
	}
}

func TestMaxOutstandingPings(t *testing.T) {
	cfg := DefaultConfig(true)
	cfg.MaxOutstandingPings = 2
	s, _, _ := clientPair(t, cfg)
	cancelled := make(chan error, 2)
	cb := func(_ time.Duration, _ [8]byte, err error) { cancelled <- err }
	if s.Ping([8]byte{}, cb) != nil || s.Ping([8]byte{}, cb) != nil {
		t.Fatal("ping failed")
	}
	var e *Error
	if err := s.Ping([8]byte{}, cb); !errors.As(err, &e) || e.NodeCode != ErrCodePingCancel {
		t.Fatalf("third ping: %v", err)
	}
	s.Destroy(nil, NGHTTP2_NO_ERROR)
	for i := 0; i < 2; i++ {
		if err := <-cancelled; !errors.As(err, &e) || e.NodeCode != ErrCodePingCancel {
			t.Fatalf("pending ping got %v", err)
		}
	}
}

func TestPushPromise(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	p.headers(1, true, getReq...)
	st := sink.wait(t, "headers").st
	pr, err := s.Push(st, hf(":method", "GET", ":scheme", "http", ":path", "/style.css", ":authority", "example.com"))
	if err != nil {
		t.Fatal(err)
	}
	if pr.ID() != 2 || pr.State().State != StateReservedLocal {
		t.Fatalf("pushed stream %d %v", pr.ID(), pr.State().State)
	}
	s.Respond(st, hf(":status", "200"), true, false)
	s.Respond(pr, hf(":status", "200"), false, false)
	s.WriteData(pr, []byte("css"), true)
	pp := p.waitFrame(http2.FramePushPromise)
	if pp.stream != 1 || pp.promise != 2 || hget(pp.headers, ":path") != "/style.css" {
		t.Fatalf("push promise %+v", pp)
	}
	if d := p.waitFrame(http2.FrameData); d.stream != 2 || string(d.payload) != "css" {
		t.Fatalf("pushed data %+v", d)
	}
	if _, err := s.Push(pr, hf(getReq...)); err == nil {
		t.Fatal("nested push accepted")
	}
}

func TestPushDisabledByPeer(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false), http2.Setting{ID: http2.SettingEnablePush, Val: 0})
	p.headers(1, true, getReq...)
	st := sink.wait(t, "headers").st
	var e *Error
	if _, err := s.Push(st, hf(getReq...)); !errors.As(err, &e) || e.NodeCode != ErrCodePushDisabled {
		t.Fatalf("push with push disabled: %v", err)
	}
}

func TestClientReceivesPush(t *testing.T) {
	s, p, sink := clientPair(t, DefaultConfig(true))
	st, _ := s.Request(hf(getReq...), RequestOptions{EndStream: true})
	p.waitFrame(http2.FrameHeaders)
	p.write(func(fr *http2.Framer) error {
		return fr.WritePushPromise(http2.PushPromiseParam{StreamID: 1, PromiseID: 2, EndHeaders: true,
			BlockFragment: p.block(":method", "GET", ":scheme", "http", ":path", "/pushed", ":authority", "x")})
	})
	e := sink.wait(t, "push")
	if e.st != st || e.other.ID() != 2 || hget(e.headers, ":path") != "/pushed" {
		t.Fatalf("push event %+v", e)
	}
	p.headers(2, false, ":status", "200")
	p.write(func(fr *http2.Framer) error { return fr.WriteData(2, true, []byte("p")) })
	if h := sink.wait(t, "headers"); h.info.Category != CategoryPushResponse || h.st.ID() != 2 {
		t.Fatalf("push response %+v", h)
	}
	if d := sink.wait(t, "data"); string(d.data) != "p" || !d.end {
		t.Fatalf("push data %+v", d)
	}
}

func TestAltsvcOrigin(t *testing.T) {
	cfg := DefaultConfig(false)
	s, p, sink := serverPair(t, cfg)
	p.headers(1, false, getReq...)
	sink.wait(t, "headers")
	if err := s.Altsvc(0, "https://example.com", `h2="alt.example.com:443"`); err != nil {
		t.Fatal(err)
	}
	if err := s.Altsvc(1, "", `h2=":8000"`); err != nil {
		t.Fatal(err)
	}
	if err := s.Altsvc(0, "", "x"); err == nil {
		t.Fatal("altsvc without origin on stream 0 accepted")
	}
	if err := s.Origin([]string{"https://a.example"}); err == nil {
		t.Fatal("ORIGIN accepted without TLS")
	}
	a := p.waitFrame(frameAltsvc)
	olen := binary.BigEndian.Uint16(a.payload)
	if a.stream != 0 || string(a.payload[2:2+olen]) != "https://example.com" || string(a.payload[2+olen:]) != `h2="alt.example.com:443"` {
		t.Fatalf("altsvc %+v", a)
	}
	if a := p.waitFrame(frameAltsvc); a.stream != 1 {
		t.Fatalf("altsvc 2 %+v", a)
	}

	cfg.TLS = true
	s2, p2, sink2 := serverPair(t, cfg)
	_ = sink2
	if err := s2.Origin([]string{"https://a.example", "https://b.example"}); err != nil {
		t.Fatal(err)
	}
	o := p2.waitFrame(frameOrigin)
	want := []byte{0, 17}
	want = append(want, "https://a.example"...)
	want = append(want, 0, 17)
	want = append(want, "https://b.example"...)
	if !bytes.Equal(o.payload, want) {
		t.Fatalf("origin payload %q", o.payload)
	}
}

func TestClientParsesAltsvcOrigin(t *testing.T) {
	_, p, sink := clientPair(t, DefaultConfig(true))
	alt := append([]byte{0, 3}, "a.b"...)
	alt = append(alt, `h2=":443"`...)
	p.write(func(fr *http2.Framer) error { return fr.WriteRawFrame(frameAltsvc, 0, 0, alt) })
	// Invalid (stream 0, no origin) is ignored.
	p.write(func(fr *http2.Framer) error { return fr.WriteRawFrame(frameAltsvc, 0, 0, []byte{0, 0, 'x'}) })
	orig := append([]byte{0, 5}, "https"...)
	orig = append(orig, 0, 3)
	orig = append(orig, "h:1"...)
	p.write(func(fr *http2.Framer) error { return fr.WriteRawFrame(frameOrigin, 0, 0, orig) })
	e := sink.wait(t, "altsvc")
	if e.id != 0 || e.str[0] != "a.b" || e.str[1] != `h2=":443"` {
		t.Fatalf("altsvc event %+v", e)
	}
	o := sink.wait(t, "origin")
	if len(o.str) != 2 || o.str[0] != "https" || o.str[1] != "h:1" {
		t.Fatalf("origin event %+v", o)
	}
}

func TestGracefulClose(t *testing.T) {
	s, p, sink := serverPair(t, DefaultConfig(false))
	p.headers(1, true, getReq...)
	st := sink.wait(t, "headers").st
	s.Close()
	g := p.waitFrame(http2.FrameGoAway)
	if g.code != 0 || g.last != 1 {
		t.Fatalf("goaway %+v", g)
	}
	// New streams are refused after GOAWAY; the open one still finishes.
	p.headers(3, true, getReq...)
	s.Respond(st, hf(":status", "204"), true, false)
	if h := p.waitFrame(http2.FrameHeaders); h.stream != 1 {
		t.Fatalf("response %+v", h)
	}
	p.waitClosed()
	sink.wait(t, "sessionClose")
}

func TestRequestOptionsAndState(t *testing.T) {
	s, p, _ := clientPair(t, DefaultConfig(true))
	st, err := s.Request(hf(getReq...), RequestOptions{HasPriority: true, Weight: 42, Exclusive: true})
	if err != nil {
		t.Fatal(err)
	}
	h := p.waitFrame(http2.FrameHeaders)
	if !h.flags.Has(http2.FlagHeadersPriority) {
		t.Fatal("no priority flag")
	}
	ss := st.State()
	if ss.Weight != 42 || ss.State != StateOpen || ss.LocalClose {
		t.Fatalf("stream state %+v", ss)
	}
	if err := s.Priority(st, 0, 100, false); err != nil {
		t.Fatal(err)
	}
	p.waitFrame(http2.FramePriority)
	if err := s.SetLocalWindowSize(1 << 20); err != nil {
		t.Fatal(err)
	}
	w := p.waitFrame(http2.FrameWindowUpdate)
	if w.stream != 0 || w.inc != 1<<20-65535 {
		t.Fatalf("window update %+v", w)
	}
	if ls := s.State(); ls.LocalWindowSize != 1<<20 || ls.NextStreamID != 3 {
		t.Fatalf("session state %+v", ls)
	}
	if _, err := s.Request(hf(":path", "/"), RequestOptions{}); err == nil {
		t.Fatal("request without :method accepted")
	}
	if _, err := s.Request(hf(":method", "GET", ":path", "/", "connection", "close"), RequestOptions{}); err == nil {
		t.Fatal("connection header accepted")
	}
	// Reset before HEADERS leave: nothing goes out for it.
	s.ResetStream(st, NGHTTP2_CANCEL)
	if f := p.waitFrame(http2.FrameRSTStream); f.stream != 1 {
		t.Fatalf("rst %+v", f)
	}
}

// TestServerConcurrencyCountsClosedStreams: streams that complete
// normally leave the open-stream count, so a server with
// MAX_CONCURRENT_STREAMS 2 serves any number of sequential requests
// (they used to stay counted and later requests were REFUSED_STREAM).
func TestServerConcurrencyCountsClosedStreams(t *testing.T) {
	cfg := DefaultConfig(false)
	cfg.Settings.MaxConcurrentStreams = 2
	s, p, sink := serverPair(t, cfg)
	for i := uint32(0); i < 6; i++ {
		id := 1 + 2*i
		p.headers(id, true, getReq...)
		e := sink.wait(t, "headers")
		if e.st.ID() != id {
			t.Fatalf("request %d: got stream %d", id, e.st.ID())
		}
		if err := s.Respond(e.st, hf(":status", "204"), true, false); err != nil {
			t.Fatal(err)
		}
		if h := p.waitFrame(http2.FrameHeaders); h.stream != id {
			t.Fatalf("response on %d, want %d", h.stream, id)
		}
		if c := sink.wait(t, "close"); c.code != 0 {
			t.Fatalf("stream %d closed with %d", id, c.code)
		}
	}
}

// TestClientConcurrencyCountsClosedStreams: the client side of the same
// bookkeeping: against a peer allowing one stream at a time, each
// request goes out once the previous one completed.
func TestClientConcurrencyCountsClosedStreams(t *testing.T) {
	s, p, sink := clientPair(t, DefaultConfig(true), http2.Setting{ID: http2.SettingMaxConcurrentStreams, Val: 1})
	for i := 0; i < 4; i++ {
		st, err := s.Request(hf(getReq...), RequestOptions{EndStream: true})
		if err != nil {
			t.Fatal(err)
		}
		h := p.waitFrame(http2.FrameHeaders)
		if h.stream != st.ID() {
			t.Fatalf("HEADERS on %d, want %d", h.stream, st.ID())
		}
		p.write(func(fr *http2.Framer) error {
			return fr.WriteHeaders(http2.HeadersFrameParam{StreamID: h.stream, BlockFragment: p.block(":status", "200"), EndHeaders: true, EndStream: true})
		})
		if c := sink.wait(t, "close"); c.code != 0 || c.st != st {
			t.Fatalf("close %+v", c)
		}
	}
}

// The assumed peer limit (Config.PeerMaxConcurrentStreams) lasts until the peer's first SETTINGS:
// one without MAX_CONCURRENT_STREAMS leaves it unlimited, as RFC 9113 and nghttp2 say; a later
// SETTINGS without it keeps what the peer set before.
func TestPeerMaxConcurrentStreamsUntilFirstSettings(t *testing.T) {
	for _, tc := range []struct {
		name  string
		first []http2.Setting
		want  uint32
	}{
		{"no limit advertised", nil, unlimitedStreams},
		{"limit advertised", []http2.Setting{{ID: http2.SettingMaxConcurrentStreams, Val: 7}}, 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig(true)
			cfg.PeerMaxConcurrentStreams = 3
			s, p, sink := clientPair(t, cfg, tc.first...)
			if got := s.RemoteSettings().MaxConcurrentStreams; got != tc.want {
				t.Fatalf("after the first SETTINGS: %d, want %d", got, tc.want)
			}
			p.write(func(fr *http2.Framer) error {
				return fr.WriteSettings(http2.Setting{ID: http2.SettingInitialWindowSize, Val: 1000})
			})
			sink.wait(t, "remoteSettings")
			if got := s.RemoteSettings().MaxConcurrentStreams; got != tc.want {
				t.Fatalf("after a later SETTINGS: %d, want %d", got, tc.want)
			}
		})
	}
}

// SetNextStreamID follows nghttp2_session_set_next_stream_id: it takes an ID of this side's
// parity that is not below the next one and at most 2^31-1; the stream after 2^31-1 is out of IDs.
func TestSetNextStreamID(t *testing.T) {
	s, _, _ := clientPair(t, Config{})
	for _, bad := range []uint32{0, 4, 1 << 31, 1<<32 - 1} {
		if s.SetNextStreamID(bad) {
			t.Errorf("SetNextStreamID(%d) was taken", bad)
		}
	}
	if !s.SetNextStreamID(9) || s.State().NextStreamID != 9 {
		t.Fatalf("SetNextStreamID(9): next is %d", s.State().NextStreamID)
	}
	if s.SetNextStreamID(7) {
		t.Error("SetNextStreamID went back to 7")
	}
	if !s.SetNextStreamID(maxWindow) {
		t.Fatal("SetNextStreamID(2^31-1) refused")
	}
	st, err := s.Request(hf(getReq...), RequestOptions{})
	if err != nil || st.ID() != maxWindow {
		t.Fatalf("last request: %v %v", st, err)
	}
	var e *Error
	if _, err := s.Request(hf(getReq...), RequestOptions{}); !errors.As(err, &e) || e.NodeCode != ErrCodeOutOfStreams {
		t.Fatalf("request after the last ID: %v", err)
	}
	srv, _, _ := serverPair(t, Config{})
	if srv.SetNextStreamID(9) || !srv.SetNextStreamID(10) || srv.State().NextStreamID != 10 {
		t.Errorf("server: next is %d", srv.State().NextStreamID)
	}
}
