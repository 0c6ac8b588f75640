// Package jsapi is Node's http2 API for goja: a native binding over the
// bindings engine (registered as the private core module
// internal/http2_binding) under a JS layer embedded from js/ (the core
// modules http2 and internal/http2/*), the way Node puts lib/internal/http2
// over its nghttp2 binding.
//
// Threading: engine goroutines never touch the *goja.Runtime. Each session's
// sink queues engine events and hands the loop one host.Post per batch; on
// the loop every event is dispatched into the JS layer with host.Call, in
// the order the engine produced it. Servers, connecting or open sessions
// hold a loop ref (host.Ref) until closed or unref()ed, as in Node.
package jsapi

import (
	"embed"
	"io/fs"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"

	"github.com/goja-node/http2/polyfills"
)

//go:embed js
var files embed.FS

// BindingName is the private core module holding the native binding.
const BindingName = "internal/http2_binding"

// Names lists the JS modules of this package ("internal/http2/core", …),
// the public "http2" excluded.
func Names() []string {
	var names []string
	_ = fs.WalkDir(files, "js", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
			n := strings.TrimSuffix(strings.TrimPrefix(p, "js/"), ".js")
			if n != "http2" {
				names = append(names, n)
			}
		}
		return nil
	})
	return names
}

func init() {
	require.RegisterCoreModule(BindingName, func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", newBinding(vm).object())
	})
	for _, n := range Names() {
		require.RegisterCoreModule(n, Loader(n))
	}
}

// Require is the module loader of the public "http2" module (the root
// package registers it as http2 and node:http2).
func Require(vm *goja.Runtime, module *goja.Object) {
	Loader("http2")(vm, module)
}

// modules compiles and runs the embedded JS of the http2 layer (see polyfills.Modules).
var modules = polyfills.NewModules(func(name string) ([]byte, bool) {
	src, err := files.ReadFile("js/" + name + ".js")
	return src, err == nil
})

// Loader returns a goja_nodejs module loader that runs the embedded JS
// module name CommonJS-style, compiled once per process.
func Loader(name string) require.ModuleLoader {
	return modules.Loader(name)
}
