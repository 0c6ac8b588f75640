package bindings

import (
	"bytes"
	"net"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// event is one recorded sink call.
type event struct {
	kind    string
	st      *Stream
	other   *Stream
	headers []hpack.HeaderField
	info    HeadersInfo
	data    []byte
	end     bool
	code    uint32
	id      uint32
	str     []string
	err     error
	n       int
}

// recSink records events on a channel; autoConsume returns flow-control
// credit immediately.
type recSink struct {
	ch          chan event
	autoConsume bool
	onHeaders   func(st *Stream, h []hpack.HeaderField, info HeadersInfo)
	mu          sync.Mutex
}

func newRecSink() *recSink { return &recSink{ch: make(chan event, 100000), autoConsume: true} }

func (r *recSink) put(e event) { r.ch <- e }

func (r *recSink) OnRemoteSettings(s Settings)   { r.put(event{kind: "remoteSettings"}) }
func (r *recSink) OnLocalSettingsAck(s Settings) { r.put(event{kind: "localSettings"}) }
func (r *recSink) OnPing(p [8]byte)              { r.put(event{kind: "ping", data: p[:]}) }
func (r *recSink) OnGoaway(code, last uint32, opaque []byte) {
	r.put(event{kind: "goaway", code: code, id: last, data: opaque})
}
func (r *recSink) OnAltsvc(id uint32, origin, value string) {
	r.put(event{kind: "altsvc", id: id, str: []string{origin, value}})
}
func (r *recSink) OnOrigin(o []string) { r.put(event{kind: "origin", str: o}) }
func (r *recSink) OnFrameError(t uint8, code, id uint32) {
	r.put(event{kind: "frameError", code: code, id: id})
}
func (r *recSink) OnStreamHeaders(st *Stream, h []hpack.HeaderField, info HeadersInfo) {
	if r.onHeaders != nil {
		r.onHeaders(st, h, info)
	}
	r.put(event{kind: "headers", st: st, headers: h, info: info, end: info.EndStream})
}
func (r *recSink) OnStreamData(st *Stream, d []byte, end bool) {
	if r.autoConsume {
		st.Consumed(len(d))
	}
	r.put(event{kind: "data", st: st, data: d, end: end})
}
func (r *recSink) OnStreamPush(parent, pr *Stream, h []hpack.HeaderField) {
	r.put(event{kind: "push", st: parent, other: pr, headers: h})
}
func (r *recSink) OnStreamReset(st *Stream, code uint32) {
	r.put(event{kind: "reset", st: st, code: code})
}
func (r *recSink) OnStreamWantTrailers(st *Stream)   { r.put(event{kind: "wantTrailers", st: st}) }
func (r *recSink) OnStreamWritten(st *Stream, n int) { r.put(event{kind: "written", st: st, n: n}) }
func (r *recSink) OnStreamClose(st *Stream, code uint32) {
	r.put(event{kind: "close", st: st, code: code})
}
func (r *recSink) OnError(err error) { r.put(event{kind: "error", err: err}) }
func (r *recSink) OnClose()          { r.put(event{kind: "sessionClose"}) }

// wait returns the next event of kind, skipping others.
func (r *recSink) wait(t *testing.T, kind string) event {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case e := <-r.ch:
			if e.kind == kind {
				return e
			}
		case <-timeout:
			t.Fatalf("timeout waiting for event %q", kind)
		}
	}
}

// rframe is a frame read by the test peer, copied out of the framer.
type rframe struct {
	typ      http2.FrameType
	flags    http2.Flags
	stream   uint32
	payload  []byte
	headers  []hpack.HeaderField
	code     uint32
	last     uint32
	inc      uint32
	promise  uint32
	ack      bool
	pingData [8]byte
	settings []http2.Setting
}

// peer is a hand-driven HTTP/2 endpoint built on a raw Framer.
type peer struct {
	t      *testing.T
	conn   net.Conn
	fr     *http2.Framer
	frames chan rframe
	encBuf bytes.Buffer
	enc    *hpack.Encoder
	wmu    sync.Mutex
}

func newPeer(t *testing.T, conn net.Conn) *peer {
	p := &peer{t: t, conn: conn, frames: make(chan rframe, 100000)}
	p.fr = http2.NewFramer(conn, nil)
	p.fr.AllowIllegalWrites = true
	p.enc = hpack.NewEncoder(&p.encBuf)
	go p.readLoop()
	return p
}

func (p *peer) readLoop() {
	defer close(p.frames)
	fr := http2.NewFramer(nil, p.conn)
	fr.SetMaxReadFrameSize(1<<24 - 1)
	dec := hpack.NewDecoder(4096, nil)
	fr.ReadMetaHeaders = dec
	for {
		f, err := fr.ReadFrame()
		if err != nil {
			if _, ok := err.(http2.StreamError); ok {
				continue
			}
			return
		}
		h := f.Header()
		rf := rframe{typ: h.Type, flags: h.Flags, stream: h.StreamID}
		switch f := f.(type) {
		case *http2.MetaHeadersFrame:
			rf.headers = append([]hpack.HeaderField(nil), f.Fields...)
		case *http2.DataFrame:
			rf.payload = bytes.Clone(f.Data())
		case *http2.RSTStreamFrame:
			rf.code = uint32(f.ErrCode)
		case *http2.GoAwayFrame:
			rf.code = uint32(f.ErrCode)
			rf.last = f.LastStreamID
			rf.payload = bytes.Clone(f.DebugData())
		case *http2.WindowUpdateFrame:
			rf.inc = f.Increment
		case *http2.PingFrame:
			rf.ack = f.IsAck()
			rf.pingData = f.Data
		case *http2.SettingsFrame:
			rf.ack = f.IsAck()
			f.ForeachSetting(func(s http2.Setting) error { rf.settings = append(rf.settings, s); return nil })
		case *http2.PushPromiseFrame:
			rf.promise = f.PromiseID
			hs, _ := dec.DecodeFull(f.HeaderBlockFragment())
			rf.headers = hs
		case *http2.UnknownFrame:
			rf.payload = bytes.Clone(f.Payload())
		}
		p.frames <- rf
	}
}

