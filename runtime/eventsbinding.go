package runtime

import (
	"strconv"

	"github.com/dop251/goja"
)

// newEventsBinding is the Go half of node:events (polyfills/js/events.js): EventEmitter's emit.
//
// emit is on the path of every stream and http2 event, and in goja a JS emit(type, ...args) pays
// for its argument list twice: the rest parameter allocates an array object per call (even for
// no arguments), and handler.apply copies it back into an argument list. A native function sees
// its arguments as a slice of goja's stack, so the Go emit below hands exactly the caller's
// arguments to the listeners without building anything (about 3× faster per emit; 8 emits per
// HTTP/2 request). It covers the common shape only and leaves everything else to the JS emit it
// is given, which remains the one definition of emit's behaviour:
//   - `this` is an object whose _events is an object (as set up by the EventEmitter constructor),
//   - the event name is a string other than 'error', or a symbol,
//   - the registration is a plain callable function (not a class, Proxy or wrapped Go function),
//     or an array of such functions.
//
// Listener calls go through goja's own call path (what fn.call does), so a throw propagates
// to emit's caller as it would from JS, and listeners see `this` and the arguments unchanged.
func newEventsBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	// fastEmit(general, capture, watch) returns the emit function: general is the JS emit for
	// the cases above, capture the symbol of an emitter's captureRejections flag, and
	// watch(emitter, result, type, args) the JS that follows a listener's returned promise.
	b.Set("fastEmit", func(call goja.FunctionCall) goja.Value {
		e := &fastEmitter{
			vm:    vm,
			tru:   vm.ToValue(true),
			fals:  vm.ToValue(false),
			error: vm.ToValue("error"),
		}
		var ok bool
		if e.general, ok = plainCallable(call.Argument(0)); !ok {
			panic(vm.NewTypeError("fastEmit: general emit is not a function"))
		}
		if e.capture, ok = call.Argument(1).(*goja.Symbol); !ok {
			panic(vm.NewTypeError("fastEmit: capture is not a symbol"))
		}
		if e.watch, ok = plainCallable(call.Argument(2)); !ok {
			panic(vm.NewTypeError("fastEmit: watch is not a function"))
		}
		fn := vm.ToValue(e.emit).(*goja.Object)
		// As the JS definition `function emit(type, ...args)` would show them.
		_ = fn.DefineDataProperty("name", vm.ToValue("emit"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		proto := vm.NewObject()
		_ = proto.DefineDataProperty("constructor", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("prototype", proto, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return fn
	})
	// onceWrapper(emitter, type, fn) returns the registration once() stores: a function that
	// removes itself from emitter and then forwards its first call to fn (this = emitter, the
	// caller's arguments as given); later calls do nothing. As a native function it receives
	// the arguments without the rest array a JS wrapper needs, and emit calls it directly.
	name := vm.ToValue("bound onceWrapper") // Node's wrapper is a bound function of that name
	removeName := "removeListener"
	b.Set("onceWrapper", func(call goja.FunctionCall) goja.Value {
		emitter, typ, fn := call.Argument(0), call.Argument(1), call.Argument(2)
		target, ok := emitter.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("onceWrapper: emitter is not an object"))
		}
		fired := false
		var self goja.Value
		w := vm.ToValue(func(c goja.FunctionCall) goja.Value {
			if fired {
				return goja.Undefined()
			}
			fired = true
			callValue(vm, target.Get(removeName), target, typ, self)
			return callValue(vm, fn, target, c.Arguments...)
		}).(*goja.Object)
		self = w
		_ = w.DefineDataProperty("name", name, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = w.Set("listener", fn)
		return w
	})
	return b
}

// callValue calls fn as JS would call fn.call(this, args...), from inside a native function: a
// throw propagates to the JS caller, a non-function throws a TypeError.
func callValue(vm *goja.Runtime, fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	if f, ok := plainCallable(fn); ok {
		return f(goja.FunctionCall{This: this, Arguments: args})
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(vm.NewTypeError("%s is not a function", fn))
	}
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

type fastEmitter struct {
	vm        *goja.Runtime
	general   func(goja.FunctionCall) goja.Value
	watch     func(goja.FunctionCall) goja.Value
	capture   *goja.Symbol
	tru, fals goja.Value
	error     goja.Value
}

// plainCallable returns goja's internal call entry of an ordinary JS function (what its
// Function.prototype.call uses); ok is false for anything else (classes, Proxies, Go functions
// wrapped by reflection, non-functions), which emit leaves to the JS path.
func plainCallable(v goja.Value) (func(goja.FunctionCall) goja.Value, bool) {
	obj, ok := v.(*goja.Object)
	if !ok || obj.ClassName() != "Function" {
		return nil, false
	}
	f, ok := obj.Export().(func(goja.FunctionCall) goja.Value)
	return f, ok && f != nil
}

// maxSnapshot bounds the listeners copied on the Go stack; longer lists take the JS path.
const maxSnapshot = 8

func (e *fastEmitter) emit(call goja.FunctionCall) goja.Value {
	self, ok := call.This.(*goja.Object)
	if !ok || len(call.Arguments) == 0 {
		return e.general(call)
	}
	typ := call.Arguments[0]
	table, ok := self.Get("_events").(*goja.Object)
	if !ok {
		return e.general(call)
	}
	var handler goja.Value
	switch t := typ.(type) {
	case goja.String:
		if t.SameAs(e.error) {
			return e.general(call)
		}
		handler = table.Get(t.String())
	case *goja.Symbol:
		handler = table.GetSymbol(t)
	default:
		return e.general(call)
	}
	if handler == nil || goja.IsUndefined(handler) {
		return e.fals
	}
	args := call.Arguments[1:]
	obj, ok := handler.(*goja.Object)
	if !ok {
		return e.general(call)
	}
	if obj.ClassName() == "Function" {
		fn, ok := plainCallable(obj)
		if !ok {
			return e.general(call)
		}
		e.settle(self, typ, args, fn(goja.FunctionCall{This: self, Arguments: args}))
		return e.tru
	}
	if obj.ClassName() != "Array" {
		return e.general(call)
	}
	// Several listeners: those registered now are called, whatever they add or remove meanwhile
	// (our on/off replace the array, but a library may change it in place).
	n := obj.Get("length").ToInteger()
	if n > maxSnapshot {
		return e.general(call)
	}
	var fns [maxSnapshot]func(goja.FunctionCall) goja.Value
	for i := int64(0); i < n; i++ {
		if fns[i], ok = plainCallable(obj.Get(strconv.FormatInt(i, 10))); !ok {
			return e.general(call)
		}
	}
	for i := int64(0); i < n; i++ {
		e.settle(self, typ, args, fns[i](goja.FunctionCall{This: self, Arguments: args}))
	}
	return e.tru
}

// settle hands a listener's non-empty result to the JS that watches for rejected promises when
// the emitter captures rejections.
func (e *fastEmitter) settle(self *goja.Object, typ goja.Value, args []goja.Value, result goja.Value) {
	if result == nil || goja.IsUndefined(result) || goja.IsNull(result) {
		return
	}
	if c := self.GetSymbol(e.capture); c == nil || !c.StrictEquals(e.tru) {
		return
	}
	list := make([]any, len(args))
	for i, a := range args {
		list[i] = a
	}
	e.watch(goja.FunctionCall{This: goja.Undefined(), Arguments: []goja.Value{self, result, typ, e.vm.NewArray(list...)}})
}
