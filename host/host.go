// Package host is the contract between Go-backed modules (http2, timers, fs, net) and the goja_nodejs
// event loop they run on: a reference count that keeps the loop alive exactly as long as Node would,
// a way for goroutines to hand work to the loop, and one place where JS exceptions thrown from
// callbacks become uncaught errors. Nothing but the loop goroutine touches the *goja.Runtime.
package host

import (
	"errors"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
)

// holdMillis is how long one keep-alive timer lasts before it is re-armed (just under 2^31 ms, the
// longest delay goja_nodejs' timers take without overflow).
const holdMillis = 1<<31 - 1

// Host is attached to one event loop and its runtime. Methods other than Post and Closed must be
// called on the loop goroutine.
type Host struct {
	loop *eventloop.EventLoop
	vm   *goja.Runtime

	refs     int
	hold     goja.Value // the goja_nodejs timer that keeps the loop alive while refs > 0
	setHold  goja.Callable
	clearFn  goja.Callable
	holdFunc goja.Value

	// Invoke calls fn(this, args...) for Go code and reports a throw as an uncaught exception. The
	// runtime replaces it with a JS trampoline that also drains process.nextTick before promise jobs.
	invoke func(fn goja.Value, this goja.Value, args ...goja.Value) (goja.Value, bool)
	// Uncaught handles an exception nobody caught; the runtime routes it to process.
	uncaught func(err error)

	// inJob is true while a job handed over by Post runs; afterJob runs when it ends (loop only).
	inJob    bool
	afterJob []func()

	closed  atomic.Bool // read on every Call and Post: no lock on the hot path
	mu      sync.Mutex  // guards closers
	closers map[*Closer]struct{}
}

var (
	hostsMu sync.Mutex
	hosts   = map[*goja.Runtime]*Host{}
)

// ErrClosed is returned by Post after the host was closed.
var ErrClosed = errors.New("host: event loop closed")

// Install attaches a Host to loop. It must run on the loop goroutine (inside loop.Run or RunOnLoop)
// before any script replaces the global setTimeout/clearTimeout: the keep-alive timer uses
// goja_nodejs' own timers, whose job count is what keeps loop.Run from returning.
func Install(loop *eventloop.EventLoop, vm *goja.Runtime) *Host {
	hostsMu.Lock()
	defer hostsMu.Unlock()
	if h := hosts[vm]; h != nil {
		return h
	}
	h := &Host{loop: loop, vm: vm, closers: map[*Closer]struct{}{}}
	h.setHold, _ = goja.AssertFunction(vm.Get("setTimeout"))
	h.clearFn, _ = goja.AssertFunction(vm.Get("clearTimeout"))
	h.holdFunc = vm.ToValue(func(goja.FunctionCall) goja.Value {
		// The long timer ran out while something still holds the loop: arm another.
		h.hold = nil
		if h.refs > 0 {
			h.arm()
		}
		return goja.Undefined()
	})
	h.invoke = h.plainInvoke
	h.uncaught = func(err error) { panic(err) }
	hosts[vm] = h
	return h
}

// Of returns the Host installed on vm, or nil.
func Of(vm *goja.Runtime) *Host {
	hostsMu.Lock()
	defer hostsMu.Unlock()
	return hosts[vm]
}

// VM returns the runtime; only for use on the loop goroutine.
func (h *Host) VM() *goja.Runtime { return h.vm }

// Loop returns the event loop the host is attached to.
func (h *Host) Loop() *eventloop.EventLoop { return h.loop }

// Ref keeps the loop alive until a matching Unref.
func (h *Host) Ref() {
	h.refs++
	if h.refs == 1 && h.hold == nil {
		h.arm()
	}
}

// Unref releases one Ref. When none remain, loop.Run may return once the current job ends.
func (h *Host) Unref() {
	if h.refs == 0 {
		return
	}
	h.refs--
	if h.refs == 0 && h.hold != nil {
		if h.clearFn != nil {
			_, _ = h.clearFn(goja.Undefined(), h.hold)
		}
		h.hold = nil
	}
}

