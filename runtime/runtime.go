// Package runtime is a Node-like host for goja: an event loop, a require registry with our core
// modules (events, stream, assert, util, fs, path, timers, http2 …), the process object, Node's
// timers and the nextTick/microtask order. cmd/h2js runs scripts with it; Go programs embed it with
// one call:
//
//	code, err := runtime.New(runtime.Options{Args: os.Args[1:]}).RunMain("server.js")
package runtime

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
	"github.com/dop251/goja_nodejs/require"

	"github.com/goja-node/http2/host"
)

// Version is the h2js/runtime version reported in process.versions.h2js.
const Version = "0.1.0"

// NodeVersion is the Node release whose API this runtime follows (process.version).
const NodeVersion = "v20.0.0"

// Options configure a Runtime. The zero value runs with the process's stdio, environment and cwd.
type Options struct {
	// Args are the script arguments: process.argv is [execPath, script, ...Args].
	Args []string
	// ExecArgv are the runtime's own command-line options (process.execArgv), e.g.
	// "--expose-internals" (lets scripts require internal/* modules) or "--expose-gc".
	ExecArgv []string
	// Stdout and Stderr receive process.stdout/stderr and console output (default os.Stdout/Stderr).
	Stdout, Stderr io.Writer
	// Env is process.env (default os.Environ()).
	Env []string
	// ExecPath is process.execPath and argv[0] (default os.Executable()).
	ExecPath string
	// Registry is the require registry to use (default: a new one loading files from disk). Our
	// core modules are registered globally, so any registry serves them; pass yours to keep
	// your own native modules and source loader.
	Registry *require.Registry
}

// Runtime is one Node-like JS world on one event loop. It is not reusable after RunMain/RunString.
type Runtime struct {
	opts   Options
	loop   *eventloop.EventLoop
	vm     *goja.Runtime
	host   *host.Host
	start  time.Time
	timers *timerQueue

	// set up by the bootstrap script
	process     *goja.Object
	invokeJS    goja.Callable // (fn, this, args) with throw reporting and nextTick draining
	invokeArgs  goja.Callable // (fn, this, n, a0..a5): invokeJS without an args array
	argc        [7]goja.Value
	argBuf      [9]goja.Value // invokeArgs' arguments; goja copies them onto its stack at entry
	runTicks    goja.Callable
	hasTicks    goja.Callable
	tickState   [8]byte // shared with the bootstrap as an ArrayBuffer: [0] != 0 while ticks are queued
	tickShared  bool    // the bootstrap keeps tickState (else ask hasTicks)
	fireTimer   goja.Value
	takeImmed   goja.Value
	runImmed    goja.Value
	onRejected  goja.Callable
	fatalJS     goja.Callable
	onExitError goja.Callable

	rejections []*goja.Promise // rejected with no handler yet, in order

	stk *vmStack // lends goja a value stack per outermost call (vmstack.go)

	attached bool // on a loop the program drives (Attach), not ours (RunMain)

	mu       sync.Mutex
	exiting  bool
	exitCode int
	mainPath string
}

// New creates a runtime. Nothing runs until RunMain or RunString.
func New(opts Options) *Runtime {
	r := newRuntime(opts)
	r.loop = eventloop.NewEventLoop(eventloop.WithRegistry(r.opts.Registry), eventloop.EnableConsole(false))
	return r
}

// Attach installs the Node-like world (process, timers, console, Buffer, require with every core
// module including node:http2) on a goja_nodejs event loop that the program already has. Call it
// on the loop goroutine, inside loop.Run, Start or RunOnLoop, before scripts run; the program
// keeps driving its loop, and servers and sessions keep loop.Run alive exactly as in Node.
// process.exit() and uncaught errors stop the loop. Close releases what is left.
func Attach(loop *eventloop.EventLoop, vm *goja.Runtime, opts Options) (*Runtime, error) {
	r := newRuntime(opts)
	r.loop = loop
	r.vm = vm
	r.attached = true
	if err := r.setup(); err != nil {
		return nil, err
	}
	return r, nil
}

// Close releases the runtime's timers and every server, session and socket still open. Runtimes
// that ran RunMain or RunString are closed already.
func (r *Runtime) Close() { r.close() }

func newRuntime(opts Options) *Runtime {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	if opts.ExecPath == "" {
		if p, err := os.Executable(); err == nil {
			opts.ExecPath = p
		} else {
			opts.ExecPath = "h2js"
		}
	}
	if opts.Registry == nil {
		opts.Registry = require.NewRegistry(require.WithLoader(sourceLoader))
	}
	return &Runtime{opts: opts, start: time.Now()}
}

// Loop returns the event loop, for Go code that wants to schedule its own work.
func (r *Runtime) Loop() *eventloop.EventLoop { return r.loop }

// RunMain runs the script at path as the main module and then the event loop until nothing keeps
// it alive, as `node path` does. It returns the process exit code; err is set only when the script
// could not be run at all (not found, syntax error), after the error was printed to Stderr.
func (r *Runtime) RunMain(path string) (int, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return 1, err
	}
	r.mainPath = abs
	return r.run(func() error { return r.runMainModule(abs) })
}

// RunString runs src as the main script (h2js -e), then the loop.
func (r *Runtime) RunString(name, src string) (int, error) {
	cwd, _ := os.Getwd()
	r.mainPath = filepath.Join(cwd, name)
	return r.run(func() error { return r.runMainSource(r.mainPath, src) })
}

