package runtime

import (
	"reflect"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// What util.inspect and deep equality need to see that no JS API reveals (or reveals only at a cost
// proportional to the object's size): a promise's state and settled value, a proxy's target and
// handler (read without running any trap), and a typed array's own named properties. Registered as
// internal/inspect_binding.

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
	// namedKeys(view) -> the own string-keyed properties of a typed array (Buffer included) that are
	// not element indices, enumerable or not, in creation order; undefined when they cannot be read
	// this way (the caller then filters Object.keys). Object.keys on a typed array makes a string for
	// every element first: 140 000 of them for a 140 KB Buffer, about 70 ms in goja.
	_ = o.Set("namedKeys", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		names, ok := typedArrayNamedKeys(obj)
		if !ok {
			return goja.Undefined()
		}
		vals := make([]interface{}, len(names))
		for i, n := range names {
			vals[i] = n
		}
		return vm.NewArray(vals...)
	})
	return o
}

// typedArrayNamedKeys reads the names a typed array keeps besides its elements. goja stores a typed
// array's elements in its buffer and anything else in the ordinary property list of the object it
// embeds (baseObject.propNames); no exported API lists one without the other, so this reads that
// field through reflection, read-only. If goja's layout changes, ok is false and callers fall back
// to enumeration (TestTypedArrayNamedKeys notices the change).
func typedArrayNamedKeys(obj *goja.Object) (names []string, ok bool) {
	self := reflect.ValueOf(obj).Elem().FieldByName("self")
	if !self.IsValid() || self.Kind() != reflect.Interface || self.IsNil() {
		return nil, false
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Pointer || impl.Type().Elem().Name() != "typedArrayObject" {
		return nil, false
	}
	base := impl.Elem().FieldByName("baseObject")
	if !base.IsValid() || base.Kind() != reflect.Struct {
		return nil, false
	}
	list := base.FieldByName("propNames")
	idx := base.FieldByName("idxPropCount")
	if list.Kind() != reflect.Slice || list.Type().Elem() != reflect.TypeOf(unistring.String("")) ||
		idx.Kind() != reflect.Int || idx.Int() != 0 {
		// Index-like names kept there would be sorted lazily before enumeration: let JS do it.
		return nil, false
	}
	names = make([]string, list.Len())
	for i := range names {
		names[i] = unistring.String(list.Index(i).String()).String()
	}
	return names, true
}
