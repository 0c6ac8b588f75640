package runtime

import (
	"io"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
)

// BenchmarkHostCall: Go entering JS the way the http2 binding delivers an
// engine event (host.Call with the dispatch function's six arguments): the
// invoke trampoline, the callback, the nextTick queue it filled (every
// other call queues one tick, as onHeaders does), the check for ticks that
// promise jobs queued.
func BenchmarkHostCall(b *testing.B) {
	runAttached(b, func(vm *goja.Runtime, r *Runtime) {
		fn, err := vm.RunString(`(function (kind, a, b, c, d, e) { this.n++; if (kind === 9) process.nextTick(tick, this, a, b); })`)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := vm.RunString(`function tick(self, a, b) { self.t++; }`); err != nil {
			b.Fatal(err)
		}
		owner := vm.NewObject()
		owner.Set("n", 0)
		owner.Set("t", 0)
		h := r.host
		args := [2][]goja.Value{
			{vm.ToValue(9), vm.ToValue(1), vm.NewObject(), vm.ToValue(0), vm.ToValue(5), vm.NewArray()},
			{vm.ToValue(14), vm.ToValue(1), vm.ToValue(12)},
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			h.Call(fn, owner, args[i&1]...)
		}
		b.StopTimer()
		if n := owner.Get("n").ToInteger(); n != int64(b.N) {
			b.Fatalf("callback ran %d times, want %d", n, b.N)
		}
		if n := owner.Get("t").ToInteger(); n != int64((b.N+1)/2) {
			b.Fatalf("ticks ran %d times, want %d", n, (b.N+1)/2)
		}
	})
}

// TestHostCallArity: Go callers' arguments reach the callback exactly (count
// included) through the array-free trampoline, also for functions with an
// own `call` property and for more than six arguments; a throw is uncaught.
func TestHostCallArity(t *testing.T) {
	runAttached(t, func(vm *goja.Runtime, r *Runtime) {
		if r.stk == nil {
			t.Error("vmStack is not active: goja's vm.stack layout changed (see runtime/vmstack.go)")
		}
		fn, _ := vm.RunString(`(function () { return this.tag + ':' + arguments.length + ':' + Array.prototype.join.call(arguments, ',') })`)
		odd, _ := vm.RunString(`(function () { const f = function () { return 'odd:' + arguments.length }; f.call = null; return f })()`)
		this := vm.NewObject()
		this.Set("tag", "t")
		vals := func(n int) []goja.Value {
			out := make([]goja.Value, n)
			for i := range out {
				out[i] = vm.ToValue(i)
			}
			return out
		}
		for n, want := range map[int]string{0: "t:0:", 1: "t:1:0", 6: "t:6:0,1,2,3,4,5", 8: "t:8:0,1,2,3,4,5,6,7"} {
			v, ok := r.host.Call(fn, this, vals(n)...)
			if !ok || v.String() != want {
				t.Errorf("%d args: got %v (ok %v), want %q", n, v, ok, want)
			}
		}
		if v, ok := r.host.Call(odd, nil, vals(2)...); !ok || v.String() != "odd:2" {
			t.Errorf("function with its own call: got %v (ok %v)", v, ok)
		}
	})
}

// BenchmarkEmit: EventEmitter.prototype.emit as the http2 layer uses it, per op one emit with
// two arguments to one listener and one emit of an event nobody listens to.
func BenchmarkEmit(b *testing.B) {
	runAttached(b, func(vm *goja.Runtime, r *Runtime) {
		v, err := vm.RunString(`(function () {
			const e = new (require('events'))();
			let n = 0;
			e.on('data', (a, b) => { n += a; });
			return function (count) {
				for (let i = 0; i < count; i++) { e.emit('data', 1, 2); e.emit('finish'); }
				return n;
			};
		})()`)
		if err != nil {
			b.Fatal(err)
		}
		run, _ := goja.AssertFunction(v)
		b.ReportAllocs()
		b.ResetTimer()
		n, err := run(goja.Undefined(), vm.ToValue(b.N))
		b.StopTimer()
		if err != nil || n.ToInteger() != int64(b.N) {
			b.Fatalf("ran %v (%v), want %d", n, err, b.N)
		}
	})
}

// TestAttachedTicksAfterNestedDrain: on a loop the program drives (Attach), a tick queued by
// code run outside the runtime's trampoline is drained on a later loop turn, also after a drain
// in which ticks queued more ticks (whose posted drain then found the queue empty).
func TestAttachedTicksAfterNestedDrain(t *testing.T) {
	loop := eventloop.NewEventLoop(eventloop.EnableConsole(false))
	var r *Runtime
	loop.Start()
	defer loop.Stop()
	ready := make(chan struct{})
	loop.RunOnLoop(func(vm *goja.Runtime) {
		var err error
		if r, err = Attach(loop, vm, Options{Stdout: io.Discard, Stderr: io.Discard}); err != nil {
			t.Error(err)
		}
		if _, err := vm.RunString(`globalThis.seen = []; process.nextTick(() => { seen.push(1); process.nextTick(() => seen.push(2)); })`); err != nil {
			t.Error(err)
		}
		close(ready)
	})
	<-ready
	if r == nil {
		return
	}
	defer r.Close()
	check := func(src string) string {
		got := make(chan string, 1)
		loop.RunOnLoop(func(vm *goja.Runtime) {
			if src != "" {
				if _, err := vm.RunString(src); err != nil {
					t.Error(err)
				}
			}
			got <- vm.Get("seen").String()
		})
		return <-got
	}
	deadline := time.Now().Add(5 * time.Second)
	for check("") != "1,2" {
		if time.Now().After(deadline) {
			t.Fatalf("first ticks did not run: %s", check(""))
		}
		time.Sleep(5 * time.Millisecond)
	}
	check(`process.nextTick(() => seen.push(3))`)
	for check("") != "1,2,3" {
		if time.Now().After(deadline) {
			t.Fatalf("tick queued outside the trampoline did not run: %s", check(""))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// runAttached runs fn on a fresh goja_nodejs loop with a Runtime attached to it (output
// discarded), then closes the runtime.
func runAttached(tb testing.TB, fn func(vm *goja.Runtime, r *Runtime)) {
	loop := eventloop.NewEventLoop(eventloop.EnableConsole(false))
	loop.Run(func(vm *goja.Runtime) {
		r, err := Attach(loop, vm, Options{Stdout: io.Discard, Stderr: io.Discard})
		if err != nil {
			tb.Fatal(err)
		}
		defer r.Close()
		fn(vm, r)
	})
}
