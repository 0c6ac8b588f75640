package faults

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"

	_ "github.com/goja-node/http2"
	h2rt "github.com/goja-node/http2/runtime"
)

// scriptTimeout bounds every script run; a script that has not returned by then hangs the host.
const scriptTimeout = 20 * time.Second

// lineBuf is an io.Writer safe for the loop goroutine and the test goroutine; every complete line
// is also sent on lines (dropped when nobody listens).
type lineBuf struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	part  []byte
	lines chan string
}

func newLineBuf() *lineBuf { return &lineBuf{lines: make(chan string, 1024)} }

func (b *lineBuf) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	b.part = append(b.part, p...)
	for {
		i := bytes.IndexByte(b.part, '\n')
		if i < 0 {
			break
		}
		select {
		case b.lines <- string(b.part[:i]):
		default:
		}
		b.part = b.part[i+1:]
	}
	return len(p), nil
}

func (b *lineBuf) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// script is a JS program running through runtime.New on its own goroutine.
type script struct {
	t        *testing.T
	out, err *lineBuf
	done     chan struct{}
	code     int
	runErr   error
}

// startScript runs src as the main script with args as process.argv[2:].
func startScript(t *testing.T, src string, args ...string) *script {
	t.Helper()
	s := &script{t: t, out: newLineBuf(), err: newLineBuf(), done: make(chan struct{})}
	r := h2rt.New(h2rt.Options{Stdout: s.out, Stderr: s.err, Args: args})
	go func() {
		defer close(s.done)
		s.code, s.runErr = r.RunString("fault.js", src)
	}()
	return s
}

// startFile runs a script file as the main module (relative requires and __dirname work).
func startFile(t *testing.T, path string, args ...string) *script {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	s := &script{t: t, out: newLineBuf(), err: newLineBuf(), done: make(chan struct{})}
	r := h2rt.New(h2rt.Options{Stdout: s.out, Stderr: s.err, Args: args})
	go func() {
		defer close(s.done)
		s.code, s.runErr = r.RunMain(abs)
	}()
	return s
}

// waitLine returns the rest of the first stdout line starting with prefix.
func (s *script) waitLine(prefix string) string {
	s.t.Helper()
	timeout := time.After(scriptTimeout)
	for {
		select {
		case l := <-s.out.lines:
			if strings.HasPrefix(l, prefix) {
				return strings.TrimPrefix(l, prefix)
			}
		case <-s.done:
			s.t.Fatalf("script ended (exit %d) before printing %q\nstdout: %s\nstderr: %s", s.code, prefix, s.out, s.err)
		case <-timeout:
			s.t.Fatalf("no %q line after %v\nstdout: %s\nstderr: %s", prefix, scriptTimeout, s.out, s.err)
		}
	}
}

// port waits for the script's "PORT n" line.
func (s *script) port() int {
	s.t.Helper()
	p, err := strconv.Atoi(strings.TrimSpace(s.waitLine("PORT ")))
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

// wait waits for the script to return (the loop drained or process.exit) and returns its exit
// code; it fails the test when the script hangs.
func (s *script) wait() int {
	s.t.Helper()
	select {
	case <-s.done:
	case <-time.After(scriptTimeout):
		s.t.Fatalf("script did not return within %v (hang)\nstdout: %s\nstderr: %s\n%s", scriptTimeout, s.out, s.err, stacks())
	}
	if s.runErr != nil {
		s.t.Fatalf("RunString: %v\nstderr: %s", s.runErr, s.err)
	}
	return s.code
}

// mustPass waits and requires exit code 0.
func (s *script) mustPass() string {
	s.t.Helper()
	if code := s.wait(); code != 0 {
		s.t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, s.out, s.err)
	}
	return s.out.String()
}

func stacks() string {
	buf := make([]byte, 1<<20)
	return string(buf[:goruntime.Stack(buf, true)])
}