// Refs reports the current reference count.
func (h *Host) Refs() int { return h.refs }

func (h *Host) arm() {
	if h.setHold == nil {
		return
	}
	v, err := h.setHold(goja.Undefined(), h.holdFunc, h.vm.ToValue(holdMillis))
	if err == nil {
		h.hold = v
	}
}

// Post runs fn on the loop goroutine as soon as possible, in the order of Post calls. It is safe
// from any goroutine. It reports false when the loop no longer accepts work.
func (h *Host) Post(fn func()) bool {
	if h.closed.Load() {
		return false
	}
	return h.loop.RunOnLoop(func(*goja.Runtime) {
		if h.Closed() {
			return
		}
		h.runJob(fn)
	})
}

func (h *Host) runJob(fn func()) {
	h.inJob = true
	defer h.endJob()
	fn()
}

func (h *Host) endJob() {
	h.inJob = false
	for len(h.afterJob) > 0 {
		fns := h.afterJob
		h.afterJob = nil
		for _, f := range fns {
			f()
		}
	}
}

// InJob reports whether the loop is running a job handed over by Post (a batch of engine events,
// a timer). Loop goroutine only.
func (h *Host) InJob() bool { return h.inJob }

// AfterJob runs fn once when the current Post job has ended, after everything the job's
// callbacks (and their nextTicks and promise jobs) did; outside a job it runs fn at once. The
// http2 binding uses it to wake a session's writer once per job instead of once per write.
// Loop goroutine only.
func (h *Host) AfterJob(fn func()) {
	if !h.inJob {
		fn()
		return
	}
	h.afterJob = append(h.afterJob, fn)
}

// Call invokes a JS function on behalf of Go code (an engine event, a timer). A throw becomes an
// uncaught exception; ok is false when fn threw or the host is shutting down.
func (h *Host) Call(fn goja.Value, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	if h.Closed() {
		return goja.Undefined(), false
	}
	return h.invoke(fn, this, args...)
}

func (h *Host) plainInvoke(fn goja.Value, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return goja.Undefined(), false
	}
	v, err := call(this, args...)
	if err != nil {
		h.ReportUncaught(err)
		return goja.Undefined(), false
	}
	return v, true
}

// SetInvoker replaces how Call enters JS (the runtime installs its nextTick-draining trampoline).
func (h *Host) SetInvoker(fn func(fn goja.Value, this goja.Value, args ...goja.Value) (goja.Value, bool)) {
	h.invoke = fn
}

// SetUncaughtHandler sets what happens to an exception no JS code caught.
func (h *Host) SetUncaughtHandler(fn func(err error)) { h.uncaught = fn }

// ReportUncaught hands err to the uncaught-exception handler.
func (h *Host) ReportUncaught(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return // process.exit() unwinding: not an error
	}
	h.uncaught(err)
}

// Closer is a resource (a server, a session, a socket) that must be released when the host goes away.
type Closer struct {
	fn func()
}

// OnClose registers fn to run (once) when the host is closed; Remove it when the resource ends first.
func (h *Host) OnClose(fn func()) *Closer {
	c := &Closer{fn: fn}
	h.mu.Lock()
	h.closers[c] = struct{}{}
	h.mu.Unlock()
	return c
}

// Remove forgets a closer whose resource already ended.
func (h *Host) Remove(c *Closer) {
	h.mu.Lock()
	delete(h.closers, c)
	h.mu.Unlock()
}

// Closed reports whether Close was called.
func (h *Host) Closed() bool { return h.closed.Load() }

// Close releases every registered resource and detaches the host from its runtime. Call it after
// the loop has stopped; later Posts are dropped.
func (h *Host) Close() {
	if h.closed.Swap(true) {
		return
	}
	h.mu.Lock()
	cs := h.closers
	h.closers = nil
	h.mu.Unlock()
	for c := range cs {
		c.fn()
	}
	hostsMu.Lock()
	delete(hosts, h.vm)
	hostsMu.Unlock()
}
