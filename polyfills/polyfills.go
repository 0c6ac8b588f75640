// Package polyfills holds the JavaScript we write ourselves for the Node core modules that goja and
// goja_nodejs lack (events, stream, assert, util, path, timers, the small fs/os pieces) plus the
// internal helpers they share. Each file under js/ is a CommonJS module; its path without ".js" is
// the module name ("stream/promises", "internal/errors"). The runtime package registers them.
package polyfills

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed js
var files embed.FS

// Source returns the JavaScript of the module with the given name ("events", "internal/errors").
func Source(name string) ([]byte, bool) {
	b, err := files.ReadFile("js/" + name + ".js")
	if err != nil {
		return nil, false
	}
	return b, true
}

// Names lists every module name, internal ones included, in sorted order.
func Names() []string {
	var names []string
	_ = fs.WalkDir(files, "js", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
			names = append(names, strings.TrimSuffix(strings.TrimPrefix(p, "js/"), ".js"))
		}
		return nil
	})
	sort.Strings(names)
	return names
}

// IsInternal reports whether a module name is one of our private helpers, which user scripts must
// not be able to require (as in Node, where lib/internal is hidden).
func IsInternal(name string) bool {
	return strings.HasPrefix(name, "internal/")
}
