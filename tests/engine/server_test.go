package engine

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/goja-node/http2/bindings"
	"golang.org/x/net/http2/hpack"
)

// testServer serves the engine on a loopback listener, h2c with prior
// knowledge or TLS with ALPN "h2", and answers like a typical
// hello-world/echo server:
//
//	GET or HEAD /size/N  200, N bytes (generated as it is sent, never held whole)
//	GET or HEAD anything 200, "hello world\n"
//	POST, PUT, ...       200, the request body echoed back as it arrives
//
// Echoed bytes are Consumed only once they were written back, so a slow
// reader of the response slows the upload instead of growing buffers.
type testServer struct {
	t    testing.TB
	ln   net.Listener
	Addr string // host:port
	Port int
	TLS  bool
	cfg  bindings.Config

	// maxRecv and maxOut are the highest RecvBuffered and OutBuffered
	// seen on any session.
	mu        sync.Mutex
	sessions  []*bindings.Session
	onSession func(s *bindings.Session) // see SetOnSession
	maxRecv   int64
	maxOut    int64
	errs      []error
}

const helloBody = "hello world\n"

// startServer starts a test server with Node's defaults except that it
// advertises MAX_CONCURRENT_STREAMS 100, as most servers do (nghttpd 100,
// Go 250), so that peers making many requests exercise the limit.
func startServer(t testing.TB, useTLS bool) *testServer {
	t.Helper()
	cfg := bindings.DefaultConfig(false)
	cfg.Settings.MaxConcurrentStreams = 100
	return startServerConfig(t, useTLS, cfg)
}

func startServerConfig(t testing.TB, useTLS bool, cfg bindings.Config) *testServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.TLS = useTLS
	srv := &testServer{t: t, ln: ln, Addr: ln.Addr().String(), Port: ln.Addr().(*net.TCPAddr).Port, TLS: useTLS, cfg: cfg}
	if useTLS {
		srv.ln = tls.NewListener(ln, serverTLSConfig(t))
	}
	go srv.serve()
	t.Cleanup(srv.close)
	return srv
}

// SetOnSession makes f be called with each new server session.
func (srv *testServer) SetOnSession(f func(s *bindings.Session)) {
	srv.mu.Lock()
	srv.onSession = f
	srv.mu.Unlock()
}

// URL returns the base URL (http:// or https://) of the server.
func (srv *testServer) URL() string {
	if srv.TLS {
		return "https://" + srv.Addr
	}
	return "http://" + srv.Addr
}

func (srv *testServer) serve() {
	for {
		c, err := srv.ln.Accept()
		if err != nil {
			return
		}
		go srv.handle(c)
	}
}

func (srv *testServer) handle(c net.Conn) {
	if tc, ok := c.(*tls.Conn); ok {
		_ = tc.SetDeadline(time.Now().Add(10 * time.Second))
		if err := tc.Handshake(); err != nil {
			c.Close()
			return
		}
		_ = tc.SetDeadline(time.Time{})
		if tc.ConnectionState().NegotiatedProtocol != "h2" {
			c.Close()
			return
		}
	}
	k := &serverSink{srv: srv, reqs: map[*bindings.Stream]*serverReq{}}
	s := bindings.NewServerSession(c, srv.cfg, k)
	srv.mu.Lock()
	srv.sessions = append(srv.sessions, s)
	hook := srv.onSession
	srv.mu.Unlock()
	if hook != nil {
		hook(s)
	}
}

func (srv *testServer) close() {
	srv.ln.Close()
	srv.mu.Lock()
	ss := srv.sessions
	srv.mu.Unlock()
	for _, s := range ss {
		s.Destroy(nil, bindings.NGHTTP2_NO_ERROR)
		select {
		case <-s.Done():
		case <-time.After(5 * time.Second):
			srv.t.Errorf("server session did not close")
		}
	}
}

// MaxRecvBuffered is the highest RecvBuffered any session reached.
func (srv *testServer) MaxRecvBuffered() int64 {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	return srv.maxRecv
}

// MaxOutBuffered is the highest OutBuffered any session reached.
func (srv *testServer) MaxOutBuffered() int64 {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	return srv.maxOut
}

func (srv *testServer) note(s *bindings.Session) {
	rb, ob := s.RecvBuffered(), s.OutBuffered()
	srv.mu.Lock()
	srv.maxRecv = max(srv.maxRecv, rb)
	srv.maxOut = max(srv.maxOut, ob)
	srv.mu.Unlock()
}

type serverReq struct {
	echo bool
	// generator state for /size/N
	remaining int64
	queued    int64
}

type serverSink struct {
	bindings.NopSink
	srv  *testServer
	mu   sync.Mutex
	reqs map[*bindings.Stream]*serverReq
}

