package engine

import (
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/goja-node/http2/bindings"
	"golang.org/x/net/http2/hpack"
)

// testClient drives a client Session of the engine for the tests: it sends
// requests (bodies streamed from an io.Reader under flow control) and
// collects responses, optionally through a custom consumer.
type testClient struct {
	t    testing.TB
	s    *bindings.Session
	mu   sync.Mutex
	reqs map[*bindings.Stream]*clientReq
	// maxRecv is the highest session RecvBuffered seen on DATA.
	maxRecv int64
	// Session-level events received, in order: "altsvc <id> <origin> <value>",
	// "origin <o1> <o2>...", "push <path>", "goaway <code>".
	events []string
}

// Events returns the session-level events seen so far.
func (k *testClient) Events() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	return append([]string(nil), k.events...)
}

func (k *testClient) event(e string) {
	k.mu.Lock()
	k.events = append(k.events, e)
	k.mu.Unlock()
}

// clientReq is one request and its response.
type clientReq struct {
	src     io.Reader // request body, streamed; nil for none
	queued  int64     // body bytes queued, not yet reported written
	srcDone bool
	feeding bool // a feed call is reading and writing body chunks

	// onData, when set, receives DATA instead of the body buffer and must
	// call st.Consumed itself.
	onData func(st *bindings.Stream, d []byte, end bool)

	Status   int
	Headers  []hpack.HeaderField
	Trailers []hpack.HeaderField
	Body     bytes.Buffer
	Code     uint32 // RST code the stream closed with
	Err      error
	done     chan struct{}
}

// Wait waits for the stream to close.
func (r *clientReq) Wait(t testing.TB, d time.Duration) {
	t.Helper()
	select {
	case <-r.done:
	case <-time.After(d):
		t.Fatalf("request timed out after %v", d)
	}
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.Code != bindings.NGHTTP2_NO_ERROR {
		t.Fatalf("stream closed with %s", bindings.ErrCodeName(r.Code))
	}
}

// dialClient connects to addr (TLS with ALPN h2 if useTLS) and starts a
// client session.
func dialClient(t testing.TB, addr string, useTLS bool, cfg bindings.Config) *testClient {
	t.Helper()
	var c net.Conn
	var err error
	if useTLS {
		c, err = tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"h2"}})
		if err == nil && c.(*tls.Conn).ConnectionState().NegotiatedProtocol != "h2" {
			err = errors.New("ALPN did not select h2")
		}
	} else {
		c, err = net.Dial("tcp", addr)
	}
	if err != nil {
		t.Fatal(err)
	}
	cfg.TLS = useTLS
	k := &testClient{t: t, reqs: map[*bindings.Stream]*clientReq{}}
	k.s = bindings.NewClientSession(c, cfg, (*clientSink)(k))
	t.Cleanup(func() {
		k.s.Destroy(nil, bindings.NGHTTP2_NO_ERROR)
		select {
		case <-k.s.Done():
		case <-time.After(5 * time.Second):
			t.Errorf("client session did not close")
		}
	})
	return k
}

// Do starts a request. authority is the :authority value.
func (k *testClient) Do(method, scheme, authority, path string, body io.Reader, extra ...string) *clientReq {
	r := &clientReq{src: body, done: make(chan struct{})}
	return k.start(r, method, scheme, authority, path, extra...)
}

func (k *testClient) start(r *clientReq, method, scheme, authority, path string, extra ...string) *clientReq {
	h := hdr(":method", method, ":scheme", scheme, ":authority", authority, ":path", path)
	h = append(h, hdr(extra...)...)
	if r.done == nil {
		r.done = make(chan struct{})
	}
	// Registering under k.mu, which every event takes first, orders the
	// registration before any event of the stream.
	k.mu.Lock()
	st, err := k.s.Request(h, bindings.RequestOptions{EndStream: r.src == nil})
	if err != nil {
		k.mu.Unlock()
		r.Err = err
		close(r.done)
		return r
	}
	k.reqs[st] = r
	k.mu.Unlock()
	if r.src != nil {
		k.feed(st, r, 0)
	}
	return r
}

const clientQueueMax = 256 << 10

// feed queues more request body; written is what was just written. It runs
// from the caller of start and from OnStreamWritten on the engine's goroutine,
// so one call at a time reads and writes (the feeding flag): chunks read by one
// call and written by another would otherwise reach the engine out of order.
func (k *testClient) feed(st *bindings.Stream, r *clientReq, written int) {
	k.mu.Lock()
	r.queued -= int64(written)
	if r.feeding {
		k.mu.Unlock()
		return
	}
	r.feeding = true
	for !r.srcDone && r.queued < clientQueueMax {
		var chunks [][]byte
		end := false
		for !end && r.queued < clientQueueMax {
			buf := make([]byte, 32<<10)
			n, err := io.ReadFull(r.src, buf)
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				end = true
			} else if err != nil {
				r.Err = err
				end = true
			}
			chunks = append(chunks, buf[:n])
			r.queued += int64(n)
		}
		r.srcDone = end
		k.mu.Unlock()
		for i, c := range chunks {
			if err := k.s.WriteData(st, c, end && i == len(chunks)-1); err != nil {
				k.mu.Lock()
				r.feeding = false
				k.mu.Unlock()
				return
			}
		}
		k.mu.Lock()
	}
	r.feeding = false
	k.mu.Unlock()
}

