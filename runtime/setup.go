package runtime

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"
	"github.com/dop251/goja_nodejs/url"

	"github.com/goja-node/http2/host"
	"github.com/goja-node/http2/polyfills"
)

// setup builds the Node-like world on the loop goroutine: require with Node's errors, Buffer, URL,
// the host (loop refs), then the JS bootstrap that creates process, timers, console and friends.
func (r *Runtime) setup() (err error) {
	vm := r.vm
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	r.stk = newVMStack(vm)
	r.host = host.Install(r.loop, vm) // before the bootstrap replaces the loop's own timers
	r.host.SetInvoker(r.invoke)
	r.host.SetUncaughtHandler(r.handleUncaught)
	r.timers = newTimerQueue(r.host.Post, r.onTimer)

	rm := r.opts.Registry.Enable(vm)
	vm.Set("require", r.requireFunc(rm))
	bufMod, err := rm.Require("buffer")
	if err != nil {
		return err
	}
	vm.Set("Buffer", bufMod.ToObject(vm).Get("Buffer"))
	url.Enable(vm)
	vm.SetPromiseRejectionTracker(r.trackRejection)

	// Well-known symbol goja lacks; lowered code (esbuild) falls back to the same registry key.
	if _, err := vm.RunString(`if (typeof Symbol.asyncIterator !== 'symbol') Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });`); err != nil {
		return err
	}
	boot, err := rm.Require("internal/bootstrap")
	var hooksV goja.Value
	if err != nil {
		return err
	}
	bootFn, ok := goja.AssertFunction(boot)
	if !ok {
		return errors.New("internal/bootstrap does not export a function")
	}
	hooksV, err = bootFn(goja.Undefined(), r.newProcessBinding())
	if err != nil {
		return err
	}
	hooks := hooksV.ToObject(vm)
	get := func(name string) goja.Callable {
		fn, _ := goja.AssertFunction(hooks.Get(name))
		return fn
	}
	r.invokeJS = get("invoke")
	r.invokeArgs = get("invokeArgs")
	for i := range r.argc {
		r.argc[i] = vm.ToValue(i)
	}
	r.runTicks = get("runTicks")
	r.hasTicks = get("hasTicks")
	r.tickShared = hooks.Get("tickStateShared").ToBoolean()
	r.fireTimer = hooks.Get("fireTimer")
	r.takeImmed = hooks.Get("takeImmediates")
	r.runImmed = hooks.Get("runImmediate")
	r.onRejected = get("onUnhandledRejection")
	r.fatalJS = get("onUncaught")
	r.onExitError = get("onExitError")
	r.process = vm.Get("process").ToObject(vm)
	return nil
}

// requireFunc wraps goja_nodejs' require with Node's behaviour: "Cannot find module" errors with
// code MODULE_NOT_FOUND, private internal/ modules hidden from user code, require.resolve,
// require.cache and require.main. It must stay a native function called directly by the script:
// goja_nodejs resolves relative paths from its caller's frame.
func (r *Runtime) requireFunc(rm *require.RequireModule) *goja.Object {
	vm := r.vm
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		arg := call.Argument(0)
		if _, ok := arg.Export().(string); !ok {
			panic(r.nodeError("TypeError", "ERR_INVALID_ARG_TYPE", `The "id" argument must be of type string. Received `+describe(arg)))
		}
		name := arg.String()
		if name == "" {
			panic(r.nodeError("TypeError", "ERR_INVALID_ARG_VALUE", `The argument 'id' must be a non-empty string. Received ''`))
		}
		if polyfills.IsInternal(strings.TrimPrefix(name, "node:")) && !r.exposeInternals() && !r.callerIsCore() {
			panic(r.moduleNotFound(name))
		}
		if strings.HasPrefix(name, "node:") && !isCoreName(name) {
			panic(r.nodeError("Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+name))
		}
		v, err := rm.Require(name)
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				panic(ex)
			}
			var se *goja.CompilerSyntaxError
			if errors.As(err, &se) {
				panic(vm.NewGoError(err))
			}
			if errors.Is(err, require.InvalidModuleError) || errors.Is(err, require.NoSuchBuiltInModuleError) ||
				errors.Is(err, require.ModuleFileDoesNotExistError) || errors.Is(err, os.ErrNotExist) {
				panic(r.moduleNotFound(name))
			}
			panic(vm.NewGoError(err))
		}
		return v
	}).ToObject(vm)
	cache := vm.NewObject()
	fn.Set("cache", cache)
	fn.Set("resolve", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		if isCoreName(name) {
			return vm.ToValue(name)
		}
		base := filepath.Dir(r.mainPath)
		if frames := vm.CaptureCallStack(2, nil); len(frames) > 1 && frames[1].SrcName() != "" {
			base = filepath.Dir(frames[1].SrcName())
		}
		if strings.HasPrefix(name, "./") || strings.HasPrefix(name, "../") || filepath.IsAbs(name) {
			p := filepath.Join(base, name)
			for _, cand := range []string{p, p + ".js", p + ".json", filepath.Join(p, "index.js")} {
				if st, err := os.Stat(cand); err == nil && !st.IsDir() {
					return vm.ToValue(cand)
				}
			}
		}
		panic(r.moduleNotFound(name))
	})
	return fn
}

