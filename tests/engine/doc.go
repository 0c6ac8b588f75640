// Package engine holds the tests that prove the HTTP/2 engine in
// ../../bindings against real peers: h2spec, curl, nghttp, Node's http2
// client and server, and x/net/http2's server and Transport. It has no
// code of its own outside its _test.go files; see README.md.
package engine
