package jsapi

// HTTP/1.1 on an Http2SecureServer's TLS port (Node's allowHTTP1), and the 'unknownProtocol'
// path for TLS connections that negotiated no protocol the server speaks.
//
// A connection that did not negotiate h2 is handed over here by the handshake goroutine. With
// allowHTTP1 it is served by Go's net/http: one http.Server per Http2SecureServer serves each
// handed-over *tls.Conn; its handler posts every request to the loop (JS onRequest builds the
// Node-shaped request/response pair and answers with a target object), then streams the body both
// ways: request data goes to JS one chunk at a time as JS asks for more (resume), response
// operations queued by JS (head, write, end, destroy) are carried out by the handler goroutine,
// which reports each completed write back to JS. Without allowHTTP1, JS gets 'unknownProtocol'
// with a small socket object (end/destroy) and a 'close' once the connection is gone.

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
)

type http1 struct {
	s              *server
	allow          bool
	onRequest      goja.Value
	onUnknown      goja.Value
	onConnClose    goja.Value
	unknownTimeout goja.Value
	hs             *http.Server
	conns          sync.Map // net.Conn -> connection id (int64), for one JS socket per connection
	nextConn       atomic.Int64

	shutdownOnce sync.Once
}

type connCtxKey struct{}

// installHTTP1 adds setFallback(allowHTTP1, onRequest, onUnknownProtocol, unknownProtocolTimeout,
// onConnClose) to a server handle; the JS layer calls it for secure servers before listen().
// onConnClose(id) tells JS that the HTTP/1 connection whose requests carried socket.connId = id
// is gone.
func (s *server) installHTTP1(o *goja.Object) {
	o.Set("setFallback", func(allow bool, onRequest, onUnknown, timeout, onConnClose goja.Value) {
		h := &http1{s: s, allow: allow, onRequest: onRequest, onUnknown: onUnknown, unknownTimeout: timeout,
			onConnClose: onConnClose}
		if s.tls != nil {
			s.tls.GetConfigForClient = alpnGate(s.tls, allow)
		}
		if allow && s.tls != nil {
			s.tls.NextProtos = []string{"h2", "http/1.1"}
			h.hs = &http.Server{
				Handler:  h,
				ErrorLog: log.New(io.Discard, "", 0),
				ConnContext: func(ctx context.Context, c net.Conn) context.Context {
					return context.WithValue(ctx, connCtxKey{}, c)
				},
				ConnState: h.connState,
			}
			hs := h.hs
			s.b.host.OnClose(func() { hs.Close() })
		}
		s.h1 = h
	})
}

// alpnGate makes ALPN behave as OpenSSL does in Node: a client that offers protocols, none of which
// the server speaks, fails the handshake with a no_application_protocol alert (Go would otherwise
// let an http/1.1-only client through to an h2-only server). A client that offers none gets through
// and meets 'unknownProtocol' (or HTTP/1.1 with allowHTTP1).
func alpnGate(base *tls.Config, allow bool) func(*tls.ClientHelloInfo) (*tls.Config, error) {
	return func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
		if len(hello.SupportedProtos) == 0 {
			return nil, nil
		}
		for _, p := range hello.SupportedProtos {
			if p == "h2" || (allow && p == "http/1.1") {
				return nil, nil
			}
		}
		cfg := base.Clone()
		cfg.GetConfigForClient = nil
		cfg.NextProtos = []string{"-"} // matches nothing, and is not h2: no http/1.1 fallback
		return cfg, nil
	}
}

// fallback takes a TLS connection whose ALPN result is not h2 (called on its handshake goroutine).
func (s *server) fallback(tc *tls.Conn, st *tls.ConnectionState) {
	h := s.h1
	if h == nil {
		tc.Close()
		return
	}
	if h.allow && h.hs != nil && (st.NegotiatedProtocol == "" || st.NegotiatedProtocol == "http/1.1") {
		l := &oneConnListener{c: tc, done: make(chan struct{})}
		err := h.hs.Serve(l)
		if errors.Is(err, http.ErrServerClosed) && !l.accepted {
			tc.Close()
		}
		return
	}
	h.unknown(tc, st)
}

// connState numbers HTTP/1 connections and tells JS when one is gone.
func (h *http1) connState(c net.Conn, st http.ConnState) {
	switch st {
	case http.StateNew:
		h.conns.Store(c, h.nextConn.Add(1))
	case http.StateClosed, http.StateHijacked:
		id, ok := h.conns.LoadAndDelete(c)
		if !ok || h.onConnClose == nil || goja.IsUndefined(h.onConnClose) {
			return
		}
		b := h.s.b
		b.host.Post(func() { b.host.Call(h.onConnClose, goja.Undefined(), b.vm.ToValue(id)) })
	}
}

