package jsapi

import (
	"io"
	"net"
	"os"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/bindings"
	"github.com/goja-node/http2/host"
)

// jsConn is a net.Conn over a JS Duplex (anything with write/end/destroy and 'data'/'end'/'close'/
// 'error'/'drain' events), so the engine can run a session over a stream a script made, the way
// Node wraps such streams in a JSStreamSocket.
//
// Reading: the duplex's 'data' listener runs on the loop and appends the bytes to rbuf (no Post);
// Read takes them from there. Above jsConnHighWater buffered bytes the duplex is paused, and
// resumed (posted to the loop) once Read has drained it below jsConnLowWater.
//
// Writing: Write copies the bytes and posts duplex.write(chunk) to the loop, in order. It blocks
// while more than jsConnMaxInflight bytes are posted but not yet written, or while the last
// write() returned false and 'drain' has not come yet.
//
// Closing: Close posts duplex.end() followed by destroy() once it finished; CloseWrite posts end().
// The duplex ending ('end') is EOF for Read; 'close' and 'error' end both directions.
//
// Keeping the process alive: Node never lets a session over a script's own stream hold the loop,
// since everything it does with it happens synchronously in the caller's tick. Here the engine
// works on goroutines, so between a loop-side action (a 'data' chunk handed in, a request, a
// write) and its outcome (events, duplex.write() calls posted back) the loop must not stop: the
// conn holds one ref while anything is on its way (busy) and lets it go once the reader waits for
// input with nothing buffered, the writer is idle, and no write or event batch is still queued
// for the loop (settle). Once the session is finished nothing holds the loop at all.
type jsConn struct {
	b      *binding
	h      *host.Host
	duplex *goja.Object

	mu        sync.Mutex
	cond      *sync.Cond
	rbuf      []byte
	eof       bool  // the duplex ended or closed: Read returns io.EOF once rbuf is empty
	rerr      error // the duplex failed
	wdone     bool  // the duplex can no longer be written
	closed    bool  // Close was called
	paused    bool
	needDrain bool
	inflight  int
	rdl, wdl  time.Time
	rtimer    *time.Timer
	wtimer    *time.Timer
	readIdle  bool              // Read waits with nothing buffered (reader side quiet)
	sess      *bindings.Session // set by attach
	k         *sink             // the session's sink, whose queued event batch counts as busy

	held bool // loop only: the busy ref is held
}

const (
	jsConnHighWater   = 256 << 10
	jsConnLowWater    = 64 << 10
	jsConnMaxInflight = 256 << 10
)

// newJSConn wires the duplex's events; it runs on the loop.
func newJSConn(b *binding, duplex *goja.Object) *jsConn {
	vm := b.vm
	c := &jsConn{b: b, h: b.host, duplex: duplex}
	c.cond = sync.NewCond(&c.mu)
	if d := duplex.Get("destroyed"); d != nil && d.ToBoolean() {
		c.eof, c.wdone = true, true
		return c
	}
	on := func(name string, fn func(goja.FunctionCall) goja.Value) {
		if f, ok := goja.AssertFunction(duplex.Get("on")); ok {
			if _, err := f(duplex, vm.ToValue(name), vm.ToValue(fn)); err != nil {
				panic(err)
			}
		}
	}
	on("data", func(call goja.FunctionCall) goja.Value {
		data := bytesOf(vm, call.Argument(0))
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			return goja.Undefined()
		}
		c.rbuf = append(c.rbuf, data...)
		pause := !c.paused && len(c.rbuf) > jsConnHighWater
		if pause {
			c.paused = true
		}
		c.cond.Broadcast()
		c.mu.Unlock()
		c.busy()
		if pause {
			c.invoke("pause")
		}
		return goja.Undefined()
	})
	on("end", func(goja.FunctionCall) goja.Value {
		c.mu.Lock()
		c.eof = true
		c.cond.Broadcast()
		c.mu.Unlock()
		c.busy()
		return goja.Undefined()
	})
	on("close", func(goja.FunctionCall) goja.Value {
		c.mu.Lock()
		c.eof, c.wdone = true, true
		c.cond.Broadcast()
		c.mu.Unlock()
		c.busy()
		return goja.Undefined()
	})
	on("error", func(call goja.FunctionCall) goja.Value {
		msg := "JS stream error"
		if e := call.Argument(0); !goja.IsUndefined(e) && !goja.IsNull(e) {
			msg = e.String()
		}
		c.mu.Lock()
		if c.rerr == nil {
			c.rerr = &net.OpError{Op: "read", Net: "jsstream", Err: errorString(msg)}
		}
		c.wdone = true
		c.cond.Broadcast()
		c.mu.Unlock()
		c.busy()
		return goja.Undefined()
	})
	on("drain", func(goja.FunctionCall) goja.Value {
		c.mu.Lock()
		c.needDrain = false
		c.cond.Broadcast()
		c.mu.Unlock()
		c.busy()
		return goja.Undefined()
	})
	c.busy()
	return c
}