// noLeaks waits until the goroutine count is back to before.
func noLeaks(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			t.Fatalf("goroutines: %d before, %d after\n%s", before, goruntime.NumGoroutine(), stacks())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// openFDs counts this process's open file descriptors (Linux; -1 elsewhere).
func openFDs() int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(ents)
}

// runNode runs src under node (when installed) with the same args and returns its exit code and
// output; the tests use it to check what Node does for the same script.
func runNode(t *testing.T, src string, args ...string) (int, string, bool) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		return 0, "", false
	}
	f := filepath.Join(t.TempDir(), "fault.js")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, append([]string{f}, args...)...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(scriptTimeout):
		cmd.Process.Kill()
		<-done
		t.Fatalf("node hung\n%s", out.String())
	}
	return cmd.ProcessState.ExitCode(), out.String(), true
}

// ---- a raw HTTP/2 peer built on x/net/http2's Framer ----

// frame is a frame read by rawPeer, copied out of the framer.
type frame struct {
	typ     http2.FrameType
	flags   http2.Flags
	stream  uint32
	code    http2.ErrCode
	last    uint32
	ack     bool
	ping    [8]byte
	headers []hpack.HeaderField
	data    []byte
}

func (f frame) String() string {
	return fmt.Sprintf("%v stream=%d flags=%v code=%v", f.typ, f.stream, f.flags, f.code)
}

// rawPeer speaks HTTP/2 frame by frame over a TCP connection.
type rawPeer struct {
	t      *testing.T
	conn   net.Conn
	wmu    sync.Mutex
	fr     *http2.Framer
	bw     *bufio.Writer
	enc    *hpack.Encoder
	encBuf bytes.Buffer
	frames chan frame
	paused chan struct{} // closed by stopReading: the reader stops reading the socket

	smu    sync.Mutex
	events map[string]chan struct{} // see when
}

// when returns a channel closed once the reader has seen event: "end <id>" (a frame with
// END_STREAM on stream id) or "rst <id>" (RST_STREAM on it). It lets an attack wait for the
// server without taking frames from the test's own reading.
func (p *rawPeer) when(event string) <-chan struct{} { return p.eventChan(event) }

func (p *rawPeer) eventChan(event string) chan struct{} {
	p.smu.Lock()
	defer p.smu.Unlock()
	if p.events == nil {
		p.events = make(map[string]chan struct{})
	}
	ch, ok := p.events[event]
	if !ok {
		ch = make(chan struct{})
		p.events[event] = ch
	}
	return ch
}

func (p *rawPeer) signal(event string) {
	ch := p.eventChan(event)
	p.smu.Lock()
	defer p.smu.Unlock()
	select {
	case <-ch:
	default:
		close(ch)
	}
}

// stopReading makes the peer stop reading the socket, so what the server writes backs up.
func (p *rawPeer) stopReading() { close(p.paused) }

// dialPeer connects to a server on port and, when preface is set, sends the client preface and
// an empty SETTINGS frame.
func dialPeer(t *testing.T, port int, preface bool) *rawPeer {
	t.Helper()
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	p := &rawPeer{t: t, conn: c, frames: make(chan frame, 1<<16), paused: make(chan struct{})}
	p.bw = bufio.NewWriterSize(c, 64<<10)
	p.fr = http2.NewFramer(p.bw, nil)
	p.fr.AllowIllegalWrites = true
	p.enc = hpack.NewEncoder(&p.encBuf)
	go p.readLoop()
	if preface {
		p.write(func(fr *http2.Framer) error {
			p.bw.WriteString(http2.ClientPreface)
			return fr.WriteSettings()
		})
	}
	return p
}

