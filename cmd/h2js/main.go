// Command h2js runs Node-style scripts on goja with node:http2 and the core modules it needs:
//
//	h2js [node options] script.js [args...]
//	h2js -e 'code' [args...]
//	h2js --version
//
// Node's options before the script (--expose-internals, --no-warnings, --expose-gc, -r mod ...)
// are accepted and listed in process.execArgv; those h2js implements take effect, the rest are
// ignored.
//
// The exit status follows node: 0 when the event loop drains, process.exitCode or process.exit(n),
// 1 after an uncaught exception or unhandled rejection (printed to stderr).
// H2JS_CPUPROFILE=file writes a CPU profile of the run, H2JS_JSPROFILE=file one of JS functions.
// H2JS_DEBUG_ADDR=127.0.0.1:6060 serves net/http/pprof there (goroutine counts for soak runs).
// H2JS_IDLE_GC=0 turns off the collection and release of free memory when the process goes idle.
package main

import (
	"fmt"
	"net/http"
	_ "net/http/pprof"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strconv"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/runtime"
)

func main() {
	// goja allocates heavily; a script's heap is small next to V8's defaults, so trade some memory
	// for less GC work (measured: +28% req/s on bench/server.js). GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	// ...and hand the memory back when the process goes idle (idlegc.go).
	if os.Getenv("H2JS_IDLE_GC") != "0" {
		go releaseWhenIdle()
	}
	if addr := os.Getenv("H2JS_DEBUG_ADDR"); addr != "" {
		go func() { fmt.Fprintln(os.Stderr, "h2js: debug server:", http.ListenAndServe(addr, nil)) }()
	}
	// H2JS_CPUPROFILE=file writes a pprof CPU profile of the whole run (for bench/ work).
	if path := os.Getenv("H2JS_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if err := pprof.StartCPUProfile(f); err == nil {
				code := run(os.Args[1:])
				pprof.StopCPUProfile()
				f.Close()
				os.Exit(code)
			}
		}
	}
	// H2JS_JSPROFILE=file writes goja's profile of JS functions (pprof format).
	if path := os.Getenv("H2JS_JSPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if err := goja.StartProfile(f); err == nil {
				code := run(os.Args[1:])
				goja.StopProfile()
				f.Close()
				os.Exit(code)
			}
		}
	}
	os.Exit(run(os.Args[1:]))
}

// valueOptions are node options that take their value as the next argument.
var valueOptions = map[string]bool{
	"-r": true, "--require": true, "--import": true, "--loader": true, "--experimental-loader": true,
	"-C": true, "--conditions": true, "--title": true, "--inspect-port": true, "--env-file": true,
	"--input-type": true, "--redirect-warnings": true, "--trace-event-categories": true,
	"--diagnostic-dir": true, "--report-dir": true, "--report-directory": true, "--icu-data-dir": true,
	"--openssl-config": true, "--secure-heap": true, "--disable-warning": true,
}

const usage = "usage: h2js [node options] script.js [args...] | h2js -e 'code' [args...] | h2js --version"

func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, usage)
		return 9
	}
	// Node's own options come before the script. They are accepted (so scripts and test harnesses
	// written for node run unchanged) and reported in process.execArgv; the runtime acts on the
	// ones it supports (--expose-internals, --expose-gc, --no-warnings, --no-deprecation...).
	var execArgv []string
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break
		}
		switch a {
		case "--version", "-v":
			fmt.Println(runtime.NodeVersion + " (h2js " + runtime.Version + ")")
			return 0
		case "-h", "--help":
			fmt.Println(usage)
			return 0
		case "-e", "--eval", "-p", "--print", "-pe":
			if i+1 >= len(args) {
				fmt.Fprintf(os.Stderr, "h2js: %s requires an argument\n", a)
				return 9
			}
			code := args[i+1]
			if a != "-e" && a != "--eval" {
				code = "console.log(eval(" + strconv.Quote(code) + "))"
			}
			execArgv = append(execArgv, a, args[i+1])
			rest := args[i+2:]
			if len(rest) > 0 && rest[0] == "--" {
				rest = rest[1:]
			}
			c, _ := runtime.New(runtime.Options{Args: rest, ExecArgv: execArgv}).RunString("[eval]", code)
			return c
		}
		execArgv = append(execArgv, a)
		if valueOptions[a] && i+1 < len(args) {
			i++
			execArgv = append(execArgv, args[i])
		}
	}
	if i >= len(args) {
		fmt.Fprintln(os.Stderr, usage)
		return 9
	}
	code, _ := runtime.New(runtime.Options{Args: args[i+1:], ExecArgv: execArgv}).RunMain(args[i])
	return code
}
