package runtime_test

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"

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

// A program that already drives its own goja_nodejs loop attaches the runtime to it; scripts then
// get require('node:http2') and the rest, and the listening server keeps loop.Run alive until the
// script closes it.
func ExampleAttach() {
	loop := eventloop.NewEventLoop()
	loop.Run(func(vm *goja.Runtime) {
		if _, err := runtime.Attach(loop, vm, runtime.Options{}); err != nil {
			panic(err)
		}
		_, err := vm.RunString(`
			const http2 = require('node:http2');
			const server = http2.createServer();
			server.on('stream', (stream) => { stream.respond({ ':status': 200 }); stream.end('hello from the loop'); });
			server.listen(0, '127.0.0.1', () => {
				const client = http2.connect('http://127.0.0.1:' + server.address().port);
				const req = client.request({ ':path': '/' });
				let body = '';
				req.setEncoding('utf8');
				req.on('data', (d) => { body += d; });
				req.on('end', () => { console.log(body); client.close(); server.close(); });
			});
		`)
		if err != nil {
			panic(err)
		}
	})
	fmt.Println("loop drained")
	// Output:
	// hello from the loop
	// loop drained
}
