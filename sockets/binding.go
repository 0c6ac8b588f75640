// Package sockets is the native side of the net and tls polyfills (polyfills/js/net.js, tls.js):
// TCP and TLS connections and listeners on Go's net and crypto/tls, exposed to JS as the private core
// module internal/net_binding.
//
// Threading follows the host contract (package host): every connection has one reader goroutine
// that reads only while JS wants data (readStart/readStop, driven by the Readable side's _read and
// push() backpressure) and hands each chunk to the loop with host.Post, and one writer goroutine
// that drains a queue of writes and reports each completion through Post. Goroutines never touch
// the *goja.Runtime. A connecting or open socket and a listening server hold a loop ref unless
// unref'd.
//
// Go code (the http2 layer) can take a connection away from JS with Detach.
package sockets

import (
	"context"
	"crypto/tls"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"

	"github.com/goja-node/http2/host"
)

// ModuleName is the private core module the polyfills require.
const ModuleName = "internal/net_binding"

func init() {
	require.RegisterCoreModule(ModuleName, func(vm *goja.Runtime, module *goja.Object) {
		_ = module.Set("exports", bindingOf(vm).exports)
	})
}

type binding struct {
	vm      *goja.Runtime
	h       *host.Host
	exports *goja.Object
	conns   map[*goja.Object]*conn
}

var (
	bindingsMu sync.Mutex
	bindings   = map[*goja.Runtime]*binding{}
)

func bindingOf(vm *goja.Runtime) *binding {
	bindingsMu.Lock()
	defer bindingsMu.Unlock()
	if b := bindings[vm]; b != nil {
		return b
	}
	h := host.Of(vm)
	if h == nil {
		panic(vm.NewGoError(errNoHost))
	}
	b := &binding{vm: vm, h: h, conns: map[*goja.Object]*conn{}}
	b.exports = vm.NewObject()
	_ = b.exports.Set("connect", b.connect)
	_ = b.exports.Set("listen", b.listen)
	bindings[vm] = b
	h.OnClose(func() {
		bindingsMu.Lock()
		delete(bindings, vm)
		bindingsMu.Unlock()
	})
	return b
}

type hostErr string

func (e hostErr) Error() string { return string(e) }

const errNoHost = hostErr("net binding: no host installed on this runtime (see package host)")

