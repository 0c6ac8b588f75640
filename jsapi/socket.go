package jsapi

// HTTP/2 over a socket the script supplies: http2.connect(authority, { createConnection }) and
// server.emit('connection', socket). A net.Socket or tls.TLSSocket of our own net/tls modules is
// taken away from JS with sockets.Detach and the engine runs on its net.Conn directly; any other
// Duplex is bridged through jsConn (jsconn.go). The JS object is kept as the session's socket
// (info._socket), so session.socket reads through to it.

import (
	"context"
	"crypto/tls"
	"net"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/bindings"
	"github.com/goja-node/http2/sockets"
)

// adoptConn returns a net.Conn for a JS socket: the detached connection of one of our sockets, or
// a bridge over any other duplex. tlsState is set when the connection is TLS (handshake done).
func (b *binding) adoptConn(socket goja.Value) (net.Conn, *tls.ConnectionState, error) {
	nc, err := sockets.Detach(b.vm, socket)
	if err == nil {
		return nc, connState(nc), nil
	}
	o, ok := socket.(*goja.Object)
	if !ok {
		return nil, nil, err
	}
	return newJSConn(b, o), nil, nil
}

// bridgeOf finds the jsConn under a (possibly TLS-wrapped) connection.
func bridgeOf(c net.Conn) *jsConn {
	for c != nil {
		if jc, ok := c.(*jsConn); ok {
			return jc
		}
		if tc, ok := c.(*tls.Conn); ok {
			c = tc.NetConn()
			continue
		}
		u, ok := c.(interface{ Unwrap() net.Conn })
		if !ok {
			return nil
		}
		c = u.Unwrap()
	}
	return nil
}

// connState finds the TLS state of a (possibly wrapped) connection.
func connState(c net.Conn) *tls.ConnectionState {
	for c != nil {
		if tc, ok := c.(*tls.Conn); ok {
			st := tc.ConnectionState()
			return &st
		}
		u, ok := c.(interface{ Unwrap() net.Conn })
		if !ok {
			return nil
		}
		c = u.Unwrap()
	}
	return nil
}

// connectSocket(options) returns a client session handle that waits for its socket: the JS layer
// calls handle.useSocket(socket) once the socket is connected (or destroys the handle).
func (b *binding) connectSocket(opts *goja.Object) *goja.Object {
	cfg := sessionConfig(b.vm, opts, true)
	k := newSink(b)
	h := newHandle(b, k)
	k.h = h
	h.ref()
	h.obj.Set("useSocket", func(socket goja.Value) {
		if h.destroyed || h.sess != nil {
			return
		}
		nc, st, err := b.adoptConn(socket)
		if err != nil {
			b.throw(err)
		}
		jc, bridged := nc.(*jsConn)
		c := cfg
		c.TLS = st != nil
		if bridged {
			k.jc = jc
			c.OnWriterIdle = jc.writerIdle
		}
		k.mu.Lock()
		k.info = socketInfo(nc, st)
		k.info["_socket"] = socket
		k.info["_bridged"] = bridged
		k.queue = append(k.queue, event{kind: evConnect})
		k.sess = bindings.NewClientSession(nc, c, k)
		post := !k.posted
		k.posted = true
		k.mu.Unlock()
		if bridged {
			jc.attach(k.sess, k)
		}
		if post && !b.host.Post(k.flush) {
			k.sess.Destroy(nil, bindings.NGHTTP2_CANCEL)
		}
	})
	return h.obj
}

// installSocket adds adopt(socket) to a server handle: server.emit('connection', socket) with a
// socket that did not come from our own listener. A secure server does the TLS handshake on it.
func (s *server) installSocket(o *goja.Object) {
	o.Set("adopt", func(socket goja.Value) {
		nc, st, err := s.b.adoptConn(socket)
		if err != nil {
			s.b.throw(err)
		}
		if s.tls != nil && st == nil {
			go s.adoptHandshake(nc, socket)
			return
		}
		_, bridged := nc.(*jsConn)
		s.startAdopted(nc, st, socket, bridged, false)
	})
}

func (s *server) adoptHandshake(c net.Conn, socket goja.Value) {
	tc := tls.Server(c, s.tls)
	ctx, cancel := context.WithTimeout(context.Background(), handshakeTimeout)
	defer cancel()
	if err := tc.HandshakeContext(ctx); err != nil {
		c.Close()
		return
	}
	st := tc.ConnectionState()
	if st.NegotiatedProtocol != "h2" {
		s.fallback(tc, &st)
		return
	}
	_, bridged := c.(*jsConn)
	s.startAdopted(tc, &st, socket, bridged, true)
}

// startAdopted is server.start for a connection that came with a JS socket object. info tells JS
// about it: _socket (the object), _bridged (jsConn: Go ends and destroys it), _wrapped (we did the
// TLS handshake over it, so the session's socket is not that object).
func (s *server) startAdopted(c net.Conn, st *tls.ConnectionState, socket goja.Value, bridged, wrapped bool) {
	cfg := s.config()
	cfg.TLS = st != nil
	k := newSink(s.b)
	jc := bridgeOf(c)
	if jc != nil {
		k.jc = jc
		cfg.OnWriterIdle = jc.writerIdle
	}
	k.server = s
	k.info = socketInfo(c, st)
	k.info["_socket"] = socket
	k.info["_bridged"] = bridged
	k.info["_wrapped"] = wrapped
	k.mu.Lock()
	k.queue = append(k.queue, event{kind: evConnect})
	k.sess = bindings.NewServerSession(c, cfg, k)
	k.posted = true
	k.mu.Unlock()
	if jc != nil {
		jc.attach(k.sess, k)
	}
	if !s.b.host.Post(k.flush) {
		k.sess.Destroy(nil, bindings.NGHTTP2_CANCEL)
	}
}
