package http2_test

import (
	"fmt"

	_ "github.com/goja-node/http2" // registers node:http2
	"github.com/goja-node/http2/runtime"
)

// Example embeds the Node-like runtime and runs an HTTP/2 server and client
// written against node:http2, exactly as `node` would run them.
func Example() {
	code, err := runtime.New(runtime.Options{}).RunString("main.js", `
const http2 = require('node:http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end('hello from ' + headers[':path']);
});
server.listen(0, () => {
  const client = http2.connect('http://localhost:' + server.address().port);
  const req = client.request({ ':path': '/embedded' });
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (chunk) => body += chunk);
  req.on('end', () => {
    console.log(body);
    client.close();
    server.close();
  });
});
`)
	fmt.Println(code, err)
	// Output:
	// hello from /embedded
	// 0 <nil>
}