func (k *testClient) get(st *bindings.Stream) *clientReq {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.reqs[st]
}

// MaxRecvBuffered is the highest RecvBuffered seen.
func (k *testClient) MaxRecvBuffered() int64 {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.maxRecv
}

// clientSink is testClient's SessionSink.
type clientSink testClient

func (c *clientSink) OnRemoteSettings(bindings.Settings)   {}
func (c *clientSink) OnLocalSettingsAck(bindings.Settings) {}
func (c *clientSink) OnPing([8]byte)                       {}
func (c *clientSink) OnFrameError(uint8, uint32, uint32)   {}
func (c *clientSink) OnGoaway(code, _ uint32, _ []byte) {
	(*testClient)(c).event(fmt.Sprintf("goaway %d", code))
}
func (c *clientSink) OnAltsvc(id uint32, origin, value string) {
	(*testClient)(c).event(fmt.Sprintf("altsvc %d %s %s", id, origin, value))
}
func (c *clientSink) OnOrigin(origins []string) {
	(*testClient)(c).event(fmt.Sprint("origin ", origins))
}

// OnStreamPush refuses every pushed stream.
func (c *clientSink) OnStreamPush(_, pr *bindings.Stream, h []hpack.HeaderField) {
	(*testClient)(c).event("push " + hget(h, ":path"))
	pr.Session().ResetStream(pr, bindings.NGHTTP2_REFUSED_STREAM)
}
func (c *clientSink) OnStreamReset(*bindings.Stream, uint32) {}
func (c *clientSink) OnStreamWantTrailers(*bindings.Stream)  {}
func (c *clientSink) OnError(error)                          {}
func (c *clientSink) OnClose()                               {}

func (c *clientSink) OnStreamHeaders(st *bindings.Stream, h []hpack.HeaderField, info bindings.HeadersInfo) {
	k := (*testClient)(c)
	r := k.get(st)
	if r == nil {
		return
	}
	if info.Category == bindings.CategoryTrailers {
		k.mu.Lock()
		r.Trailers = h
		k.mu.Unlock()
		return
	}
	if info.Category != bindings.CategoryResponse {
		return
	}
	k.mu.Lock()
	r.Status, _ = strconv.Atoi(hget(h, ":status"))
	r.Headers = h
	k.mu.Unlock()
}

func (c *clientSink) OnStreamData(st *bindings.Stream, d []byte, end bool) {
	k := (*testClient)(c)
	rb := st.Session().RecvBuffered()
	k.mu.Lock()
	k.maxRecv = max(k.maxRecv, rb)
	r := k.reqs[st]
	k.mu.Unlock()
	if r != nil && r.onData != nil {
		r.onData(st, d, end)
		return
	}
	if r != nil {
		r.Body.Write(d)
	}
	st.Consumed(len(d))
}

func (c *clientSink) OnStreamWritten(st *bindings.Stream, n int) {
	k := (*testClient)(c)
	if r := k.get(st); r != nil && r.src != nil {
		k.feed(st, r, n)
	}
}

func (c *clientSink) OnStreamClose(st *bindings.Stream, code uint32) {
	k := (*testClient)(c)
	k.mu.Lock()
	r := k.reqs[st]
	delete(k.reqs, st)
	k.mu.Unlock()
	if r != nil {
		r.Code = code
		close(r.done)
	}
}

// checkPattern verifies that b is bytes [off, off+len(b)) of the
// generated-body pattern (byte i is byte(i)).
func checkPattern(b []byte, off int64) error {
	for i, c := range b {
		if c != byte(off+int64(i)) {
			return fmt.Errorf("byte %d is %d, want %d", off+int64(i), c, byte(off+int64(i)))
		}
	}
	return nil
}

// patternReader produces n bytes of the generated-body pattern without
// holding them.
type patternReader struct{ off, n int64 }

func (p *patternReader) Read(b []byte) (int, error) {
	if p.off >= p.n {
		return 0, io.EOF
	}
	m := int(min(int64(len(b)), p.n-p.off))
	for i := 0; i < m; i++ {
		b[i] = byte(p.off + int64(i))
	}
	p.off += int64(m)
	return m, nil
}
