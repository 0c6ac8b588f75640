package runtime

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// vmStack lends goja a value stack for each outermost call.
//
// goja drops its value stack (vm.stack = nil) whenever an outermost call
// returns, so the next one grows a fresh stack from nothing by doubling:
// every engine event the loop delivers (one outermost call each, as Node's
// microtask checkpoints require) reallocated and copied its stack several
// times, ~16 KB of garbage per event through a stream's deep call chain
// (runtime.BenchmarkHostCall). goja has no option for this, so we reach its
// private field: when the stack is nil at an outermost entry, we hand it a
// buffer of ours, which goja extends in place up to its capacity (deeper calls
// grow a private copy as before).
//
// Sharing the buffer across outermost calls is what goja does within one call
// anyway (slots above sp are reused); nothing keeps references into it past a
// call (goja copies arguments it retains, generators copy their frame). Stale
// values left in the buffer keep their objects alive until overwritten, so
// the buffer is cleared every clearEvery calls: a bounded, short retention.
//
// If goja's layout ever changes (no vm.stack of type []goja.Value), the field
// lookup fails and vmStack does nothing.
type vmStack struct {
	p     *[]goja.Value
	buf   []goja.Value
	calls int
}

const (
	vmStackSize = 2048 // values (32 KB): the depth of a stream's event handling fits with room to spare
	clearEvery  = 256
)

func newVMStack(vm *goja.Runtime) *vmStack {
	defer func() { _ = recover() }() // an unexpected layout: leave goja alone
	rv := reflect.ValueOf(vm).Elem().FieldByName("vm")
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil
	}
	inner := reflect.NewAt(rv.Type().Elem(), unsafe.Pointer(rv.Pointer())).Elem()
	f := inner.FieldByName("stack")
	if !f.IsValid() || f.Kind() != reflect.Slice || f.Type().Elem() != reflect.TypeOf((*goja.Value)(nil)).Elem() {
		return nil
	}
	return &vmStack{
		p:   (*[]goja.Value)(unsafe.Pointer(f.UnsafeAddr())),
		buf: make([]goja.Value, vmStackSize),
	}
}

// prime lends the buffer if goja has no stack (an outermost call is next).
func (s *vmStack) prime() {
	if s == nil || *s.p != nil {
		return
	}
	s.calls++
	if s.calls%clearEvery == 0 {
		clear(s.buf)
	}
	*s.p = s.buf[:0]
}
