package jsapi

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
	"golang.org/x/net/http2/hpack"

	"github.com/goja-node/http2/bindings"
	"github.com/goja-node/http2/host"
)

// onLoop runs fn on a fresh event loop with a host and a binding whose JS
// dispatch function is src (a function expression).
func onLoop(b *testing.B, src string, fn func(bd *binding)) {
	b.Helper()
	loop := eventloop.NewEventLoop()
	loop.Run(func(vm *goja.Runtime) {
		h := host.Install(loop, vm)
		defer h.Close()
		bd := &binding{vm: vm, host: h, statusKey: vm.ToValue(":status")}
		for i := range bd.kinds {
			bd.kinds[i] = vm.ToValue(i)
		}
		v, err := vm.RunString("(" + src + ")")
		if err != nil {
			b.Fatal(err)
		}
		bd.dispatch = v
		bd.sensitive = goja.NewSymbol("sensitiveHeaders")
		fn(bd)
	})
}

var requestFields = []hpack.HeaderField{
	{Name: ":method", Value: "GET"},
	{Name: ":path", Value: "/"},
	{Name: ":scheme", Value: "http"},
	{Name: ":authority", Value: "127.0.0.1:8080"},
	{Name: "user-agent", Value: "h2load nghttp2/1.59.0"},
	{Name: "accept-encoding", Value: "gzip, deflate"},
}

// BenchmarkHeadersObject: a received header block becomes Node's headers
// object and raw array (EV_HEADERS, once per request).
func BenchmarkHeadersObject(b *testing.B) {
	onLoop(b, "function(){}", func(bd *binding) {
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			bd.headersObject(requestFields)
		}
	})
}

// BenchmarkResponseHeaders: respond()'s headers object validated and
// converted to HPACK fields plus stream.sentHeaders (the respondFast path).
func BenchmarkResponseHeaders(b *testing.B) {
	onLoop(b, "function(){}", func(bd *binding) {
		obj, err := bd.vm.RunString(`({ ':status': 200, 'content-type': 'text/plain', 'content-length': 12 })`)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, _, _, ok := bd.responseHeaders(obj, true); !ok {
				b.Fatal("fast path refused plain headers")
			}
		}
	})
}

// BenchmarkRequestHeaders: request()'s headers copied with their defaults and
// converted to HPACK fields (the requestHeaders fast path).
func BenchmarkRequestHeaders(b *testing.B) {
	onLoop(b, "function(){}", func(bd *binding) {
		obj, err := bd.vm.RunString(`({ ':path': '/' })`)
		if err != nil {
			b.Fatal(err)
		}
		auth, scheme := bd.vm.ToValue("localhost:8080"), bd.vm.ToValue("http")
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, _, _, ok := bd.requestFields(obj, auth, scheme); !ok {
				b.Fatal("fast path refused plain headers")
			}
		}
	})
}

// BenchmarkDispatch: engine events queued by the sink (as the reader and
// writer goroutines do), handed to the loop in one batch and dispatched one
// by one into a JS function. Three events per op, the server's share of a
// small request: EV_HEADERS, EV_WRITTEN, EV_STREAM_CLOSE.
func BenchmarkDispatch(b *testing.B) {
	onLoop(b, "function(kind, a, b, c, d, e) { this.n++; }", func(bd *binding) {
		k := newSink(bd)
		h := newHandle(bd, k)
		k.h = h
		owner := bd.vm.NewObject()
		owner.Set("n", 0)
		h.owner = owner
		st := &bindings.Stream{}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			k.mu.Lock()
			k.queue = append(k.queue,
				event{kind: evHeaders, st: st, headers: requestFields, info: bindings.HeadersInfo{EndStream: true}},
				event{kind: evWritten, st: st, n: 12},
				event{kind: evStreamClose, st: st})
			k.posted = true
			k.mu.Unlock()
			k.flush()
		}
		b.StopTimer()
		if n := owner.Get("n").ToInteger(); n != int64(3*b.N) {
			b.Fatalf("dispatched %d events, want %d", n, 3*b.N)
		}
	})
}