// closeHTTP1 runs when server.close() is called: idle HTTP/1 connections close now, busy ones
// once their response is done (Node's httpServerPreClose).
func (s *server) closeHTTP1() {
	h := s.h1
	if h == nil || h.hs == nil {
		return
	}
	h.shutdownOnce.Do(func() {
		hs := h.hs
		hs.SetKeepAlivesEnabled(false)
		go func() { _ = hs.Shutdown(context.Background()) }()
	})
}

// oneConnListener hands out one connection, then blocks until closed.
type oneConnListener struct {
	c        net.Conn
	accepted bool
	once     sync.Once
	done     chan struct{}
}

func (l *oneConnListener) Accept() (net.Conn, error) {
	if !l.accepted {
		l.accepted = true
		return l.c, nil
	}
	<-l.done
	return nil, net.ErrClosed
}

func (l *oneConnListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *oneConnListener) Addr() net.Addr { return l.c.LocalAddr() }

// ---- HTTP/1 requests ----

const (
	h1Head = iota
	h1Write
	h1End
	h1Destroy
)

type h1op struct {
	kind     int
	status   int
	headers  []string
	sendDate bool
	data     []byte
}

// h1req is one HTTP/1 request: the handler goroutine owns w and r; JS (on the loop) queues ops.
type h1req struct {
	h      *http1
	w      http.ResponseWriter
	r      *http.Request
	target goja.Value // JS { data, end, written, close }; loop only
	closed bool       // loop only

	mu     sync.Mutex
	ops    []h1op
	notify chan struct{}
	resume chan struct{}
}

func (x *h1req) push(op h1op) {
	x.mu.Lock()
	x.ops = append(x.ops, op)
	x.mu.Unlock()
	select {
	case x.notify <- struct{}{}:
	default:
	}
}

func (h *http1) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b := h.s.b
	x := &h1req{h: h, w: w, r: r, notify: make(chan struct{}, 1), resume: make(chan struct{}, 1)}
	var info map[string]any
	if c, ok := r.Context().Value(connCtxKey{}).(net.Conn); ok {
		var st *tls.ConnectionState
		if tc, ok := c.(*tls.Conn); ok {
			cs := tc.ConnectionState()
			st = &cs
		}
		info = socketInfo(c, st)
		if id, ok := h.conns.Load(c); ok {
			info["connId"] = id
		}
	} else {
		info = map[string]any{"encrypted": true}
	}
	raw := []string{}
	if r.Host != "" {
		raw = append(raw, "Host", r.Host)
	}
	keys := make([]string, 0, len(r.Header))
	for k := range r.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range r.Header[k] {
			raw = append(raw, k, v)
		}
	}
	started := make(chan bool, 1)
	if !b.host.Post(func() { started <- x.start(info, raw) }) {
		return
	}
	select {
	case ok := <-started:
		if !ok {
			return
		}
	case <-r.Context().Done():
		// the loop is gone or the client left before JS saw the request
		b.host.Post(func() { x.finish(false) })
		return
	}
	go x.readBody()
	x.serve()
}

// start runs on the loop: JS builds the request/response pair.
func (x *h1req) start(info map[string]any, raw []string) bool {
	b := x.h.s.b
	vm := b.vm
	r := x.r
	o := vm.NewObject()
	o.Set("method", r.Method)
	o.Set("url", r.RequestURI)
	o.Set("protoMajor", r.ProtoMajor)
	o.Set("protoMinor", r.ProtoMinor)
	rawArr := make([]any, len(raw))
	for i, s := range raw {
		rawArr[i] = s
	}
	o.Set("rawHeaders", vm.NewArray(rawArr...))
	o.Set("socket", info)
	handle := vm.NewObject()
	handle.Set("respond", func(status int, _ string, headers []string, sendDate bool) {
		x.push(h1op{kind: h1Head, status: status, headers: headers, sendDate: sendDate})
	})
	handle.Set("write", func(v goja.Value) {
		x.push(h1op{kind: h1Write, data: append([]byte(nil), bytesOf(vm, v)...)})
	})
	handle.Set("end", func(v goja.Value) {
		var tr []string
		if v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			_ = vm.ExportTo(v, &tr)
		}
		x.push(h1op{kind: h1End, headers: tr})
	})
	handle.Set("resume", func() {
		select {
		case x.resume <- struct{}{}:
		default:
		}
	})
	handle.Set("destroy", func() { x.push(h1op{kind: h1Destroy}) })
	t, ok := b.host.Call(x.h.onRequest, goja.Undefined(), o, handle)
	if !ok || t == nil || goja.IsUndefined(t) {
		return false
	}
	x.target = t
	b.host.Ref()
	return true
}

