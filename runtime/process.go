package runtime

import (
	"math"
	"os"
	goruntime "runtime"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
)

// newProcessBinding is the Go half of process and of the timers: what the JS bootstrap
// (polyfills/js/internal/bootstrap.js) cannot do by itself.
func (r *Runtime) newProcessBinding() goja.Value {
	vm := r.vm
	b := vm.NewObject()
	argv := []any{r.opts.ExecPath}
	if r.mainPath != "" {
		argv = append(argv, r.mainPath)
	}
	for _, a := range r.opts.Args {
		argv = append(argv, a)
	}
	b.Set("argv", argv)
	env := vm.NewObject()
	for _, kv := range r.opts.Env {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			env.Set(k, v)
		}
	}
	b.Set("env", env)
	b.Set("execPath", r.opts.ExecPath)
	execArgv := make([]any, len(r.opts.ExecArgv))
	for i, a := range r.opts.ExecArgv {
		execArgv[i] = a
	}
	b.Set("execArgv", execArgv)
	b.Set("umask", func(mask int) int {
		if mask < 0 { // read: set and restore, the only portable way
			old := syscall.Umask(0)
			syscall.Umask(old)
			return old
		}
		return syscall.Umask(mask)
	})
	b.Set("kill", func(pid, sig int) string {
		if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
			if en, ok := errnoOf(err); ok {
				if n, ok := errnoNames[en]; ok {
					return n
				}
			}
			return "EINVAL"
		}
		return ""
	})
	b.Set("signals", signalTable())
	b.Set("errno", errnoTable())
	b.Set("gc", func() { goruntime.GC() })
	b.Set("pid", os.Getpid())
	b.Set("ppid", os.Getppid())
	b.Set("platform", goruntime.GOOS)
	arch := goruntime.GOARCH
	if arch == "amd64" {
		arch = "x64"
	}
	b.Set("arch", arch)
	b.Set("version", NodeVersion)
	b.Set("h2jsVersion", Version)
	b.Set("goVersion", goruntime.Version())
	b.Set("cwd", func() string {
		d, _ := os.Getwd()
		return d
	})
	b.Set("chdir", func(dir string) {
		if err := os.Chdir(dir); err != nil {
			panic(r.nodeError("Error", "ENOENT", "ENOENT: no such file or directory, chdir "+dir))
		}
	})
	b.Set("hrtime", func() []any {
		d := time.Since(r.start) + time.Second // never zero, like a monotonic clock
		return []any{int64(d / time.Second), int64(d % time.Second)}
	})
	b.Set("hrtimeNanos", func() float64 { return float64(time.Since(r.start) + time.Second) })
	b.Set("uptime", func() float64 { return time.Since(r.start).Seconds() })
	b.Set("memoryUsage", func() map[string]any {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return map[string]any{
			"rss":          float64(ms.Sys),
			"heapTotal":    float64(ms.HeapSys),
			"heapUsed":     float64(ms.HeapAlloc),
			"external":     0,
			"arrayBuffers": 0,
		}
	})
	b.Set("write", func(fd int, chunk goja.Value) {
		w := r.opts.Stdout
		if fd == 2 {
			w = r.opts.Stderr
		}
		if s, ok := chunk.Export().(string); ok {
			_, _ = w.Write([]byte(s))
			return
		}
		_, _ = w.Write(bytesOf(vm, chunk))
	})
	b.Set("reallyExit", func(code goja.Value) {
		r.exit(int(code.ToInteger()))
	})
	b.Set("fatal", func(call goja.FunctionCall) goja.Value {
		r.fatal(call.Argument(0))
		return goja.Undefined()
	})
	b.Set("printFatal", func(call goja.FunctionCall) goja.Value {
		r.printValue(call.Argument(0))
		return goja.Undefined()
	})
	b.Set("attached", r.attached)
	// tickState[0] is 1 while the nextTick queue holds entries (kept by the bootstrap), so that
	// afterCallback learns it without entering JS.
	b.Set("tickState", vm.NewArrayBuffer(r.tickState[:]))
	b.Set("postDrain", func() {
		r.host.Post(r.afterCallback)
	})
	b.Set("ref", func() { r.host.Ref() })
	b.Set("unref", func() { r.host.Unref() })
	b.Set("scheduleTimer", func(id int64, ms float64) {
		if math.IsNaN(ms) || ms < 1 {
			ms = 1
		}
		r.timers.schedule(id, time.Duration(ms*float64(time.Millisecond)))
	})
	b.Set("cancelTimer", func(id int64) { r.timers.cancel(id) })
	b.Set("scheduleImmediates", func() {
		r.host.Post(r.onImmediates)
	})
	return b
}

