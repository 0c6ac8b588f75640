package sockets

import (
	"errors"
	"net"
	"time"

	"github.com/dop251/goja"
)

// ErrNotDetachable is returned by Detach for a value that is not an open socket of this binding.
var ErrNotDetachable = errors.New("sockets: not an open net.Socket backed by this runtime")

// Detach takes the connection behind a JS net.Socket or tls.TLSSocket away from JS and returns it,
// so Go code (the http2 layer) can serve a socket a script passed to server.emit('connection',
// socket) or returned from createConnection. It must run on the loop goroutine.
//
// Afterwards JS no longer reads or writes the connection: the reader goroutine is stopped (a
// blocked Read is interrupted with a past read deadline, which is then cleared), writes already
// queued are flushed first, and the socket's loop ref is released. Bytes already read but not yet
// consumed by JS (the Readable buffer and any chunk in flight) are not lost: the returned net.Conn
// yields them before reading from the network. For TLS the returned value wraps a *tls.Conn whose
// handshake is complete; use ConnectionState on the original via Unwrap if needed.
// The JS socket object stays alive but is inert (its _handle is null); closing it does not close
// the returned connection, which now belongs to the caller.
func Detach(vm *goja.Runtime, socket goja.Value) (net.Conn, error) {
	bindingsMu.Lock()
	b := bindings[vm]
	bindingsMu.Unlock()
	if b == nil || socket == nil || goja.IsUndefined(socket) || goja.IsNull(socket) {
		return nil, ErrNotDetachable
	}
	so := socket.ToObject(vm)
	hv := so.Get("_handle")
	if hv == nil || goja.IsUndefined(hv) || goja.IsNull(hv) {
		return nil, ErrNotDetachable
	}
	c := b.conns[hv.ToObject(vm)]
	if c == nil || c.closed || c.detached {
		return nil, ErrNotDetachable
	}
	c.mu.Lock()
	nc := c.c
	c.mu.Unlock()
	if nc == nil {
		return nil, ErrNotDetachable // still connecting
	}
	// Let JS give back what it buffered and forget the handle.
	var prefix []byte
	if fn, ok := goja.AssertFunction(so.Get("_detachHandle")); ok {
		v, err := fn(so)
		if err != nil {
			return nil, err
		}
		prefix = append(prefix, bytesOfOrNil(vm, v)...)
	}
	c.detached = true
	if c.cancel != nil {
		c.cancel()
	}
	c.updateRef()
	c.h.Remove(c.closer)
	delete(b.conns, c.obj)

	c.mu.Lock()
	c.rstop, c.wstop, c.want = true, true, false
	c.rcond.Broadcast()
	c.wcond.Broadcast()
	c.mu.Unlock()
	_ = nc.SetReadDeadline(time.Unix(1, 0))
	<-c.rdone
	<-c.wdone
	_ = nc.SetReadDeadline(time.Time{})
	c.mu.Lock()
	prefix = append(prefix, c.pending...)
	c.pending = nil
	c.mu.Unlock()
	if len(prefix) == 0 {
		return nc, nil
	}
	return &prefixConn{Conn: nc, prefix: prefix}, nil
}

func bytesOfOrNil(vm *goja.Runtime, v goja.Value) []byte {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	return bytesOf(vm, v)
}

// prefixConn replays bytes JS had already received before reading from the connection.
type prefixConn struct {
	net.Conn
	prefix []byte
}

func (p *prefixConn) Read(b []byte) (int, error) {
	if len(p.prefix) > 0 {
		n := copy(b, p.prefix)
		p.prefix = p.prefix[n:]
		return n, nil
	}
	return p.Conn.Read(b)
}

// Unwrap returns the underlying connection (a *net.TCPConn or *tls.Conn).
func (p *prefixConn) Unwrap() net.Conn { return p.Conn }
