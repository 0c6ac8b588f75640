package sockets

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/host"
)

const readChunk = 64 << 10

// conn is one TCP (or TLS) connection behind a JS handle object. Fields under mu are shared with
// the reader and writer goroutines; the rest belong to the loop goroutine.
type conn struct {
	b   *binding
	h   *host.Host
	obj *goja.Object

	mu       sync.Mutex
	rcond    *sync.Cond // reader waits here for want/delivery/stop
	wcond    *sync.Cond // writer waits here for queued work/stop
	c        net.Conn   // nil while connecting
	want     bool       // JS asked for data (readStart) and did not readStop
	inflight bool       // a chunk is being handed to JS
	pending  []byte     // a chunk read but not yet delivered
	rstop    bool       // reader must exit (close or detach)
	wq       []*wreq
	wstop    bool // writer exits once wq is empty
	running  bool // reader and writer goroutines started
	rdone    chan struct{}
	wdone    chan struct{}

	// loop goroutine only
	closed   bool
	detached bool
	refed    bool
	holding  bool
	closer   *host.Closer
	tlsState *tls.ConnectionState
	cancel   context.CancelFunc // aborts a dial or handshake in progress
}

type wreq struct {
	bufs     [][]byte
	shutdown bool
	cb       goja.Value
}

func newConn(b *binding) *conn {
	c := &conn{b: b, h: b.h, refed: true, rdone: make(chan struct{}), wdone: make(chan struct{})}
	c.rcond = sync.NewCond(&c.mu)
	c.wcond = sync.NewCond(&c.mu)
	c.obj = b.vm.NewObject()
	c.closer = b.h.OnClose(c.shutdownFromHost)
	c.updateRef()
	c.bindMethods()
	b.conns[c.obj] = c
	return c
}

// shutdownFromHost runs when the host goes away: close the socket so the goroutines end.
func (c *conn) shutdownFromHost() {
	if c.cancel != nil {
		c.cancel()
	}
	c.mu.Lock()
	nc := c.c
	c.rstop, c.wstop = true, true
	c.wq = nil
	c.rcond.Broadcast()
	c.wcond.Broadcast()
	c.mu.Unlock()
	if nc != nil {
		_ = nc.Close()
	}
}

func (c *conn) updateRef() {
	want := c.refed && !c.closed && !c.detached
	if want == c.holding {
		return
	}
	c.holding = want
	if want {
		c.h.Ref()
	} else {
		c.h.Unref()
	}
}

func (c *conn) call(name string, args ...goja.Value) {
	fn := c.obj.Get(name)
	if fn == nil || goja.IsUndefined(fn) || goja.IsNull(fn) {
		return
	}
	c.h.Call(fn, c.obj, args...)
}

func (c *conn) readLoop() {
	defer close(c.rdone)
	buf := make([]byte, readChunk)
	for {
		c.mu.Lock()
		for !c.rstop && (!c.want || c.inflight || c.pending != nil) {
			c.rcond.Wait()
		}
		if c.rstop {
			c.mu.Unlock()
			return
		}
		nc := c.c
		c.mu.Unlock()
		n, err := nc.Read(buf)
		c.mu.Lock()
		if n > 0 {
			c.pending = append([]byte(nil), buf[:n]...)
		}
		stop := c.rstop
		c.mu.Unlock()
		if stop {
			return // close or detach: a chunk read meanwhile stays in pending for Detach
		}
		if n > 0 {
			c.h.Post(c.deliver)
		}
		if err != nil {
			se := sysErr{}
			eof := isEOF(err)
			if !eof {
				se = classify(err, "read")
			}
			c.h.Post(func() {
				if c.closed || c.detached {
					return
				}
				if eof {
					c.call("onread", goja.Null())
				} else {
					c.call("onerror", se.toJS(c.b.vm))
				}
			})
			return
		}
	}
}

// deliver hands the pending chunk to JS (on the loop goroutine).
func (c *conn) deliver() {
	c.mu.Lock()
	data := c.pending
	if c.detached || c.closed || data == nil {
		c.mu.Unlock()
		return
	}
	c.pending = nil
	c.inflight = true
	c.mu.Unlock()
	c.call("onread", c.b.vm.ToValue(c.b.vm.NewArrayBuffer(data)))
	c.mu.Lock()
	c.inflight = false
	c.rcond.Broadcast()
	c.mu.Unlock()
}

func (c *conn) writeLoop() {
	defer close(c.wdone)
	for {
		c.mu.Lock()
		for len(c.wq) == 0 && !c.wstop {
			c.wcond.Wait()
		}
		if len(c.wq) == 0 {
			c.mu.Unlock()
			return
		}
		req := c.wq[0]
		c.wq[0] = nil
		c.wq = c.wq[1:]
		nc := c.c
		c.mu.Unlock()
		var err error
		if req.shutdown {
			err = closeWrite(nc)
		} else {
			bufs := net.Buffers(req.bufs)
			_, err = bufs.WriteTo(nc)
		}
		var se sysErr
		if err != nil {
			sc := "write"
			if req.shutdown {
				sc = "shutdown"
			}
			se = classify(err, sc)
		}
		c.h.Post(func() { c.writeDone(req, err, se) })
	}
}