// connect(host, port, tlsOptions|null) starts dialing and returns the handle at once. Results come
// back through handle.onlookup(err, address, family, host), handle.onconnect(err, info) and, for
// TLS, handle.onsecure(err, info).
func (b *binding) connect(hostName string, port int, tlsOpts goja.Value) *goja.Object {
	c := newConn(b)
	var cfg *tlsOptions
	if !goja.IsUndefined(tlsOpts) && !goja.IsNull(tlsOpts) {
		var err error
		if cfg, err = parseTLSOptions(b.vm, tlsOpts.ToObject(b.vm)); err != nil {
			panic(b.vm.NewGoError(err))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	go c.dial(ctx, hostName, port, cfg)
	return c.obj
}

func (c *conn) dial(ctx context.Context, hostName string, port int, cfg *tlsOptions) {
	vm := c.b.vm
	var addrs []net.IP
	if ip := net.ParseIP(hostName); ip != nil {
		addrs = []net.IP{ip}
	} else {
		ips, err := net.DefaultResolver.LookupIPAddr(ctx, hostName)
		if err != nil {
			se := classify(err, "getaddrinfo")
			se.hostname = hostName
			c.h.Post(func() {
				if !c.closed {
					c.call("onconnect", se.toJS(vm), goja.Undefined())
				}
			})
			return
		}
		for _, ip := range ips {
			addrs = append(addrs, ip.IP)
		}
		first := addrs[0]
		c.h.Post(func() {
			if !c.closed {
				c.call("onlookup", goja.Null(), vm.ToValue(first.String()), vm.ToValue(familyNum(first)), vm.ToValue(hostName))
			}
		})
	}
	var nc net.Conn
	var err error
	var last net.IP
	d := net.Dialer{}
	for _, ip := range addrs {
		last = ip
		nc, err = d.DialContext(ctx, "tcp", net.JoinHostPort(ip.String(), strconv.Itoa(port)))
		if err == nil {
			break
		}
	}
	if err != nil {
		se := classify(err, "connect")
		addr := last.String()
		c.h.Post(func() {
			if c.closed {
				return
			}
			o := se.toJS(vm).(*goja.Object)
			_ = o.Set("address", addr)
			_ = o.Set("port", port)
			c.call("onconnect", o, goja.Undefined())
		})
		return
	}
	if cfg == nil {
		// The connection is attached before 'connect' is posted (a listener may detach it at
		// once) and the reader starts after, so 'connect' precedes any data.
		c.start(nc, func() {
			c.h.Post(func() {
				if !c.closed {
					c.call("onconnect", goja.Null(), addrInfo(vm, nc))
				}
			})
		})
		return
	}
	c.h.Post(func() {
		if !c.closed {
			c.call("onconnect", goja.Null(), addrInfo(vm, nc))
		}
	})
	serverName := cfg.servername
	if serverName == "" && net.ParseIP(hostName) == nil {
		serverName = hostName
	}
	tc := tls.Client(nc, cfg.clientConfig(serverName))
	hctx, hcancel := context.WithTimeout(ctx, 120*time.Second)
	err = tc.HandshakeContext(hctx)
	hcancel()
	if err != nil {
		_ = nc.Close()
		se := tlsFailure(err)
		c.h.Post(func() {
			if !c.closed {
				c.call("onsecure", se.toJS(vm), goja.Undefined())
			}
		})
		return
	}
	st := tc.ConnectionState()
	v := verify(st.PeerCertificates, cfg.roots, false)
	// As above: attached before 'secureConnect' is posted (http2's createConnection detaches the
	// socket from that listener), reader started after it so 'secureConnect' precedes any data.
	c.start(tc, func() {
		c.h.Post(func() {
			if c.closed {
				return
			}
			c.tlsState = &st
			c.call("onsecure", goja.Null(), tlsInfo(vm, &st, v))
		})
	})
}

func familyNum(ip net.IP) int {
	if ip.To4() != nil {
		return 4
	}
	return 6
}

// start attaches an established connection, runs announce (which posts the event that tells JS;
// nil for none) and then launches the reader and writer; false when the handle was closed
// meanwhile (the connection is then closed here). Attaching first matters: a JS listener of that
// event may Detach the socket, which needs the connection and waits for both loops to stop.
func (c *conn) start(nc net.Conn, announce func()) bool {
	c.mu.Lock()
	if c.rstop {
		c.mu.Unlock()
		_ = nc.Close()
		return false
	}
	c.c = nc
	c.running = true
	c.mu.Unlock()
	if announce != nil {
		announce()
	}
	go c.readLoop()
	go c.writeLoop()
	return true
}

// server is a listening socket behind a JS handle.
type server struct {
	b      *binding
	obj    *goja.Object
	l      net.Listener
	cfg    *tlsOptions
	tlsCfg *tls.Config
	done   chan struct{}
	hs     sync.WaitGroup // TLS handshakes in progress

	closed  bool // loop goroutine only
	refed   bool
	holding bool
	closer  *host.Closer
	stop    chan struct{}
}

// listen(host, port, backlog, tlsOptions|null) returns [handle, null] or [null, error info].
func (b *binding) listen(hostName string, port int, backlog int, tlsOpts goja.Value) goja.Value {
	vm := b.vm
	var cfg *tlsOptions
	if !goja.IsUndefined(tlsOpts) && !goja.IsNull(tlsOpts) {
		var err error
		if cfg, err = parseTLSOptions(vm, tlsOpts.ToObject(vm)); err != nil {
			panic(vm.NewGoError(err))
		}
	}
	addr := net.JoinHostPort(hostName, strconv.Itoa(port))
	if hostName == "::" || hostName == "" {
		addr = ":" + strconv.Itoa(port)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		se := classify(err, "listen")
		o := se.toJS(vm).(*goja.Object)
		_ = o.Set("address", hostName)
		_ = o.Set("port", port)
		return vm.ToValue([]interface{}{goja.Null(), o})
	}
	s := &server{b: b, l: l, cfg: cfg, refed: true, done: make(chan struct{}), stop: make(chan struct{})}
	if cfg != nil {
		s.tlsCfg = cfg.serverConfig()
	}
	s.obj = vm.NewObject()
	s.closer = b.h.OnClose(func() { s.shutdown() })
	s.updateRef()
	_ = s.obj.Set("close", func() { s.close() })
	_ = s.obj.Set("ref", func() { s.refed = true; s.updateRef() })
	_ = s.obj.Set("unref", func() { s.refed = false; s.updateRef() })
	_ = s.obj.Set("address", func() goja.Value {
		o := vm.NewObject()
		ta := l.Addr().(*net.TCPAddr)
		_ = o.Set("address", ipString(ta.IP))
		_ = o.Set("family", family(ta.IP))
		_ = o.Set("port", ta.Port)
		return o
	})
	go s.acceptLoop()
	return vm.ToValue([]interface{}{s.obj, goja.Null()})
}

func (s *server) updateRef() {
	want := s.refed && !s.closed
	if want == s.holding {
		return
	}
	s.holding = want
	if want {
		s.b.h.Ref()
	} else {
		s.b.h.Unref()
	}
}

func (s *server) shutdown() {
	select {
	case <-s.stop:
	default:
		close(s.stop)
	}
	_ = s.l.Close()
}

func (s *server) close() {
	if s.closed {
		return
	}
	s.closed = true
	s.updateRef()
	s.b.h.Remove(s.closer)
	s.shutdown()
}

func (s *server) acceptLoop() {
	defer close(s.done)
	for {
		nc, err := s.l.Accept()
		if err != nil {
			select {
			case <-s.stop:
				return
			default:
			}
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				continue
			}
			time.Sleep(10 * time.Millisecond) // EMFILE and friends: back off, as libuv does
			select {
			case <-s.stop:
				return
			default:
			}
			continue
		}
		if s.tlsCfg == nil {
			s.hand(nc, nil, verdict{})
			continue
		}
		s.hs.Add(1)
		go s.handshake(nc)
	}
}

func (s *server) handshake(nc net.Conn) {
	defer s.hs.Done()
	tc := tls.Server(nc, s.tlsCfg)
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	go func() {
		select {
		case <-s.stop:
			cancel()
		case <-ctx.Done():
		}
	}()
	err := tc.HandshakeContext(ctx)
	cancel()
	vm := s.b.vm
	if err != nil {
		_ = nc.Close()
		se := tlsFailure(err)
		s.b.h.Post(func() {
			s.call("ontlsclienterror", se.toJS(vm), addrInfo(vm, nc))
		})
		return
	}
	st := tc.ConnectionState()
	v := verdict{}
	if s.cfg.requestCert {
		v = verify(st.PeerCertificates, s.cfg.roots, true)
	}
	s.hand(tc, &st, v)
}

// hand gives an accepted connection to JS as a new handle.
func (s *server) hand(nc net.Conn, st *tls.ConnectionState, v verdict) {
	ok := s.b.h.Post(func() {
		vm := s.b.vm
		c := newConn(s.b)
		c.tlsState = st
		if !c.start(nc, nil) {
			return
		}
		info := addrInfo(vm, nc)
		if st != nil {
			_ = info.Set("tls", tlsInfo(vm, st, v))
		}
		s.call("onconnection", c.obj, info)
	})
	if !ok {
		_ = nc.Close()
	}
}

func (s *server) call(name string, args ...goja.Value) {
	fn := s.obj.Get(name)
	if fn == nil || goja.IsUndefined(fn) || goja.IsNull(fn) {
		return
	}
	s.b.h.Call(fn, s.obj, args...)
}
