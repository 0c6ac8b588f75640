// Package http2 gives goja runtimes Node's node:http2 module: a pure-Go
// HTTP/2 engine (package bindings) under Node's JS API (package jsapi).
//
// Importing the package registers the core module as both "http2" and
// "node:http2" in goja_nodejs' require registry. It runs on the Node-like
// host of package runtime (event loop with refs, nextTick, timers and the
// events/stream polyfills the API builds on):
//
//	code, err := runtime.New(runtime.Options{}).RunMain("server.js")
package http2

import (
	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"

	"github.com/goja-node/http2/jsapi"
)

// ModuleName is the name scripts require.
const ModuleName = "node:http2"

func init() {
	require.RegisterCoreModule("http2", Require)
}

// Require is the goja_nodejs module loader of node:http2.
func Require(runtime *goja.Runtime, module *goja.Object) {
	jsapi.Require(runtime, module)
}

// Enable loads node:http2 into runtime so that require('http2') and
// require('node:http2') work; it sets no globals. The runtime must have the
// host installed: runtime.New does that for its own loop, runtime.Attach for
// a goja_nodejs loop the program already drives.
func Enable(runtime *goja.Runtime) {
	require.Require(runtime, ModuleName)
}