func (x *h1req) call(name string, args ...goja.Value) {
	if x.target == nil || x.closed {
		return
	}
	t := x.target.ToObject(x.h.s.b.vm)
	x.h.s.b.host.Call(t.Get(name), t, args...)
}

// finish runs on the loop once the handler is done.
func (x *h1req) finish(ok bool) {
	if x.closed || x.target == nil {
		return
	}
	x.call("close", x.h.s.b.vm.ToValue(ok))
	x.closed = true
	x.h.s.b.host.Unref()
}

func (x *h1req) post(fn func()) { x.h.s.b.host.Post(fn) }

// readBody feeds the request body to JS, one chunk each time JS asks for more.
func (x *h1req) readBody() {
	ctx := x.r.Context()
	for {
		select {
		case <-x.resume:
		case <-ctx.Done():
			return
		}
		buf := make([]byte, 32*1024)
		n, err := x.r.Body.Read(buf)
		if n > 0 {
			data := buf[:n]
			x.post(func() { x.call("data", x.h.s.b.wrapBytes(data)) })
		}
		if err == io.EOF {
			var tr []string
			for k, vs := range x.r.Trailer {
				for _, v := range vs {
					tr = append(tr, k, v)
				}
			}
			x.post(func() {
				vm := x.h.s.b.vm
				var arg goja.Value = goja.Undefined()
				if len(tr) > 0 {
					arg = vm.ToValue(tr)
				}
				x.call("end", arg)
			})
			return
		}
		if err != nil {
			return
		}
		if n == 0 {
			select {
			case x.resume <- struct{}{}:
			default:
			}
		}
	}
}

// serve carries out the response operations JS queued, until the response ends or the client goes.
func (x *h1req) serve() {
	ctx := x.r.Context()
	w := x.w
	flusher, _ := w.(http.Flusher)
	for {
		select {
		case <-x.notify:
		case <-ctx.Done():
			x.post(func() { x.finish(false) })
			return
		}
		x.mu.Lock()
		ops := x.ops
		x.ops = nil
		x.mu.Unlock()
		for _, op := range ops {
			switch op.kind {
			case h1Head:
				hdr := w.Header()
				for i := 0; i+1 < len(op.headers); i += 2 {
					hdr.Add(op.headers[i], op.headers[i+1])
				}
				if !op.sendDate {
					hdr["Date"] = nil
				}
				w.WriteHeader(op.status)
			case h1Write:
				_, err := w.Write(op.data)
				if flusher != nil && err == nil {
					flusher.Flush()
				}
				if err != nil && !errors.Is(err, http.ErrBodyNotAllowed) {
					x.post(func() { x.finish(false) })
					return
				}
				x.post(func() { x.call("written") })
			case h1End:
				hdr := w.Header()
				for i := 0; i+1 < len(op.headers); i += 2 {
					hdr.Add(http.TrailerPrefix+op.headers[i], op.headers[i+1])
				}
				x.post(func() { x.finish(true) })
				return
			case h1Destroy:
				x.post(func() { x.finish(false) })
				panic(http.ErrAbortHandler)
			}
		}
	}
}

// ---- unknownProtocol ----

func (h *http1) unknown(tc *tls.Conn, st *tls.ConnectionState) {
	b := h.s.b
	info := socketInfo(tc, st)
	if st.NegotiatedProtocol == "" {
		info["alpnProtocol"] = false
	}
	var target goja.Value
	var once sync.Once
	closeConn := func() { once.Do(func() { tc.Close() }) }
	posted := b.host.Post(func() {
		vm := b.vm
		handle := vm.NewObject()
		handle.Set("destroy", closeConn)
		handle.Set("end", func(v goja.Value) {
			var data []byte
			if v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
				data = append([]byte(nil), bytesOf(vm, v)...)
			}
			go func() {
				if len(data) > 0 {
					_, _ = tc.Write(data)
				}
				_ = tc.CloseWrite()
				closeConn()
			}()
		})
		t, ok := b.host.Call(h.onUnknown, goja.Undefined(), vm.ToValue(info), handle, h.unknownTimeout)
		if ok {
			target = t
		}
		b.host.Ref()
		// The connection is watched until it closes; then JS hears 'close'.
		go func() {
			_, _ = io.Copy(io.Discard, tc)
			closeConn()
			b.host.Post(func() {
				b.host.Unref()
				if target != nil && !goja.IsUndefined(target) {
					o := target.ToObject(vm)
					b.host.Call(o.Get("close"), o)
				}
			})
		}()
	})
	if !posted {
		closeConn()
	}
}
