package runtime

import (
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"
	"github.com/dop251/goja_nodejs/url"

	_ "github.com/goja-node/http2" // node:http2 (jsapi)
	"github.com/goja-node/http2/polyfills"
	_ "github.com/goja-node/http2/sockets" // internal/net_binding for net and tls
)

// Our polyfills are registered as goja_nodejs core modules, so they answer to both "events" and
// "node:events" and share one instance per runtime. Registration is global (goja_nodejs keeps core
// modules in one table) and happens once; goja_nodejs' own "util", "process" and "console" modules
// are replaced because their packages initialise before ours.
func init() {
	for _, name := range polyfills.Names() {
		require.RegisterCoreModule(name, polyfillModules.Loader(name))
	}
	require.RegisterCoreModule("process", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", vm.Get("process"))
	})
	require.RegisterCoreModule("console", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", vm.Get("console"))
	})
	require.RegisterCoreModule("internal/fs_binding", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", newFSBinding(vm))
	})
	// "buffer" is our polyfill (polyfills/js/buffer.js); goja_nodejs' buffer package is not linked.
	require.RegisterCoreModule("internal/buffer_binding", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", newBufferBinding(vm))
	})
	require.RegisterCoreModule("internal/events_binding", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", newEventsBinding(vm))
	})
	require.RegisterCoreModule("internal/inspect_binding", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", newInspectBinding(vm))
	})
	require.RegisterCoreModule("internal/crypto_binding", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", newCryptoBinding(vm))
	})
	require.RegisterCoreModule("internal/child_process_binding", func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", newChildBinding(vm))
	})
	// goja_nodejs' url module provides the WHATWG classes behind our own "url" (polyfills/js/url.js),
	// which replaces it under the public name.
	require.RegisterCoreModule("internal/url_whatwg", url.Require)
}

// polyfillModules compiles each polyfill once per process and runs it CommonJS-style.
var polyfillModules = polyfills.NewModules(polyfills.Source)

// isCoreName reports whether a require() argument names a core module ("fs", "node:fs").
func isCoreName(name string) bool {
	n := strings.TrimPrefix(name, "node:")
	if _, ok := polyfills.Source(n); ok {
		return true
	}
	switch n {
	case "buffer", "url", "process", "console", "http2", "util":
		return true
	}
	return false
}

// sourceLoader reads user modules from disk, lowering syntax goja lacks (for await, async
// generators) when a file uses it.
func sourceLoader(path string) ([]byte, error) {
	b, err := require.DefaultSourceLoader(path)
	if err != nil {
		return nil, err
	}
	if filepath.Ext(path) == ".json" {
		return b, nil
	}
	return lowerIfNeeded(path, b)
}
