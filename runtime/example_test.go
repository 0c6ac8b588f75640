package runtime_test

import (
	"fmt"

	"github.com/goja-node/http2/runtime"
)

// Embedding the whole Node-like host takes one call: the script runs, then the event loop until
// nothing keeps it alive, and the process-style exit code comes back.
func Example() {
	code, err := runtime.New(runtime.Options{Args: []string{"world"}}).RunString("hello.js", `
		const { EventEmitter } = require('node:events');
		const e = new EventEmitter();
		e.on('greet', (who) => console.log('hello,', who));
		setTimeout(() => e.emit('greet', process.argv[2]), 10);
		process.on('exit', (c) => console.log('exit', c));
	`)
	fmt.Println(code, err)
	// Output:
	// hello, world
	// exit 0
	// 0 <nil>
}