// waitFrame returns the next frame of type typ, skipping others.
func (p *peer) waitFrame(typ http2.FrameType) rframe {
	p.t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case f, ok := <-p.frames:
			if !ok {
				p.t.Fatalf("connection closed waiting for %v", typ)
			}
			if f.typ == typ {
				return f
			}
		case <-timeout:
			p.t.Fatalf("timeout waiting for %v", typ)
		}
	}
}

// waitClosed waits until the connection is closed, returning frames seen.
func (p *peer) waitClosed() []rframe {
	p.t.Helper()
	var seen []rframe
	timeout := time.After(5 * time.Second)
	for {
		select {
		case f, ok := <-p.frames:
			if !ok {
				return seen
			}
			seen = append(seen, f)
		case <-timeout:
			p.t.Fatalf("timeout waiting for close")
		}
	}
}

func (p *peer) block(fields ...string) []byte {
	p.encBuf.Reset()
	for i := 0; i+1 < len(fields); i += 2 {
		p.enc.WriteField(hpack.HeaderField{Name: fields[i], Value: fields[i+1]})
	}
	return bytes.Clone(p.encBuf.Bytes())
}

func (p *peer) headers(id uint32, end bool, fields ...string) {
	p.wmu.Lock()
	defer p.wmu.Unlock()
	p.fr.WriteHeaders(http2.HeadersFrameParam{StreamID: id, BlockFragment: p.block(fields...), EndStream: end, EndHeaders: true})
}

func (p *peer) write(fn func(fr *http2.Framer) error) {
	p.wmu.Lock()
	defer p.wmu.Unlock()
	fn(p.fr)
}

var getReq = []string{":method", "GET", ":scheme", "http", ":path", "/", ":authority", "example.com"}

func hf(kv ...string) []hpack.HeaderField {
	var out []hpack.HeaderField
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, hpack.HeaderField{Name: kv[i], Value: kv[i+1]})
	}
	return out
}

func hget(h []hpack.HeaderField, name string) string {
	for _, f := range h {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}

// serverPair starts a server Session and a raw client peer that already
// exchanged prefaces and SETTINGS.
func serverPair(t *testing.T, cfg Config, peerSettings ...http2.Setting) (*Session, *peer, *recSink) {
	t.Helper()
	c1, c2 := net.Pipe()
	return serverOver(t, c1, c2, cfg, peerSettings...)
}

// serverOver is serverPair over a given connection: the Session on c1, the peer on c2.
func serverOver(t *testing.T, c1, c2 net.Conn, cfg Config, peerSettings ...http2.Setting) (*Session, *peer, *recSink) {
	t.Helper()
	sink := newRecSink()
	s := NewServerSession(c1, cfg, sink)
	p := newPeer(t, c2)
	p.write(func(fr *http2.Framer) error {
		c2.Write([]byte(http2.ClientPreface))
		return fr.WriteSettings(peerSettings...)
	})
	p.waitFrame(http2.FrameSettings)
	p.write(func(fr *http2.Framer) error { return fr.WriteSettingsAck() })
	sink.wait(t, "remoteSettings")
	sink.wait(t, "localSettings")
	t.Cleanup(func() {
		c2.Close()
		select {
		case <-s.Done():
		case <-time.After(5 * time.Second):
			t.Errorf("session did not finish")
		}
	})
	return s, p, sink
}

// clientPair starts a client Session against a raw server peer.
func clientPair(t *testing.T, cfg Config, peerSettings ...http2.Setting) (*Session, *peer, *recSink) {
	t.Helper()
	c1, c2 := net.Pipe()
	sink := newRecSink()
	s := NewClientSession(c1, cfg, sink)
	buf := make([]byte, len(http2.ClientPreface))
	if _, err := readFull(c2, buf); err != nil || string(buf) != http2.ClientPreface {
		t.Fatalf("bad preface %q %v", buf, err)
	}
	p := newPeer(t, c2)
	p.write(func(fr *http2.Framer) error { return fr.WriteSettings(peerSettings...) })
	p.waitFrame(http2.FrameSettings)
	p.write(func(fr *http2.Framer) error { return fr.WriteSettingsAck() })
	sink.wait(t, "remoteSettings")
	sink.wait(t, "localSettings")
	t.Cleanup(func() {
		c2.Close()
		select {
		case <-s.Done():
		case <-time.After(5 * time.Second):
			t.Errorf("session did not finish")
		}
	})
	return s, p, sink
}

func readFull(c net.Conn, b []byte) (int, error) {
	n := 0
	for n < len(b) {
		m, err := c.Read(b[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