// genChunk is the shared, read-only source of generated bodies: byte i of
// a body is byte(i), and the chunk length is a multiple of 256 so chunks
// continue the pattern.
var genChunk = func() []byte {
	b := make([]byte, 32<<10)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

// genQueueMax bounds how much generated body is queued on one stream,
// like a Node stream's highWaterMark. Queued outbound bytes count against
// the session's maxSessionMemory (as in Node), so a deep queue per stream
// would make the engine refuse new streams under many concurrent downloads.
const genQueueMax = 64 << 10

func hdr(kv ...string) []hpack.HeaderField {
	out := make([]hpack.HeaderField, 0, len(kv)/2)
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

func (k *serverSink) OnStreamHeaders(st *bindings.Stream, h []hpack.HeaderField, info bindings.HeadersInfo) {
	s := st.Session()
	if info.Category != bindings.CategoryRequest {
		// Trailers: only their END_STREAM matters, for an echo.
		if info.EndStream {
			k.mu.Lock()
			r := k.reqs[st]
			k.mu.Unlock()
			if r != nil && r.echo {
				_ = s.WriteData(st, nil, true)
			}
		}
		return
	}
	method, path := hget(h, ":method"), hget(h, ":path")
	head := method == "HEAD"
	if method == "GET" || head {
		if rest, ok := strings.CutPrefix(path, "/size/"); ok {
			n, err := strconv.ParseInt(rest, 10, 64)
			if err != nil || n < 0 {
				_ = s.Respond(st, hdr(":status", "400", "content-type", "text/plain"), true, false)
				return
			}
			if head || n == 0 {
				_ = s.Respond(st, hdr(":status", "200", "content-type", "application/octet-stream", "content-length", strconv.FormatInt(n, 10)), true, false)
				return
			}
			r := &serverReq{remaining: n}
			k.mu.Lock()
			k.reqs[st] = r
			k.mu.Unlock()
			_ = s.Respond(st, hdr(":status", "200", "content-type", "application/octet-stream", "content-length", strconv.FormatInt(n, 10)), false, false)
			k.generate(st, 0)
			return
		}
		_ = s.Respond(st, hdr(":status", "200", "content-type", "text/plain; charset=utf-8", "content-length", strconv.Itoa(len(helloBody))), head, false)
		if !head {
			_ = s.WriteData(st, []byte(helloBody), true)
		}
		return
	}
	ct := hget(h, "content-type")
	if ct == "" {
		ct = "application/octet-stream"
	}
	rh := hdr(":status", "200", "content-type", ct)
	if cl := hget(h, "content-length"); cl != "" {
		rh = append(rh, hpack.HeaderField{Name: "content-length", Value: cl})
	}
	if info.EndStream {
		_ = s.Respond(st, rh, true, false)
		return
	}
	k.mu.Lock()
	k.reqs[st] = &serverReq{echo: true}
	k.mu.Unlock()
	_ = s.Respond(st, rh, false, false)
}

// generate queues more of a /size/N body; written is what was just
// reported written.
func (k *serverSink) generate(st *bindings.Stream, written int) {
	s := st.Session()
	k.mu.Lock()
	r := k.reqs[st]
	if r == nil || r.echo {
		k.mu.Unlock()
		return
	}
	r.queued -= int64(written)
	var chunks [][]byte
	for r.remaining > 0 && r.queued < genQueueMax {
		n := min(int64(len(genChunk)), r.remaining)
		chunks = append(chunks, genChunk[:n])
		r.remaining -= n
		r.queued += n
	}
	done := r.remaining == 0
	if done {
		delete(k.reqs, st)
	}
	k.mu.Unlock()
	for i, c := range chunks {
		if err := s.WriteData(st, c, done && i == len(chunks)-1); err != nil {
			return
		}
	}
	k.srv.note(s)
}

func (k *serverSink) OnStreamData(st *bindings.Stream, d []byte, end bool) {
	s := st.Session()
	k.mu.Lock()
	r := k.reqs[st]
	k.mu.Unlock()
	k.srv.note(s)
	if r == nil || !r.echo {
		// Body of a GET, or a request we already answered: drop it.
		st.Consumed(len(d))
		return
	}
	// Echo: the credit goes back when the bytes were written back
	// (OnStreamWritten), so the response reader paces the upload.
	if len(d) > 0 || end {
		if err := s.WriteData(st, d, end); err != nil {
			st.Consumed(len(d))
		}
	}
	if end {
		k.mu.Lock()
		delete(k.reqs, st)
		k.mu.Unlock()
	}
}

func (k *serverSink) OnStreamWritten(st *bindings.Stream, n int) {
	k.mu.Lock()
	r := k.reqs[st]
	k.mu.Unlock()
	if r != nil && !r.echo {
		k.generate(st, n)
		return
	}
	// Echoed bytes (or the tail of an echo whose request already ended).
	st.Consumed(n)
}

func (k *serverSink) OnStreamClose(st *bindings.Stream, code uint32) {
	k.mu.Lock()
	delete(k.reqs, st)
	k.mu.Unlock()
}

// serverTLSConfig makes a self-signed certificate for 127.0.0.1 and
// localhost, offering only h2 by ALPN.
func serverTLSConfig(t testing.TB) *tls.Config {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "localhost"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		DNSNames:              []string{"localhost"},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}},
		NextProtos:   []string{"h2"},
		MinVersion:   tls.VersionTLS12,
	}
}
