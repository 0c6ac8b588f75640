package jsapi

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/bindings"
)

const handshakeTimeout = 30 * time.Second

// nodeNetError is a network error shaped like Node's (code, errno,
// syscall, address, port).
type nodeNetError struct {
	code  string
	msg   string
	props map[string]any
}

func (e *nodeNetError) Error() string { return e.msg }

var errnos = []struct {
	err   syscall.Errno
	code  string
	errno int
}{
	{syscall.ECONNREFUSED, "ECONNREFUSED", -111},
	{syscall.ECONNRESET, "ECONNRESET", -104},
	{syscall.EADDRINUSE, "EADDRINUSE", -98},
	{syscall.EADDRNOTAVAIL, "EADDRNOTAVAIL", -99},
	{syscall.EACCES, "EACCES", -13},
	{syscall.ETIMEDOUT, "ETIMEDOUT", -110},
	{syscall.EHOSTUNREACH, "EHOSTUNREACH", -113},
	{syscall.ENETUNREACH, "ENETUNREACH", -101},
	{syscall.EPIPE, "EPIPE", -32},
}

// netError converts a dial/listen error into Node's shape.
func netError(err error, sys, host string, port int) error {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return &nodeNetError{code: "ENOTFOUND", msg: "getaddrinfo ENOTFOUND " + host,
			props: map[string]any{"errno": -3008, "syscall": "getaddrinfo", "hostname": host}}
	}
	for _, e := range errnos {
		if errors.Is(err, e.err) {
			addr := host
			var oe *net.OpError
			if errors.As(err, &oe) {
				if a, ok := oe.Addr.(*net.TCPAddr); ok && a != nil {
					addr = a.IP.String()
				}
			}
			if sys == "listen" && (addr == "" || addr == "::" || addr == "0.0.0.0") {
				addr = "::"
			}
			return &nodeNetError{code: e.code, msg: fmt.Sprintf("%s %s %s:%d", sys, e.code, addr, port),
				props: map[string]any{"errno": e.errno, "syscall": sys, "address": addr, "port": port}}
		}
	}
	var ce *tlsCertError
	if errors.As(err, &ce) {
		return &nodeNetError{code: ce.code, msg: ce.msg}
	}
	return err
}

// connError is Node's shape for an error of an established connection's read or write (e.g.
// "read ECONNRESET", code ECONNRESET, errno -104, syscall "read"), or nil when err is not one
// of the errnos Node names.
func connError(err error) *nodeNetError {
	var oe *net.OpError
	if !errors.As(err, &oe) || (oe.Op != "read" && oe.Op != "write") {
		return nil
	}
	for _, e := range errnos {
		if errors.Is(err, e.err) {
			return &nodeNetError{code: e.code, msg: oe.Op + " " + e.code,
				props: map[string]any{"errno": e.errno, "syscall": oe.Op}}
		}
	}
	return nil
}

type tlsCertError struct{ code, msg string }

func (e *tlsCertError) Error() string { return e.msg }

// tlsError maps Go's certificate verification errors to OpenSSL's codes,
// which is what Node scripts check.
func tlsError(err error, host string) error {
	var ua x509.UnknownAuthorityError
	if errors.As(err, &ua) {
		if ua.Cert != nil && ua.Cert.Subject.String() == ua.Cert.Issuer.String() {
			return &tlsCertError{"DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"}
		}
		return &tlsCertError{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"}
	}
	var he x509.HostnameError
	if errors.As(err, &he) {
		var names []string
		if he.Certificate != nil {
			for _, n := range he.Certificate.DNSNames {
				names = append(names, "DNS:"+n)
			}
			for _, ip := range he.Certificate.IPAddresses {
				names = append(names, "IP Address:"+opensslIP(ip))
			}
		}
		return &tlsCertError{"ERR_TLS_CERT_ALTNAME_INVALID",
			fmt.Sprintf("Hostname/IP does not match certificate's altnames: Host: %s. is not in the cert's altnames: %s", host, strings.Join(names, ", "))}
	}
	var rh tls.RecordHeaderError
	if errors.As(err, &rh) {
		// Not TLS at the other end (e.g. an h2c server answering a ClientHello).
		return &tlsCertError{"ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number"}
	}
	var ie x509.CertificateInvalidError
	if errors.As(err, &ie) && ie.Reason == x509.Expired {
		return &tlsCertError{"CERT_HAS_EXPIRED", "certificate has expired"}
	}
	return &tlsCertError{"ECONNRESET", "Client network socket disconnected before secure TLS connection was established"}
}

// dialGrace is how long a dial whose session was destroyed meanwhile may still take to connect
// (then the connection is closed at once), so that the server sees the connection as with Node.
const dialGrace = time.Second

// dial connects, and does the TLS handshake when cfg is set. Once abandoned is set (the session
// was destroyed while dialing) it stops after the TCP connect, returning the bare connection.
func dial(ctx context.Context, host string, port int, cfg *tls.Config, abandoned *atomic.Bool) (net.Conn, *tls.ConnectionState, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return nil, nil, netError(err, "connect", host, port)
	}
	if cfg == nil || abandoned.Load() {
		return c, nil, nil
	}
	tc := tls.Client(c, cfg)
	hctx, cancel := context.WithTimeout(ctx, handshakeTimeout)
	defer cancel()
	if err := tc.HandshakeContext(hctx); err != nil {
		c.Close()
		name := host
		if cfg.ServerName != "" {
			name = cfg.ServerName // the name checked against the certificate (options.servername)
		}
		return nil, nil, netError(tlsError(err, name), "connect", host, port)
	}
	st := tc.ConnectionState()
	return tc, &st, nil
}