// onTimer fires one JS timer; the bootstrap's fireTimer checks it is still active.
func (r *Runtime) onTimer(id int64) {
	if r.fireTimer == nil || r.isExiting() {
		return
	}
	r.invoke(r.fireTimer, goja.Undefined(), r.vm.ToValue(id))
}

// onImmediates runs the immediates queued before this turn, one callback at a time with the
// nextTick and promise queues drained between them, as Node's check phase does.
func (r *Runtime) onImmediates() {
	if r.runImmed == nil || r.isExiting() {
		return
	}
	n, ok := r.invoke(r.takeImmed, goja.Undefined())
	if !ok {
		return
	}
	for i := int64(0); i < n.ToInteger(); i++ {
		r.invoke(r.runImmed, goja.Undefined(), r.vm.ToValue(i))
	}
}

// trackRejection follows goja's promise rejection tracker: a promise rejected with no handler is
// remembered; if a handler is attached before the microtask queue drains, it is forgotten.
func (r *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		r.rejections = append(r.rejections, p)
	case goja.PromiseRejectionHandle:
		for i, q := range r.rejections {
			if q == p {
				r.rejections = append(r.rejections[:i], r.rejections[i+1:]...)
				break
			}
		}
	}
}

// processRejections reports the rejections still unhandled once the microtask queue is empty:
// 'unhandledRejection' listeners, or else an uncaught error (Node 20's default "throw" mode).
func (r *Runtime) processRejections() {
	list := r.rejections
	r.rejections = nil
	for _, p := range list {
		if r.isExiting() {
			return
		}
		if _, err := r.onRejected(goja.Undefined(), p.Result(), r.vm.ToValue(p)); err != nil {
			r.host.ReportUncaught(err)
		}
	}
}

// handleUncaught routes an exception nobody caught to process 'uncaughtException' listeners, or
// ends the process with code 1 after printing it.
func (r *Runtime) handleUncaught(err error) {
	if r.isExiting() {
		return
	}
	var val goja.Value
	if ex, ok := err.(*goja.Exception); ok {
		val = ex.Value()
	} else if _, ok := err.(*goja.InterruptedError); ok {
		return
	} else {
		val = r.vm.NewGoError(err)
	}
	if r.fatalJS == nil {
		r.fatal(val)
		return
	}
	if _, e := r.fatalJS(goja.Undefined(), val); e != nil {
		if _, ok := e.(*goja.InterruptedError); ok {
			return
		}
		// An 'uncaughtException' listener threw: Node exits with 7.
		r.printUncaught(e)
		r.exitWith(7)
	}
}

// fatal prints an uncaught error and exits with code 1 after 'exit' listeners ran.
func (r *Runtime) fatal(v goja.Value) {
	if r.isExiting() {
		return
	}
	r.printValue(v)
	r.exitWith(1)
}

func (r *Runtime) exitWith(code int) {
	if r.process != nil {
		r.process.Set("exitCode", code)
		if fn, ok := goja.AssertFunction(r.process.Get("_emitExit")); ok {
			if _, err := fn(r.process, r.vm.ToValue(code)); err != nil {
				if _, ok := err.(*goja.InterruptedError); !ok {
					r.printUncaught(err)
				}
			}
		}
	}
	r.exit(code)
}
