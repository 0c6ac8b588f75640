package host

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
)

// runLoop runs loop.Run(fn) and fails the test if it has not returned within d.
func runLoop(t *testing.T, loop *eventloop.EventLoop, d time.Duration, fn func(*goja.Runtime)) time.Duration {
	t.Helper()
	start := time.Now()
	done := make(chan struct{})
	go func() {
		loop.Run(fn)
		close(done)
	}()
	select {
	case <-done:
		return time.Since(start)
	case <-time.After(d):
		t.Fatal("loop.Run did not return")
		return 0
	}
}

// A ref keeps a plain goja_nodejs loop running until work posted from another goroutine releases
// it; without refs the loop returns at once.
func TestRefKeepsLoopAlive(t *testing.T) {
	loop := eventloop.NewEventLoop()
	var ran atomic.Int32
	took := runLoop(t, loop, 5*time.Second, func(vm *goja.Runtime) {
		h := Install(loop, vm)
		if Of(vm) != h {
			t.Error("Of does not return the installed host")
		}
		h.Ref()
		h.Ref()
		go func() {
			time.Sleep(60 * time.Millisecond)
			h.Post(func() { ran.Add(1); h.Unref() })
			time.Sleep(20 * time.Millisecond)
			h.Post(func() { ran.Add(1); h.Unref() })
		}()
	})
	if ran.Load() != 2 {
		t.Fatalf("posted jobs ran %d times, want 2", ran.Load())
	}
	if took < 70*time.Millisecond {
		t.Fatalf("loop returned after %v, before the refs were released", took)
	}
	took = runLoop(t, loop, 5*time.Second, func(vm *goja.Runtime) {
		h := Of(vm)
		h.Ref()
		h.Unref()
		h.Unref() // extra unrefs are ignored
		if h.Refs() != 0 {
			t.Errorf("refs = %d", h.Refs())
		}
	})
	if took > time.Second {
		t.Fatalf("loop without refs took %v", took)
	}
}

// Call reports a JS throw to the uncaught handler and returns ok=false; after Close, Post and Call
// do nothing.
func TestCallAndClose(t *testing.T) {
	loop := eventloop.NewEventLoop()
	var h *Host
	var got error
	runLoop(t, loop, 5*time.Second, func(vm *goja.Runtime) {
		h = Install(loop, vm)
		h.SetUncaughtHandler(func(err error) { got = err })
		fn, _ := vm.RunString(`(function (a) { if (a === 'throw') throw new Error('boom'); return a + 1; })`)
		if v, ok := h.Call(fn, goja.Undefined(), vm.ToValue(1)); !ok || v.ToInteger() != 2 {
			t.Errorf("Call = %v, %v", v, ok)
		}
		if _, ok := h.Call(fn, goja.Undefined(), vm.ToValue("throw")); ok {
			t.Error("Call of a throwing function reported ok")
		}
		var ex *goja.Exception
		if !errors.As(got, &ex) || ex.Value().ToObject(vm).Get("message").String() != "boom" {
			t.Errorf("uncaught handler got %v", got)
		}
		closed := false
		h.OnClose(func() { closed = true })
		c := h.OnClose(func() { t.Error("removed closer ran") })
		h.Remove(c)
		h.Close()
		if !closed {
			t.Error("closer did not run")
		}
		if _, ok := h.Call(fn, goja.Undefined(), vm.ToValue(1)); ok {
			t.Error("Call after Close reported ok")
		}
		if Of(vm) != nil {
			t.Error("Of still finds a closed host")
		}
	})
	if h.Post(func() {}) {
		t.Error("Post after Close accepted work")
	}
}