// callerIsCore reports whether require() was called from one of our core modules.
func (r *Runtime) callerIsCore() bool {
	frames := r.vm.CaptureCallStack(3, nil)
	for _, f := range frames {
		if n := f.SrcName(); n != "" && n != "<native>" {
			return strings.HasPrefix(n, "node:")
		}
	}
	return false
}

func (r *Runtime) moduleNotFound(name string) *goja.Object {
	e := r.nodeError("Error", "MODULE_NOT_FOUND", "Cannot find module '"+name+"'")
	e.Set("requireStack", r.vm.NewArray())
	return e
}

// nodeError builds a JS error of the given constructor with Node's code property.
func (r *Runtime) nodeError(ctor, code, msg string) *goja.Object {
	c, _ := goja.AssertConstructor(r.vm.Get(ctor))
	e, err := c(nil, r.vm.ToValue(msg))
	if err != nil {
		return r.vm.NewGoError(err)
	}
	e.Set("code", code)
	return e
}

func describe(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	switch x := v.Export().(type) {
	case int64, float64:
		return "type number (" + v.String() + ")"
	case bool:
		return "type boolean (" + v.String() + ")"
	case string:
		return "type string ('" + x + "')"
	}
	return "an instance of Object"
}

// runMainModule loads the main script as a CommonJS module with require.main === module.
func (r *Runtime) runMainModule(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return &mainNotFound{path: path}
		}
		return err
	}
	return r.runMainSource(path, string(src))
}

func (r *Runtime) runMainSource(path, src string) error {
	vm := r.vm
	lowered, err := lowerIfNeeded(path, []byte(src))
	if err != nil {
		return err
	}
	src = string(lowered)
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	prg, err := goja.Compile(path, wrapperHead+src+"\n})", false)
	if err != nil {
		return err
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		return err
	}
	module := vm.NewObject()
	exports := vm.NewObject()
	module.Set("exports", exports)
	module.Set("id", ".")
	module.Set("filename", path)
	module.Set("loaded", false)
	module.Set("children", vm.NewArray())
	module.Set("paths", vm.NewArray())
	req := vm.Get("require").ToObject(vm)
	req.Set("main", module)
	r.process.Set("mainModule", module)
	args := []goja.Value{exports, req, module, vm.ToValue(path), vm.ToValue(filepath.Dir(path))}
	// Through invoke, so the nextTick queue drains before promise jobs, as after Node's main script.
	_, err = r.invokeJS(goja.Undefined(), fnv, exports, vm.ToValue(args))
	module.Set("loaded", true)
	return err
}

// wrapperHead opens the CommonJS function a module's source is wrapped in (on the source's line 1).
const wrapperHead = "(function(exports, require, module, __filename, __dirname){"

type mainNotFound struct{ path string }

func (e *mainNotFound) Error() string { return "Cannot find module '" + e.path + "'" }

// exposeInternals reports whether the script runs with --expose-internals, which lets it
// require our internal/* modules as Node's flag does for lib/internal.
func (r *Runtime) exposeInternals() bool {
	for _, a := range r.opts.ExecArgv {
		if a == "--expose-internals" || a == "--expose_internals" {
			return true
		}
	}
	return false
}
