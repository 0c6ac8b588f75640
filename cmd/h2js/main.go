// Command h2js runs Node-style scripts on goja with node:http2 and the core modules it needs:
//
//	h2js script.js [args...]
//	h2js -e 'code' [args...]
//	h2js --version
//
// The exit status follows node: 0 when the event loop drains, process.exitCode or process.exit(n),
// 1 after an uncaught exception or unhandled rejection (printed to stderr).
package main

import (
	"fmt"
	"os"

	"github.com/goja-node/http2/runtime"
)

func main() {
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