// attach tells the conn which session runs over it (any goroutine). The busy ref taken when the
// conn was made is settled from now on; a watcher settles it one last time once the session is
// finished.
func (c *jsConn) attach(sess *bindings.Session, k *sink) {
	c.mu.Lock()
	c.sess, c.k = sess, k
	c.mu.Unlock()
	c.h.Post(c.settle)
	go func() {
		<-sess.Done()
		c.h.Post(c.settle)
	}()
}

// writerIdle is the session's Config.OnWriterIdle (writer goroutine).
func (c *jsConn) writerIdle() { c.h.Post(c.settle) }

// finished reports (under mu) that nothing more will come from the engine over this conn: its
// session is done, or it was closed before one was attached (a failed TLS handshake).
func (c *jsConn) finishedLocked() bool {
	if c.sess == nil {
		return c.closed
	}
	select {
	case <-c.sess.Done():
		return true
	default:
		return false
	}
}

// busy holds the loop while work for the engine is on its way (loop only).
func (c *jsConn) busy() {
	if c.held {
		return
	}
	c.mu.Lock()
	fin := c.finishedLocked()
	c.mu.Unlock()
	if fin {
		return
	}
	c.held = true
	c.h.Ref()
}

// settle releases the busy ref once nothing is on its way (loop only). Each party that can be
// the last one busy posts or calls it when it goes quiet: the reader when it starts waiting, the
// writer when it goes idle, a posted write or event batch when it ran, the session when it ended.
func (c *jsConn) settle() {
	if !c.held {
		return
	}
	c.mu.Lock()
	quiet := c.inflight == 0 && len(c.rbuf) == 0
	if quiet && !c.finishedLocked() {
		quiet = c.sess != nil && c.readIdle && !c.sess.WriterBusy()
	}
	k := c.k
	c.mu.Unlock()
	if quiet && k != nil {
		k.mu.Lock()
		quiet = !k.posted
		k.mu.Unlock()
	}
	if quiet {
		c.held = false
		c.h.Unref()
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// invoke calls duplex[name](args...) on the loop; it reports the result (undefined if missing).
func (c *jsConn) invoke(name string, args ...goja.Value) goja.Value {
	fn := c.duplex.Get(name)
	if _, ok := goja.AssertFunction(fn); !ok {
		return goja.Undefined()
	}
	v, _ := c.h.Call(fn, c.duplex, args...)
	return v
}

func (c *jsConn) Read(p []byte) (int, error) {
	c.mu.Lock()
	defer func() {
		c.readIdle = false
		c.mu.Unlock()
	}()
	for {
		if c.closed {
			return 0, net.ErrClosed
		}
		if len(c.rbuf) > 0 {
			n := copy(p, c.rbuf)
			c.rbuf = c.rbuf[n:]
			if len(c.rbuf) == 0 {
				c.rbuf = nil
			}
			if c.paused && len(c.rbuf) < jsConnLowWater {
				c.paused = false
				c.h.Post(func() {
					if !c.isClosed() {
						c.invoke("resume")
					}
				})
			}
			return n, nil
		}
		if c.rerr != nil {
			return 0, c.rerr
		}
		if c.eof {
			return 0, io.EOF
		}
		if !c.rdl.IsZero() && !time.Now().Before(c.rdl) {
			return 0, os.ErrDeadlineExceeded
		}
		if c.h.Closed() {
			return 0, net.ErrClosed
		}
		if !c.readIdle {
			// All input so far is processed and its events are queued: let settle look.
			c.readIdle = true
			c.h.Post(c.settle)
		}
		c.cond.Wait()
	}
}

func (c *jsConn) isClosed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closed
}

func (c *jsConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	for {
		if c.closed {
			c.mu.Unlock()
			return 0, net.ErrClosed
		}
		if c.wdone {
			c.mu.Unlock()
			return 0, &net.OpError{Op: "write", Net: "jsstream", Err: errorString("the stream is closed")}
		}
		if !c.wdl.IsZero() && !time.Now().Before(c.wdl) {
			c.mu.Unlock()
			return 0, os.ErrDeadlineExceeded
		}
		if !c.needDrain && c.inflight < jsConnMaxInflight {
			break
		}
		c.cond.Wait()
	}
	n := len(p)
	c.inflight += n
	c.mu.Unlock()
	if n == 0 {
		return 0, nil
	}
	buf := append([]byte(nil), p...)
	ok := c.h.Post(func() {
		defer c.settle()
		c.mu.Lock()
		c.inflight -= n
		dead := c.wdone
		c.cond.Broadcast()
		c.mu.Unlock()
		if dead {
			return
		}
		if w := c.duplex.Get("writable"); w != nil && !goja.IsUndefined(w) && !w.ToBoolean() {
			c.mu.Lock()
			c.wdone = true
			c.cond.Broadcast()
			c.mu.Unlock()
			return
		}
		chunk := c.b.wrapBytes(buf)
		if r := c.invoke("write", chunk); r != nil && !goja.IsUndefined(r) && !r.ToBoolean() {
			c.mu.Lock()
			c.needDrain = true
			c.mu.Unlock()
		}
	})
	if !ok {
		c.mu.Lock()
		c.inflight -= n
		c.wdone = true
		c.cond.Broadcast()
		c.mu.Unlock()
		return 0, net.ErrClosed
	}
	return n, nil
}

// CloseWrite ends the duplex's writable side after the writes already posted.
func (c *jsConn) CloseWrite() error {
	c.mu.Lock()
	if c.closed || c.wdone {
		c.mu.Unlock()
		return nil
	}
	c.mu.Unlock()
	c.h.Post(func() {
		c.mu.Lock()
		c.wdone = true
		c.cond.Broadcast()
		c.mu.Unlock()
		c.invoke("end")
	})
	return nil
}

// Close ends the duplex (after the writes already posted) and destroys it once finished, as Node
// does with a session's socket.
func (c *jsConn) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.rbuf = nil
	if c.rtimer != nil {
		c.rtimer.Stop()
	}
	if c.wtimer != nil {
		c.wtimer.Stop()
	}
	c.cond.Broadcast()
	c.mu.Unlock()
	c.h.Post(func() {
		defer c.settle()
		vm := c.h.VM()
		if d := c.duplex.Get("destroyed"); d != nil && d.ToBoolean() {
			return
		}
		destroy := vm.ToValue(func(goja.FunctionCall) goja.Value {
			c.invoke("destroy")
			return goja.Undefined()
		})
		if w := c.duplex.Get("writableEnded"); w != nil && w.ToBoolean() {
			c.invoke("destroy")
			return
		}
		c.invoke("end", destroy)
	})
	return nil
}

type jsAddr struct{}

func (jsAddr) Network() string { return "jsstream" }
func (jsAddr) String() string  { return "jsstream" }

func (c *jsConn) LocalAddr() net.Addr  { return jsAddr{} }
func (c *jsConn) RemoteAddr() net.Addr { return jsAddr{} }

func (c *jsConn) SetDeadline(t time.Time) error {
	_ = c.SetReadDeadline(t)
	return c.SetWriteDeadline(t)
}

func (c *jsConn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rdl = t
	c.rtimer = c.arm(c.rtimer, t)
	return nil
}

func (c *jsConn) SetWriteDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wdl = t
	c.wtimer = c.arm(c.wtimer, t)
	return nil
}

// arm (under mu) replaces a deadline timer with one that wakes the waiters at t.
func (c *jsConn) arm(old *time.Timer, t time.Time) *time.Timer {
	if old != nil {
		old.Stop()
	}
	c.cond.Broadcast()
	if t.IsZero() || c.closed {
		return nil
	}
	return time.AfterFunc(time.Until(t), func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
}
