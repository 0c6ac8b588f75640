package bindings

import (
	"net"
	"strconv"
	"sync"
	"testing"

	"golang.org/x/net/http2/hpack"
)

// echoServer is a minimal server built on the engine, usable as a target
// for external peers (h2spec, curl, nghttp, node) from tests:
//
//	srv := startEchoServer(t)
//	// connect to srv.addr with h2c prior knowledge
//
// GET /size/N answers N bytes; any other request echoes its body back.
// It answers every request with a 200 and the trailer-less echo.
type echoServer struct {
	ln       net.Listener
	addr     string
	cfg      Config
	mu       sync.Mutex
	sessions []*Session
	// slowConsume, if set, is called for each DATA chunk instead of an
	// immediate Consumed (to test backpressure).
	slowConsume func(st *Stream, n int)
	maxRecv     int64
}

func startEchoServer(t testing.TB, cfg Config, slowConsume func(st *Stream, n int)) *echoServer {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &echoServer{ln: ln, addr: ln.Addr().String(), cfg: cfg, slowConsume: slowConsume}
	go srv.serve()
	t.Cleanup(srv.close)
	return srv
}

func (srv *echoServer) serve() {
	for {
		c, err := srv.ln.Accept()
		if err != nil {
			return
		}
		sink := &echoSink{srv: srv, bodies: map[*Stream]*echoReq{}}
		s := NewServerSession(c, srv.cfg, sink)
		sink.s = s
		srv.mu.Lock()
		srv.sessions = append(srv.sessions, s)
		srv.mu.Unlock()
	}
}

func (srv *echoServer) close() {
	srv.ln.Close()
	srv.mu.Lock()
	ss := srv.sessions
	srv.mu.Unlock()
	for _, s := range ss {
		s.Destroy(nil, NGHTTP2_NO_ERROR)
		<-s.Done()
	}
}

type echoReq struct {
	path string
	body []byte
}

type echoSink struct {
	NopSink
	srv    *echoServer
	s      *Session
	mu     sync.Mutex
	bodies map[*Stream]*echoReq
}

func (k *echoSink) OnStreamHeaders(st *Stream, h []hpack.HeaderField, info HeadersInfo) {
	k.mu.Lock()
	if info.Category == CategoryRequest {
		k.bodies[st] = &echoReq{path: hget(h, ":path")}
	}
	k.mu.Unlock()
	if info.EndStream {
		k.finish(st)
	}
}

func (k *echoSink) OnStreamData(st *Stream, d []byte, end bool) {
	k.mu.Lock()
	if r := k.bodies[st]; r != nil {
		r.body = append(r.body, d...)
	}
	k.mu.Unlock()
	if rb := st.Session().RecvBuffered(); rb > k.srv.maxRecvLoad() {
		k.srv.setMaxRecv(rb)
	}
	if k.srv.slowConsume != nil {
		k.srv.slowConsume(st, len(d))
	} else {
		st.Consumed(len(d))
	}
	if end {
		k.finish(st)
	}
}

func (srv *echoServer) maxRecvLoad() int64 {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	return srv.maxRecv
}

func (srv *echoServer) setMaxRecv(n int64) {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if n > srv.maxRecv {
		srv.maxRecv = n
	}
}

func (k *echoSink) finish(st *Stream) {
	k.mu.Lock()
	r := k.bodies[st]
	delete(k.bodies, st)
	k.mu.Unlock()
	if r == nil {
		return
	}
	body := r.body
	if len(r.path) > 6 && r.path[:6] == "/size/" {
		n, _ := strconv.Atoi(r.path[6:])
		body = make([]byte, n)
		for i := range body {
			body[i] = byte(i)
		}
	}
	st.Session().Respond(st, hf(":status", "200", "content-length", strconv.Itoa(len(body))), len(body) == 0, false)
	if len(body) > 0 {
		st.Session().WriteData(st, body, true)
	}
}

func (k *echoSink) OnStreamClose(st *Stream, code uint32) {
	k.mu.Lock()
	delete(k.bodies, st)
	k.mu.Unlock()
}
