package bindings_test

import (
	"net"

	"github.com/goja-node/http2/bindings"
	"golang.org/x/net/http2/hpack"
)

// helloSink answers every request with "hello".
type helloSink struct{ bindings.NopSink }

func (helloSink) OnStreamHeaders(st *bindings.Stream, h []hpack.HeaderField, info bindings.HeadersInfo) {
	if info.Category != bindings.CategoryRequest {
		return
	}
	s := st.Session()
	s.Respond(st, []hpack.HeaderField{{Name: ":status", Value: "200"}}, false, false)
	s.WriteData(st, []byte("hello"), true)
}

// Example_server serves h2c (prior knowledge) on a listener; this is the
// shape an h2spec, curl or nghttp test binary needs.
func Example_server() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			bindings.NewServerSession(c, bindings.DefaultConfig(false), helloSink{})
		}
	}()
	ln.Close()
	// Output:
}
