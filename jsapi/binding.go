package jsapi

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"strconv"
	"sync"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/bindings"
	"github.com/goja-node/http2/host"
)

// Event kinds passed as the first argument of the JS dispatch function.
const (
	evConnect = iota + 1
	evRemoteSettings
	evLocalSettings
	evPing
	evGoaway
	evAltsvc
	evOrigin
	evFrameError
	evHeaders
	evData
	evPush
	evReset
	evWantTrailers
	evWritten
	evStreamClose
	evError
	evClose
)

var eventNames = map[string]int{
	"EV_CONNECT": evConnect, "EV_REMOTE_SETTINGS": evRemoteSettings, "EV_LOCAL_SETTINGS": evLocalSettings,
	"EV_PING": evPing, "EV_GOAWAY": evGoaway, "EV_ALTSVC": evAltsvc, "EV_ORIGIN": evOrigin,
	"EV_FRAME_ERROR": evFrameError, "EV_HEADERS": evHeaders, "EV_DATA": evData, "EV_PUSH": evPush,
	"EV_RESET": evReset, "EV_WANT_TRAILERS": evWantTrailers, "EV_WRITTEN": evWritten,
	"EV_STREAM_CLOSE": evStreamClose, "EV_ERROR": evError, "EV_CLOSE": evClose,
}

// binding is the per-runtime native side; everything but the goroutines
// it starts runs on the loop.
type binding struct {
	vm      *goja.Runtime
	host    *host.Host
	bufCtor goja.Constructor // the Buffer class (FastBuffer) used to wrap bytes

	dispatch  goja.Value // JS: function(kind, ...args), this = the JS session
	makeError goja.Callable
	sensitive *goja.Symbol

	statusKey goja.Value
	kinds     [evClose + 1]goja.Value

	strGET, strSlash goja.Value // request()'s defaults "GET" and "/", made once

	hproto *goja.Object // methods of session handles (session.go)

	corked []*handle // sessions whose writer wake-up waits for the end of the loop job

	staticStrings map[string]goja.Value // headerString's cache (HPACK static-table strings)
	rawScratch    []any                 // uniqueHeadersObject's raw-array arguments, reused
	dateText      string                // responseHeaders' date header and its JS string
	dateValue     goja.Value
}

// cork holds back h's writer wake-ups until the current loop job ends: the
// responses (HEADERS + DATA) that one batch of events produces are framed
// together and leave in one write, instead of waking the writer goroutine
// (and often a write syscall) per call. Outside a Post job (the main script)
// writes wake the writer at once, as before.
func (b *binding) cork(h *handle) {
	if h.k.jc != nil {
		h.k.jc.busy() // output is on its way: hold the loop until it reached the duplex
	}
	if h.corked != nil || h.sess == nil || !b.host.InJob() {
		return
	}
	if len(b.corked) == 0 {
		b.host.AfterJob(b.uncorkAll)
	}
	h.corked = h.sess
	h.sess.Cork()
	b.corked = append(b.corked, h)
}

func (b *binding) uncorkAll() {
	hs := b.corked
	b.corked = nil
	for i, h := range hs {
		s := h.corked
		h.corked = nil
		hs[i] = nil
		s.Uncork()
	}
	if b.corked == nil {
		b.corked = hs[:0]
	}
}

func newBinding(vm *goja.Runtime) *binding {
	h := host.Of(vm)
	if h == nil {
		panic(vm.NewGoError(errors.New("node:http2 needs a runtime with a host (github.com/goja-node/http2/runtime)")))
	}
	b := &binding{vm: vm, host: h}
	for i := range b.kinds {
		b.kinds[i] = vm.ToValue(i)
	}
	b.statusKey = vm.ToValue(":status")
	return b
}

func (b *binding) object() *goja.Object {
	vm := b.vm
	o := vm.NewObject()
	for k, v := range eventNames {
		o.Set(k, v)
	}
	o.Set("setup", func(dispatch, makeError, sensitive, bufCtor goja.Value) {
		b.dispatch = dispatch
		b.bufCtor, _ = goja.AssertConstructor(bufCtor)
		b.makeError, _ = goja.AssertFunction(makeError)
		b.sensitive, _ = sensitive.(*goja.Symbol)
	})
	o.Set("createServer", b.createServer)
	o.Set("connect", b.connect)
	o.Set("connectSocket", b.connectSocket)
	return o
}

