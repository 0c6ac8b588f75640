package polyfills

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/require"
)

// Modules runs embedded CommonJS modules as goja_nodejs core modules. Each module is compiled
// once per process (goja programs are immutable and shared by every runtime) and called with
// (exports, require, module, __filename, __dirname); the file name "node:<name>" marks it as a
// core module, which is what lets it require internal/* modules.
type Modules struct {
	source func(name string) ([]byte, bool)

	mu       sync.Mutex
	programs map[string]*goja.Program
}

// NewModules serves the modules that source finds by name (the polyfills' own Source, or the
// http2 layer's embedded files).
func NewModules(source func(name string) ([]byte, bool)) *Modules {
	return &Modules{source: source, programs: map[string]*goja.Program{}}
}

// Loader returns the goja_nodejs module loader of module name.
func (m *Modules) Loader(name string) require.ModuleLoader {
	return func(vm *goja.Runtime, module *goja.Object) {
		prg, err := m.program(name)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		fnv, err := vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		fn, _ := goja.AssertFunction(fnv)
		exports := module.Get("exports")
		if _, err := fn(exports, exports, vm.Get("require"), module, vm.ToValue("node:"+name), vm.ToValue("node:")); err != nil {
			panic(err)
		}
	}
}

func (m *Modules) program(name string) (*goja.Program, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if p := m.programs[name]; p != nil {
		return p, nil
	}
	src, ok := m.source(name)
	if !ok {
		return nil, fmt.Errorf("no embedded module %q", name)
	}
	p, err := goja.Compile("node:"+name, "(function(exports, require, module, __filename, __dirname){"+string(src)+"\n})", true)
	if err != nil {
		return nil, err
	}
	m.programs[name] = p
	return p, nil
}
