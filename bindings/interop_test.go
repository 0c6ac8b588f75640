package bindings

import (
	"bytes"
	"context"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

func h2cTransport() *http2.Transport {
	return &http2.Transport{
		AllowHTTP: true,
		DialTLSContext: func(ctx context.Context, network, addr string, _ *tls.Config) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, addr)
		},
	}
}

func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * 7)
	}
	return b
}

// TestServerAgainstGoTransport: x/net/http2's client against our server,
// small and multi-megabyte bodies both directions, with a slow consumer on
// our side whose buffered bytes must stay within the flow-control window.
func TestServerAgainstGoTransport(t *testing.T) {
	var consumeMu sync.Mutex
	srv := startEchoServer(t, DefaultConfig(false), func(st *Stream, n int) {
		// Consume later, in small steps, from another goroutine.
		go func() {
			consumeMu.Lock()
			defer consumeMu.Unlock()
			time.Sleep(time.Millisecond)
			st.Consumed(n)
		}()
	})
	tr := h2cTransport()
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}

	resp, err := client.Get("http://" + srv.addr + "/size/11")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(b) != 11 {
		t.Fatalf("status %d len %d", resp.StatusCode, len(b))
	}

	t0 := time.Now()
	const size = 4 << 20
	up := pattern(size)
	resp, err = client.Post("http://"+srv.addr+"/echo", "application/octet-stream", bytes.NewReader(up))
	if err != nil {
		t.Fatal(err)
	}
	// Read the response slowly too.
	var got bytes.Buffer
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		got.Write(buf[:n])
		if err != nil {
			break
		}
	}
	resp.Body.Close()
	if !bytes.Equal(got.Bytes(), up) {
		t.Fatalf("echo mismatch: got %d bytes", got.Len())
	}
	if m := srv.maxRecvLoad(); m > 65535 {
		t.Fatalf("server buffered %d unconsumed bytes, more than the window", m)
	}

	t.Logf("echo took %v", time.Since(t0))
	t0 = time.Now()
	defer func() { t.Logf("concurrent took %v", time.Since(t0)) }()
	// Concurrent requests on one connection.
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			resp, err := client.Get("http://" + srv.addr + "/size/" + strconv.Itoa(1000*i))
			if err != nil {
				t.Error(err)
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if len(b) != 1000*i {
				t.Errorf("request %d: %d bytes", i, len(b))
			}
		}(i)
	}
	wg.Wait()
}

// clientSink collects one response per stream for the interop client.
type clientSink struct {
	NopSink
	mu      sync.Mutex
	status  map[*Stream]string
	body    map[*Stream]*bytes.Buffer
	done    map[*Stream]chan struct{}
	consume func(st *Stream, n int)
	s       *Session
	maxRecv int64
}

func newClientSink() *clientSink {
	return &clientSink{status: map[*Stream]string{}, body: map[*Stream]*bytes.Buffer{}, done: map[*Stream]chan struct{}{}}
}

func (k *clientSink) track(st *Stream) chan struct{} {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.done[st] == nil {
		k.done[st] = make(chan struct{})
		k.body[st] = new(bytes.Buffer)
	}
	return k.done[st]
}

func (k *clientSink) OnStreamHeaders(st *Stream, h []hpack.HeaderField, info HeadersInfo) {
	k.track(st)
	k.mu.Lock()
	if info.Category == CategoryResponse {
		k.status[st] = hget(h, ":status")
	}
	k.mu.Unlock()
}

func (k *clientSink) OnStreamData(st *Stream, d []byte, end bool) {
	k.track(st)
	k.mu.Lock()
	k.body[st].Write(d)
	if rb := st.Session().RecvBuffered(); rb > k.maxRecv {
		k.maxRecv = rb
	}
	k.mu.Unlock()
	if k.consume != nil {
		k.consume(st, len(d))
	} else {
		st.Consumed(len(d))
	}
}

func (k *clientSink) OnStreamClose(st *Stream, code uint32) {
	ch := k.track(st)
	close(ch)
}