// wrapBytes hands data to JS as a Buffer without copying; the caller gives
// up ownership.
func (b *binding) wrapBytes(data []byte) goja.Value {
	ab := b.vm.NewArrayBuffer(data)
	if b.bufCtor == nil {
		return b.vm.ToValue(ab)
	}
	v, err := b.bufCtor(nil, b.vm.ToValue(ab))
	if err != nil {
		panic(err)
	}
	return v
}

// throw raises err in JS as a Node-style error.
func (b *binding) throw(err error) {
	panic(b.jsError(err))
}

// jsError converts an engine or network error into a JS Error with Node's
// code and message.
func (b *binding) jsError(err error) goja.Value {
	var be *bindings.Error
	if errors.As(err, &be) {
		return b.mkError(be.NodeCode, be.Msg, nil)
	}
	var ne *nodeNetError
	if errors.As(err, &ne) {
		return b.mkError(ne.code, ne.msg, ne.props)
	}
	if ce := connError(err); ce != nil {
		return b.mkError(ce.code, ce.msg, ce.props)
	}
	return b.mkError("", err.Error(), nil)
}

func (b *binding) mkError(code, msg string, props map[string]any) goja.Value {
	if b.makeError == nil {
		e := b.vm.NewGoError(errors.New(msg))
		if code != "" {
			e.Set("code", code)
		}
		return e
	}
	var p goja.Value = goja.Undefined()
	if props != nil {
		p = b.vm.ToValue(props)
	}
	v, err := b.makeError(goja.Undefined(), b.vm.ToValue(code), b.vm.ToValue(msg), p)
	if err != nil {
		return b.vm.NewGoError(err)
	}
	return v
}

// ---- servers ----

type server struct {
	b         *binding
	ln        net.Listener
	tls       *tls.Config
	cfgMu     sync.Mutex // cfg is read by accepting goroutines, replaced by updateConfig
	cfg       bindings.Config
	onSession goja.Value
	refed     bool
	listening bool
	closer    *host.Closer
	wg        sync.WaitGroup
	h1        *http1 // allowHTTP1 / unknownProtocol (http1.go)
}

// createServer(options, onSession) returns a server handle; onSession is
// called (this = undefined) with (sessionHandle, socketInfo) per connection.
func (b *binding) createServer(opts *goja.Object, onSession goja.Value) *goja.Object {
	vm := b.vm
	s := &server{b: b, onSession: onSession, cfg: sessionConfig(vm, opts, false)}
	if t := opts.Get("tls"); t != nil && !goja.IsUndefined(t) && !goja.IsNull(t) {
		cfg, err := serverTLSConfig(vm, t.ToObject(vm))
		if err != nil {
			b.throw(err)
		}
		s.tls = cfg
		s.cfg.TLS = true
	}
	o := vm.NewObject()
	// updateConfig(options) replaces the settings new sessions start with
	// (server.updateSettings); sessions already open keep theirs, as in Node.
	o.Set("updateConfig", func(opts *goja.Object) {
		cfg := sessionConfig(vm, opts, false)
		s.cfgMu.Lock()
		cfg.TLS = s.cfg.TLS
		s.cfg = cfg
		s.cfgMu.Unlock()
	})
	o.Set("listen", s.listen)
	o.Set("address", s.address)
	o.Set("close", s.close)
	o.Set("ref", func() {
		if !s.refed && s.listening {
			s.refed = true
			b.host.Ref()
		}
	})
	o.Set("unref", func() {
		if s.refed {
			s.refed = false
			b.host.Unref()
		}
	})
	s.installHTTP1(o)
	s.installSocket(o)
	return o
}

// listen(host, port) binds synchronously; it returns an error object
// (EADDRINUSE …) or undefined.
func (s *server) listen(hostName string, port int) goja.Value {
	b := s.b
	addr := net.JoinHostPort(hostName, strconv.Itoa(port))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return b.jsError(netError(err, "listen", hostName, port))
	}
	s.ln = ln
	s.listening = true
	s.refed = true
	b.host.Ref()
	s.closer = b.host.OnClose(func() { ln.Close() })
	s.wg.Add(1)
	go s.acceptLoop(ln)
	return goja.Undefined()
}

func (s *server) acceptLoop(ln net.Listener) {
	defer s.wg.Done()
	for {
		c, err := ln.Accept()
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			return
		}
		if s.tls != nil {
			go s.handshake(c)
			continue
		}
		s.start(c, nil)
	}
}