func (p *rawPeer) readLoop() {
	defer close(p.frames)
	fr := http2.NewFramer(nil, p.conn)
	fr.ReadMetaHeaders = hpack.NewDecoder(65536, nil)
	fr.MaxHeaderListSize = 1 << 20
	for {
		select {
		case <-p.paused:
			return
		default:
		}
		f, err := fr.ReadFrame()
		if err != nil {
			if _, ok := err.(http2.StreamError); ok {
				continue
			}
			return
		}
		h := f.Header()
		rf := frame{typ: h.Type, flags: h.Flags, stream: h.StreamID}
		switch f := f.(type) {
		case *http2.MetaHeadersFrame:
			rf.headers = append([]hpack.HeaderField(nil), f.Fields...)
		case *http2.DataFrame:
			rf.data = bytes.Clone(f.Data())
		case *http2.RSTStreamFrame:
			rf.code = f.ErrCode
		case *http2.GoAwayFrame:
			rf.code, rf.last = f.ErrCode, f.LastStreamID
		case *http2.PingFrame:
			rf.ack, rf.ping = f.IsAck(), f.Data
		case *http2.SettingsFrame:
			rf.ack = f.IsAck()
		}
		if (h.Type == http2.FrameData || h.Type == http2.FrameHeaders) && h.Flags.Has(http2.FlagDataEndStream) {
			p.signal("end " + strconv.Itoa(int(h.StreamID)))
		}
		if h.Type == http2.FrameRSTStream {
			p.signal("rst " + strconv.Itoa(int(h.StreamID)))
		}
		select {
		case p.frames <- rf:
		default: // a flood test that does not read: drop
		}
	}
}

// write runs fn with the framer and flushes.
func (p *rawPeer) write(fn func(fr *http2.Framer) error) error {
	p.wmu.Lock()
	defer p.wmu.Unlock()
	if err := fn(p.fr); err != nil {
		return err
	}
	return p.bw.Flush()
}

func (p *rawPeer) block(kv ...string) []byte {
	p.encBuf.Reset()
	for i := 0; i+1 < len(kv); i += 2 {
		p.enc.WriteField(hpack.HeaderField{Name: kv[i], Value: kv[i+1]})
	}
	return bytes.Clone(p.encBuf.Bytes())
}

// request writes a HEADERS frame for a GET (or the given fields) on stream id.
func (p *rawPeer) headers(fr *http2.Framer, id uint32, end bool, kv ...string) error {
	if len(kv) == 0 {
		kv = []string{":method", "GET", ":scheme", "http", ":path", "/", ":authority", "localhost"}
	}
	return fr.WriteHeaders(http2.HeadersFrameParam{StreamID: id, BlockFragment: p.block(kv...), EndStream: end, EndHeaders: true})
}

// waitFrame returns the next frame of type typ (skipping others); ok is false when the
// connection closed first.
func (p *rawPeer) waitFrame(typ http2.FrameType, d time.Duration) (frame, bool) {
	p.t.Helper()
	timeout := time.After(d)
	for {
		select {
		case f, ok := <-p.frames:
			if !ok {
				return frame{}, false
			}
			if f.typ == typ {
				return f, true
			}
		case <-timeout:
			p.t.Fatalf("timeout waiting for %v", typ)
		}
	}
}

// waitClosed drains frames until the server closes the connection and returns what it saw.
func (p *rawPeer) waitClosed(d time.Duration) []frame {
	p.t.Helper()
	var seen []frame
	timeout := time.After(d)
	for {
		select {
		case f, ok := <-p.frames:
			if !ok {
				return seen
			}
			seen = append(seen, f)
		case <-timeout:
			p.t.Fatalf("connection still open after %v; frames: %v", d, seen)
		}
	}
}

var _ = io.EOF

// startNode runs src under node instead of h2js (for comparing with Node; skips when node is
// not installed). Only port, waitLine, wait and mustPass are meaningful on the result.
func startNode(t *testing.T, src string, args ...string) *script {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	f := filepath.Join(t.TempDir(), "fault.js")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	s := &script{t: t, out: newLineBuf(), err: newLineBuf(), done: make(chan struct{})}
	cmd := exec.Command(node, append([]string{f}, args...)...)
	cmd.Stdout, cmd.Stderr = s.out, s.err
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	go func() {
		defer close(s.done)
		cmd.Wait()
		s.code = cmd.ProcessState.ExitCode()
	}()
	return s
}