// opensslIP prints an IP address as OpenSSL does in altname lists (IPv6 as 8 hex groups, no ::).
func opensslIP(ip net.IP) string {
	if ip.To4() != nil || len(ip) != net.IPv6len {
		return ip.String()
	}
	g := make([]string, 8)
	for i := range g {
		g[i] = strconv.FormatUint(uint64(ip[2*i])<<8|uint64(ip[2*i+1]), 16)
	}
	return strings.Join(g, ":")
}

// pemList reads an array of PEM strings from JS.
func pemList(vm *goja.Runtime, o *goja.Object, name string) [][]byte {
	v := o.Get(name)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	var out [][]byte
	arr := v.ToObject(vm)
	n := int(arr.Get("length").ToInteger())
	for i := 0; i < n; i++ {
		out = append(out, []byte(arr.Get(strconv.Itoa(i)).String()))
	}
	return out
}

func serverTLSConfig(vm *goja.Runtime, o *goja.Object) (*tls.Config, error) {
	keys, certs := pemList(vm, o, "key"), pemList(vm, o, "cert")
	cfg := &tls.Config{NextProtos: []string{"h2"}, MinVersion: tls.VersionTLS12}
	if len(keys) != len(certs) {
		return nil, &tlsCertError{"ERR_INVALID_ARG_VALUE", "key and cert must be given in pairs"}
	}
	for i := range keys {
		pair, err := tls.X509KeyPair(certs[i], keys[i])
		if err != nil {
			return nil, &tlsCertError{"ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line (" + err.Error() + ")"}
		}
		cfg.Certificates = append(cfg.Certificates, pair)
	}
	return cfg, nil
}

func clientTLSConfig(vm *goja.Runtime, o *goja.Object, host string) (*tls.Config, error) {
	cfg := &tls.Config{NextProtos: []string{"h2"}, MinVersion: tls.VersionTLS12}
	if sn := o.Get("servername"); sn != nil && !goja.IsUndefined(sn) && sn.String() != "" {
		cfg.ServerName = sn.String()
	} else if net.ParseIP(host) == nil {
		cfg.ServerName = host
	}
	if cas := pemList(vm, o, "ca"); cas != nil {
		pool := x509.NewCertPool()
		for _, p := range cas {
			pool.AppendCertsFromPEM(p)
		}
		cfg.RootCAs = pool
	}
	if ru := o.Get("rejectUnauthorized"); ru != nil && !goja.IsUndefined(ru) && !ru.ToBoolean() {
		cfg.InsecureSkipVerify = true
	} else if cfg.ServerName == "" {
		// An IP address: Node checks it against the certificate's IP SANs.
		pool := cfg.RootCAs
		cfg.InsecureSkipVerify = true
		cfg.VerifyPeerCertificate = func(raw [][]byte, _ [][]*x509.Certificate) error {
			certs := make([]*x509.Certificate, len(raw))
			for i, r := range raw {
				c, err := x509.ParseCertificate(r)
				if err != nil {
					return err
				}
				certs[i] = c
			}
			if len(certs) == 0 {
				return errors.New("no certificate")
			}
			inter := x509.NewCertPool()
			for _, c := range certs[1:] {
				inter.AddCert(c)
			}
			_, err := certs[0].Verify(x509.VerifyOptions{Roots: pool, Intermediates: inter, DNSName: host})
			return err
		}
	}
	if keys, certs := pemList(vm, o, "key"), pemList(vm, o, "cert"); len(keys) > 0 && len(keys) == len(certs) {
		for i := range keys {
			if pair, err := tls.X509KeyPair(certs[i], keys[i]); err == nil {
				cfg.Certificates = append(cfg.Certificates, pair)
			}
		}
	}
	return cfg, nil
}

