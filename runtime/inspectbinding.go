package runtime

import (
	"reflect"

	"github.com/dop251/goja"
)

// What util.inspect needs to see that no JS API reveals: a promise's state and settled value, and a
// proxy's target and handler (read without running any trap). Registered as internal/inspect_binding.

var (
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
	proxyType   = reflect.TypeOf(goja.Proxy{})
)

func newInspectBinding(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	// promiseState(v) -> undefined when v is not a promise, else [state, result] with state 0
	// (pending), 1 (fulfilled) or 2 (rejected).
	_ = o.Set("promiseState", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || obj.ExportType() != promiseType {
			return goja.Undefined()
		}
		p, ok := obj.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		var state int
		switch p.State() {
		case goja.PromiseStateFulfilled:
			state = 1
		case goja.PromiseStateRejected:
			state = 2
		}
		res := p.Result()
		if res == nil {
			res = goja.Undefined()
		}
		return vm.NewArray(state, res)
	})
	// proxyParts(v) -> undefined when v is not a proxy, null when it was revoked, else
	// [target, handler].
	_ = o.Set("proxyParts", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || obj.ExportType() != proxyType {
			return goja.Undefined()
		}
		p, ok := obj.Export().(goja.Proxy)
		if !ok {
			return goja.Undefined()
		}
		target, handler := p.Target(), p.Handler()
		if target == nil || handler == nil {
			return goja.Null()
		}
		return vm.NewArray(target, handler)
	})
	return o
}