func (c *conn) writeDone(req *wreq, err error, se sysErr) {
	if req.cb == nil {
		return
	}
	arg := goja.Null()
	if err != nil && !c.closed {
		arg = se.toJS(c.b.vm)
	}
	c.h.Call(req.cb, goja.Undefined(), arg)
}

func closeWrite(nc net.Conn) error {
	if tc, ok := nc.(*tls.Conn); ok {
		if err := tc.CloseWrite(); err != nil {
			return err
		}
		nc = tc.NetConn()
	}
	if cw, ok := nc.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

func (c *conn) enqueue(r *wreq) {
	c.mu.Lock()
	if c.wstop {
		c.mu.Unlock()
		return
	}
	c.wq = append(c.wq, r)
	c.wcond.Broadcast()
	c.mu.Unlock()
}

// close tears the connection down (JS destroy). Pending writes are dropped.
func (c *conn) close() {
	if c.closed || c.detached {
		return
	}
	c.closed = true
	if c.cancel != nil {
		c.cancel()
	}
	c.updateRef()
	c.h.Remove(c.closer)
	delete(c.b.conns, c.obj)
	c.mu.Lock()
	nc := c.c
	c.rstop, c.wstop = true, true
	c.wq = nil
	c.pending = nil
	c.rcond.Broadcast()
	c.wcond.Broadcast()
	c.mu.Unlock()
	if nc != nil {
		_ = nc.Close()
	}
}

func bytesOf(vm *goja.Runtime, v goja.Value) []byte {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		return append([]byte(nil), x.Bytes()...)
	case string:
		return []byte(x)
	case []byte:
		return append([]byte(nil), x...)
	}
	var out []byte
	if err := vm.ExportTo(v, &out); err != nil {
		panic(vm.NewTypeError("net binding: expected bytes"))
	}
	return append([]byte(nil), out...)
}

func (c *conn) bindMethods() {
	vm := c.b.vm
	o := c.obj
	_ = o.Set("readStart", func() {
		c.mu.Lock()
		c.want = true
		c.rcond.Broadcast()
		c.mu.Unlock()
	})
	_ = o.Set("readStop", func() {
		c.mu.Lock()
		c.want = false
		c.mu.Unlock()
	})
	_ = o.Set("write", func(data goja.Value, cb goja.Value) {
		c.enqueue(&wreq{bufs: [][]byte{bytesOf(vm, data)}, cb: cb})
	})
	_ = o.Set("writev", func(chunks []goja.Value, cb goja.Value) {
		bufs := make([][]byte, 0, len(chunks))
		for _, ch := range chunks {
			bufs = append(bufs, bytesOf(vm, ch))
		}
		c.enqueue(&wreq{bufs: bufs, cb: cb})
	})
	_ = o.Set("shutdown", func(cb goja.Value) {
		c.enqueue(&wreq{shutdown: true, cb: cb})
	})
	_ = o.Set("close", func() { c.close() })
	_ = o.Set("ref", func() { c.refed = true; c.updateRef() })
	_ = o.Set("unref", func() { c.refed = false; c.updateRef() })
	_ = o.Set("hasRef", func() bool { return c.refed })
	_ = o.Set("setNoDelay", func(on bool) {
		if tc := c.tcp(); tc != nil {
			_ = tc.SetNoDelay(on)
		}
	})
	_ = o.Set("setKeepAlive", func(on bool, delayMs int64) {
		if tc := c.tcp(); tc != nil {
			_ = tc.SetKeepAlive(on)
			if on && delayMs > 0 {
				_ = tc.SetKeepAlivePeriod(time.Duration(delayMs) * time.Millisecond)
			}
		}
	})
	_ = o.Set("getPeerCertificate", func(detailed bool) goja.Value {
		if c.tlsState == nil || len(c.tlsState.PeerCertificates) == 0 {
			return goja.Undefined()
		}
		return certInfo(vm, c.tlsState.PeerCertificates, detailed)
	})
}

func (c *conn) current() net.Conn {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.c
}

func (c *conn) tcp() *net.TCPConn {
	nc := c.current()
	if tc, ok := nc.(*tls.Conn); ok {
		nc = tc.NetConn()
	}
	tc, _ := nc.(*net.TCPConn)
	return tc
}

func isEOF(err error) bool { return errors.Is(err, io.EOF) }

// addrInfo fills local/remote address fields of o from nc.
func addrInfo(vm *goja.Runtime, nc net.Conn) *goja.Object {
	o := vm.NewObject()
	if la, ok := nc.LocalAddr().(*net.TCPAddr); ok {
		_ = o.Set("localAddress", ipString(la.IP))
		_ = o.Set("localPort", la.Port)
		_ = o.Set("localFamily", family(la.IP))
	}
	if ra, ok := nc.RemoteAddr().(*net.TCPAddr); ok {
		_ = o.Set("remoteAddress", ipString(ra.IP))
		_ = o.Set("remotePort", ra.Port)
		_ = o.Set("remoteFamily", family(ra.IP))
	}
	return o
}

func ipString(ip net.IP) string {
	if ip == nil || ip.IsUnspecified() && ip.To4() == nil {
		return "::"
	}
	return ip.String()
}

func family(ip net.IP) string {
	if ip.To4() != nil {
		return "IPv4"
	}
	return "IPv6"
}