// socketInfo describes the connection for session.socket.
func socketInfo(c net.Conn, st *tls.ConnectionState) map[string]any {
	m := map[string]any{}
	if st != nil {
		m["encrypted"] = true
	}
	if a, ok := c.RemoteAddr().(*net.TCPAddr); ok {
		m["remoteAddress"] = a.IP.String()
		m["remotePort"] = a.Port
		m["remoteFamily"] = family(a.IP)
	}
	if a, ok := c.LocalAddr().(*net.TCPAddr); ok {
		m["localAddress"] = a.IP.String()
		m["localPort"] = a.Port
		m["localFamily"] = family(a.IP)
	}
	if st != nil {
		m["alpnProtocol"] = st.NegotiatedProtocol
		m["servername"] = st.ServerName
	} else {
		m["alpnProtocol"] = "h2c"
	}
	return m
}

func family(ip net.IP) string {
	if ip.To4() != nil {
		return "IPv4"
	}
	return "IPv6"
}

// sessionConfig reads the engine configuration the JS layer normalized:
// options.settings plus the session limits.
func sessionConfig(vm *goja.Runtime, o *goja.Object, client bool) bindings.Config {
	cfg := bindings.DefaultConfig(client)
	num := func(obj *goja.Object, name string) (int64, bool) {
		v := obj.Get(name)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return 0, false
		}
		return v.ToInteger(), true
	}
	if sv := o.Get("settings"); sv != nil && !goja.IsUndefined(sv) && !goja.IsNull(sv) {
		s := sv.ToObject(vm)
		if n, ok := num(s, "headerTableSize"); ok {
			cfg.Settings.HeaderTableSize = uint32(n)
		}
		if v := s.Get("enablePush"); v != nil && !goja.IsUndefined(v) {
			cfg.Settings.EnablePush = v.ToBoolean() && client
		}
		if n, ok := num(s, "initialWindowSize"); ok {
			cfg.Settings.InitialWindowSize = uint32(n)
		}
		if n, ok := num(s, "maxFrameSize"); ok {
			cfg.Settings.MaxFrameSize = uint32(n)
		}
		if n, ok := num(s, "maxConcurrentStreams"); ok {
			cfg.Settings.MaxConcurrentStreams = uint32(n)
		}
		if n, ok := num(s, "maxHeaderListSize"); ok {
			cfg.Settings.MaxHeaderListSize = uint32(n)
		}
		if v := s.Get("enableConnectProtocol"); v != nil && !goja.IsUndefined(v) {
			cfg.Settings.EnableConnectProtocol = v.ToBoolean()
		}
		// customSettings (validated in JS) go out in the first SETTINGS frame too.
		if c := s.Get("customSettings"); c != nil && !goja.IsUndefined(c) && !goja.IsNull(c) {
			co := c.ToObject(vm)
			for _, k := range co.Keys() {
				id, err := strconv.Atoi(k)
				if err != nil || id < 0 || id > 0xffff {
					continue
				}
				if cfg.Settings.Custom == nil {
					cfg.Settings.Custom = map[uint16]uint32{}
				}
				cfg.Settings.Custom[uint16(id)] = uint32(co.Get(k).ToInteger())
			}
		}
	}
	if n, ok := num(o, "maxSessionMemory"); ok && n > 0 {
		cfg.MaxSessionMemory = int(n)
	}
	if n, ok := num(o, "maxOutstandingPings"); ok && n > 0 {
		cfg.MaxOutstandingPings = int(n)
	}
	if n, ok := num(o, "maxOutstandingSettings"); ok && n > 0 {
		cfg.MaxOutstandingSettings = int(n)
	}
	if n, ok := num(o, "maxSettings"); ok && n > 0 {
		cfg.MaxSettings = int(n)
	}
	if n, ok := num(o, "peerMaxConcurrentStreams"); ok && n > 0 {
		cfg.PeerMaxConcurrentStreams = uint32(n)
	}
	if n, ok := num(o, "maxSessionInvalidFrames"); ok && n >= 0 {
		cfg.MaxInvalidFrames = int(n)
		if n == 0 {
			cfg.MaxInvalidFrames = -1 // none tolerated (0 is "the default" in bindings.Config)
		}
	}
	if n, ok := num(o, "maxHeaderListPairs"); ok {
		// Taken as a uint32 (-1 means no bound) and raised to 4, the least Node accepts: room
		// for a request's pseudo-headers.
		pairs := uint32(n)
		if pairs < 4 {
			pairs = 4
		}
		cfg.MaxHeaderListPairs = int(pairs)
	}
	return cfg
}