func (s *server) handshake(c net.Conn) {
	tc := tls.Server(c, s.tls)
	ctx, cancel := context.WithTimeout(context.Background(), handshakeTimeout)
	defer cancel()
	if err := tc.HandshakeContext(ctx); err != nil {
		c.Close()
		return
	}
	st := tc.ConnectionState()
	if st.NegotiatedProtocol != "h2" {
		// HTTP/1.1 (allowHTTP1) or 'unknownProtocol': see http1.go.
		s.fallback(tc, &st)
		return
	}
	s.start(tc, &st)
}

// start runs a server session on c; the JS side learns of it from the
// first event of the batch (evOpen is implicit: the sink announces itself).
func (s *server) start(c net.Conn, st *tls.ConnectionState) {
	k := newSink(s.b)
	k.server = s
	k.info = socketInfo(c, st)
	k.mu.Lock()
	k.queue = append(k.queue, event{kind: evConnect})
	k.sess = bindings.NewServerSession(c, s.config(), k)
	k.posted = true
	k.mu.Unlock()
	if !s.b.host.Post(k.flush) {
		k.sess.Destroy(nil, bindings.NGHTTP2_CANCEL)
	}
}

// config returns the configuration for a new session.
func (s *server) config() bindings.Config {
	s.cfgMu.Lock()
	defer s.cfgMu.Unlock()
	return s.cfg
}

func (s *server) address() goja.Value {
	if s.ln == nil || !s.listening {
		return goja.Null()
	}
	a, ok := s.ln.Addr().(*net.TCPAddr)
	if !ok {
		return goja.Null()
	}
	fam := "IPv4"
	ip := a.IP.String()
	if a.IP.To4() == nil {
		fam = "IPv6"
	}
	if a.IP.IsUnspecified() && a.IP.To4() == nil {
		ip = "::"
	}
	o := s.b.vm.NewObject()
	o.Set("address", ip)
	o.Set("family", fam)
	o.Set("port", a.Port)
	return o
}

// close stops accepting; open sessions go on.
func (s *server) close() {
	if !s.listening {
		return
	}
	s.listening = false
	s.ln.Close()
	s.closeHTTP1()
	if s.closer != nil {
		s.b.host.Remove(s.closer)
	}
	if s.refed {
		s.refed = false
		s.b.host.Unref()
	}
}

// ---- clients ----

// connect(options) dials in the background and returns the session handle
// at once; the JS session gets EV_CONNECT or EV_ERROR + EV_CLOSE.
func (b *binding) connect(opts *goja.Object) *goja.Object {
	vm := b.vm
	hostName := opts.Get("host").String()
	port := int(opts.Get("port").ToInteger())
	cfg := sessionConfig(vm, opts, true)
	var tcfg *tls.Config
	if t := opts.Get("tls"); t != nil && !goja.IsUndefined(t) && !goja.IsNull(t) {
		var err error
		tcfg, err = clientTLSConfig(vm, t.ToObject(vm), hostName)
		if err != nil {
			b.throw(err)
		}
		cfg.TLS = true
	}
	k := newSink(b)
	h := newHandle(b, k)
	k.h = h
	ctx, cancel := context.WithCancel(context.Background())
	h.cancelDial = cancel
	h.ref()
	h.closer = b.host.OnClose(cancel)
	go func() {
		c, st, err := dial(ctx, hostName, port, tcfg, &h.abandoned)
		abandoned := h.abandoned.Load()
		if abandoned && c != nil {
			_ = c.Close()
		}
		k.mu.Lock()
		switch {
		case abandoned:
			// destroy() came while dialing. As Node's session, the destroyed one still hears how
			// its socket's connect ended: 'connect' when the TCP connect succeeded (h2c; a TLS
			// connect stops before its handshake), then 'close'. The handle stayed ref'd for this.
			if err == nil && tcfg == nil {
				k.queue = append(k.queue, event{kind: evConnect})
			}
			k.queue = append(k.queue, event{kind: evClose})
		case err != nil:
			k.queue = append(k.queue, event{kind: evError, err: err}, event{kind: evClose})
		default:
			k.info = socketInfo(c, st)
			k.queue = append(k.queue, event{kind: evConnect})
			k.sess = bindings.NewClientSession(c, cfg, k)
		}
		k.posted = true
		k.mu.Unlock()
		if !b.host.Post(k.flush) && k.sess != nil {
			k.sess.Destroy(nil, bindings.NGHTTP2_CANCEL)
		}
	}()
	return h.obj
}