// TestClientAgainstGoServer: our client against x/net/http2's Server.
func TestClientAgainstGoServer(t *testing.T) {
	const size = 4 << 20
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	h2s := &http2.Server{}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Write(pattern(size))
		case "/echo":
			b, _ := io.ReadAll(r.Body)
			w.Header().Set("x-len", strconv.Itoa(len(b)))
			w.Header().Set("Trailer", "x-sum")
			w.Write(b)
			w.Header().Set("x-sum", "ok")
		default:
			w.Write([]byte("hi"))
		}
	})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go h2s.ServeConn(c, &http2.ServeConnOpts{Handler: handler})
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	sink := newClientSink()
	var pending sync.WaitGroup
	sink.consume = func(st *Stream, n int) {
		pending.Add(1)
		go func() {
			defer pending.Done()
			time.Sleep(time.Millisecond)
			st.Consumed(n)
		}()
	}
	s := NewClientSession(conn, DefaultConfig(true), sink)
	sink.s = s
	defer func() { s.Destroy(nil, 0); <-s.Done() }()
	req := func(method, path string) []hpack.HeaderField {
		return hf(":method", method, ":scheme", "http", ":path", path, ":authority", ln.Addr().String())
	}

	st, err := s.Request(req("GET", "/big"), RequestOptions{EndStream: true})
	if err != nil {
		t.Fatal(err)
	}
	<-sink.track(st)
	sink.mu.Lock()
	if sink.status[st] != "200" || !bytes.Equal(sink.body[st].Bytes(), pattern(size)) {
		t.Fatalf("download: status %s, %d bytes", sink.status[st], sink.body[st].Len())
	}
	if sink.maxRecv > 65535 {
		t.Fatalf("client buffered %d unconsumed bytes", sink.maxRecv)
	}
	sink.mu.Unlock()
	pending.Wait()

	up := pattern(size)
	st, err = s.Request(req("POST", "/echo"), RequestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sink.track(st)
	// Write in chunks with backpressure, as the JS stream would.
	for off := 0; off < len(up); off += 64 << 10 {
		for st.BufferedAmount() > 256<<10 {
			time.Sleep(time.Millisecond)
		}
		end := min(off+64<<10, len(up))
		if err := s.WriteData(st, up[off:end], end == len(up)); err != nil {
			t.Fatal(err)
		}
	}
	<-sink.track(st)
	sink.mu.Lock()
	if !bytes.Equal(sink.body[st].Bytes(), up) {
		t.Fatalf("echo: %d bytes", sink.body[st].Len())
	}
	sink.mu.Unlock()

	// Ping round trip with a real peer.
	got := make(chan error, 1)
	s.Ping([8]byte{1}, func(_ time.Duration, _ [8]byte, err error) { got <- err })
	if err := <-got; err != nil {
		t.Fatal(err)
	}
}

// TestNoGoroutineLeak: after sessions end (graceful, destroyed, peer
// hang-up), every goroutine they started has exited.
func TestNoGoroutineLeak(t *testing.T) {
	runtime.GC()
	before := runtime.NumGoroutine()
	for i := 0; i < 10; i++ {
		c1, c2 := net.Pipe()
		srvSink := &echoSink{bodies: map[*Stream]*echoReq{}, srv: &echoServer{}}
		srv := NewServerSession(c1, DefaultConfig(false), srvSink)
		srvSink.s = srv
		ck := newClientSink()
		cli := NewClientSession(c2, DefaultConfig(true), ck)
		ck.s = cli
		st, err := cli.Request(hf(":method", "GET", ":scheme", "http", ":path", "/size/100000", ":authority", "x"), RequestOptions{EndStream: true})
		if err != nil {
			t.Fatal(err)
		}
		<-ck.track(st)
		switch i % 3 {
		case 0:
			cli.Close()
		case 1:
			srv.Destroy(nil, NGHTTP2_INTERNAL_ERROR)
		case 2:
			c1.Close()
		}
		for _, s := range []*Session{cli, srv} {
			select {
			case <-s.Done():
			case <-time.After(5 * time.Second):
				t.Fatalf("iteration %d: session did not finish", i)
			}
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Fatalf("goroutines: %d before, %d after\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}
