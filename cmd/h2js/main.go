// Command h2js runs Node-style scripts on goja with node:http2 and the core modules it needs:
//
//	h2js script.js [args...]
//	h2js -e 'code' [args...]
//	h2js --version
//
// The exit status follows node: 0 when the event loop drains, process.exitCode or process.exit(n),
// 1 after an uncaught exception or unhandled rejection (printed to stderr).
// H2JS_CPUPROFILE=file writes a CPU profile of the run, H2JS_JSPROFILE=file one of JS functions.
// H2JS_DEBUG_ADDR=127.0.0.1:6060 serves net/http/pprof there (goroutine counts for soak runs).
package main

import (
	"fmt"
	"net/http"
	_ "net/http/pprof"
	"os"
	"runtime/debug"
	"runtime/pprof"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/runtime"
)

func main() {
	// goja allocates heavily; a script's heap is small next to V8's defaults, so trade some memory
	// for less GC work (measured: +28% req/s on bench/server.js). GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
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

func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: h2js script.js [args...] | h2js -e 'code' [args...] | h2js --version")
		return 9
	}
	switch args[0] {
	case "--version", "-v":
		fmt.Println(runtime.NodeVersion + " (h2js " + runtime.Version + ")")
		return 0
	case "-h", "--help":
		fmt.Println("usage: h2js script.js [args...] | h2js -e 'code' [args...] | h2js --version")
		return 0
	case "-e", "--eval":
		if len(args) < 2 {
			fmt.Fprintln(os.Stderr, "h2js: -e requires an argument")
			return 9
		}
		code, _ := runtime.New(runtime.Options{Args: args[2:]}).RunString("[eval]", args[1])
		return code
	}
	if len(args[0]) > 1 && args[0][0] == '-' && args[0] != "--" {
		fmt.Fprintf(os.Stderr, "h2js: bad option: %s\n", args[0])
		return 9
	}
	script := args[0]
	rest := args[1:]
	if script == "--" && len(args) > 1 {
		script, rest = args[1], args[2:]
	}
	code, _ := runtime.New(runtime.Options{Args: rest}).RunMain(script)
	return code
}