func (r *Runtime) run(main func() error) (code int, err error) {
	var setupErr error
	r.loop.Run(func(vm *goja.Runtime) {
		r.vm = vm
		if setupErr = r.setup(); setupErr != nil {
			return
		}
		r.enter(func() {
			if e := main(); e != nil {
				if _, ok := e.(*goja.Exception); ok {
					r.host.ReportUncaught(e)
				} else if _, ok := e.(*goja.InterruptedError); !ok {
					err = e
				}
			}
		})
	})
	if setupErr != nil {
		r.close()
		fmt.Fprintln(r.opts.Stderr, "h2js: bootstrap failed:", setupErr)
		return 70, setupErr
	}
	if err != nil {
		r.printStartupError(err)
		r.close()
		return 1, err
	}
	// The loop drained: 'beforeExit' may schedule more work, as in Node.
	for !r.isExiting() {
		more := false
		r.loop.Run(func(*goja.Runtime) {
			r.enter(func() {
				_, _ = r.invoke(r.process.Get("emit"), r.process, r.vm.ToValue("beforeExit"), r.vm.ToValue(r.currentExitCode()))
			})
			more = r.host.Refs() > 0
		})
		if !more {
			break
		}
	}
	if !r.isExiting() {
		r.runExitHandlers(r.currentExitCode())
	}
	r.close()
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.exitCode, nil
}

// enter runs Go code that calls into JS from the loop, then the work Node does after every
// callback: the nextTick queue, promise jobs (goja runs them when the outermost call returns), and
// unhandled-rejection checks, repeated until all three are empty.
func (r *Runtime) enter(fn func()) {
	fn()
	r.afterCallback()
}

func (r *Runtime) afterCallback() {
	for i := 0; !r.isExiting(); i++ {
		if len(r.rejections) > 0 {
			r.processRejections()
			continue
		}
		if r.hasTicks == nil {
			return
		}
		if r.tickShared {
			// The queue's state is in memory we share: no goja entry (about a microsecond, one per
			// engine event) just to learn that promise jobs queued nothing.
			if r.tickState[0] == 0 {
				return
			}
		} else {
			r.stk.prime()
			v, err := r.hasTicks(goja.Undefined())
			if err != nil || !v.ToBoolean() {
				return
			}
		}
		r.stk.prime()
		if _, err := r.runTicks(goja.Undefined()); err != nil {
			r.host.ReportUncaught(err)
		}
	}
}

// invoke calls a JS function from Go; a throw goes to the uncaught-exception path.
func (r *Runtime) invoke(fn goja.Value, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	if r.isExiting() {
		return goja.Undefined(), false
	}
	if this == nil {
		this = goja.Undefined()
	}
	r.stk.prime()
	var v goja.Value
	var err error
	if len(args) <= 6 && r.invokeArgs != nil {
		a := r.argBuf[:3+len(args)]
		a[0], a[1], a[2] = fn, this, r.argc[len(args)]
		copy(a[3:], args)
		v, err = r.invokeArgs(goja.Undefined(), a...)
		clear(a)
	} else {
		v, err = r.invokeJS(goja.Undefined(), fn, this, r.vm.NewArray(valuesToAny(args)...))
	}
	if err != nil {
		r.host.ReportUncaught(err)
		return goja.Undefined(), false
	}
	r.afterCallback()
	return v, true
}

func (r *Runtime) isExiting() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.exiting
}

func (r *Runtime) currentExitCode() int {
	if r.process == nil {
		return 0
	}
	v := r.process.Get("exitCode")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return int(v.ToInteger())
}

// exit ends the process: 'exit' listeners already ran in JS; stop the loop and unwind the script.
func (r *Runtime) exit(code int) {
	r.mu.Lock()
	if r.exiting {
		r.mu.Unlock()
		return
	}
	r.exiting = true
	r.exitCode = code
	r.mu.Unlock()
	r.loop.StopNoWait()
	r.vm.Interrupt(exitSignal{})
}

type exitSignal struct{}

// runExitHandlers emits process 'exit' when the loop drained naturally.
func (r *Runtime) runExitHandlers(code int) {
	r.mu.Lock()
	r.exitCode = code
	r.mu.Unlock()
	if r.process == nil {
		return
	}
	fn, ok := goja.AssertFunction(r.process.Get("_emitExit"))
	if !ok {
		return
	}
	_, err := fn(r.process, r.vm.ToValue(code))
	var ie *goja.InterruptedError
	switch {
	case errors.As(err, &ie):
		// process.exit() inside a listener already set the status.
	case err != nil:
		final := 1
		if ex, ok := err.(*goja.Exception); ok && r.onExitError != nil {
			if v, e := r.onExitError(goja.Undefined(), ex.Value()); e == nil {
				final = int(v.ToInteger())
			}
		} else {
			r.printUncaught(err)
		}
		r.mu.Lock()
		r.exitCode = final
		r.mu.Unlock()
	default:
		r.mu.Lock()
		r.exitCode = r.currentExitCode()
		r.mu.Unlock()
	}
}

func (r *Runtime) close() {
	r.mu.Lock()
	r.exiting = true
	r.mu.Unlock()
	if r.timers != nil {
		r.timers.stop()
	}
	if r.host != nil {
		r.host.Close()
	}
	if r.vm != nil {
		r.vm.ClearInterrupt()
	}
}

func valuesToAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}
