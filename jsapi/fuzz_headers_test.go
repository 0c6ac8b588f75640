package jsapi

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"golang.org/x/net/http2/hpack"

	"github.com/goja-node/http2/host"
)

// fuzzBinding is one binding on a bare runtime (no loop: the header conversions do not need it).
// Fuzz calls within one worker process run one at a time, so sharing it is safe.
var fuzzBinding *binding

func headersBinding() *binding {
	if fuzzBinding == nil {
		vm := goja.New()
		h := host.Install(nil, vm)
		b := &binding{vm: vm, host: h, statusKey: vm.ToValue(":status"), sensitive: goja.NewSymbol("sensitiveHeaders")}
		for i := range b.kinds {
			b.kinds[i] = vm.ToValue(i)
		}
		fuzzBinding = b
	}
	return fuzzBinding
}

// fuzzFields splits input into header fields: fields separated by '\n', name and value by the
// first ':' after the first byte (so pseudo-headers can be written ":path:/x").
func fuzzFields(data []byte) []hpack.HeaderField {
	var out []hpack.HeaderField
	for _, line := range bytes.Split(data, []byte{'\n'}) {
		if len(line) == 0 {
			continue
		}
		i := bytes.IndexByte(line[1:], ':')
		if i < 0 {
			out = append(out, hpack.HeaderField{Name: string(line)})
			continue
		}
		out = append(out, hpack.HeaderField{Name: string(line[:i+1]), Value: string(line[i+2:]), Sensitive: len(line)%7 == 0})
	}
	return out
}

// FuzzHeaderConversion drives both directions of the header conversion between JS and HPACK:
// received fields → Node's headers object and raw array (headersObject), and a JS headers object
// → validated response fields (responseHeaders, respond()'s fast path) and request fields
// (requestFields, request()'s fast path; see checkRequestFields). Neither may panic; the
// raw array keeps every field in order; every field responseHeaders lets through is one the
// engine can send (lowercase token name, no CR/LF/NUL, no connection-specific header, a valid
// :status first) and survives the trip back through headersObject.
func FuzzHeaderConversion(f *testing.F) {
	for _, seed := range []string{
		":method:GET\n:path:/\n:scheme:http\n:authority:example.com\nuser-agent:x",
		":status:200\ncontent-type:text/plain\nset-cookie:a=1\nset-cookie:b=2\ncookie:x=1\ncookie:y=2",
		":status:abc\nx-dup:1\nx-dup:2\ncontent-length:5\ncontent-length:6",
		"__proto__:polluted\nconstructor:x\nhasOwnProperty:y\ntoString:z",
		"Upper-Case:v\nbad name:v\nx-nul:a\x00b\nx-crlf:a\r\nb\nconnection:close\nte:trailers\nte:gzip",
		"x-é:ü\n:status:99\n:status:600\n:status:204\ndate:now\n:unknown:1\n:",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := headersBinding()
		vm := b.vm
		fields := fuzzFields(data)

		// HPACK → JS.
		obj, raw := b.headersObject(fields)
		if n := int(raw.Get("length").ToInteger()); n != 2*len(fields) {
			t.Fatalf("raw has %d entries for %d fields", n, len(fields))
		}
		for i, fl := range fields {
			if got := raw.Get(itoa(2 * i)).String(); got != fl.Name {
				t.Fatalf("raw[%d] = %q, want %q", 2*i, got, fl.Name)
			}
			if got := raw.Get(itoa(2*i + 1)).String(); got != fl.Value {
				t.Fatalf("raw[%d] = %q, want %q", 2*i+1, got, fl.Value)
			}
			if v := obj.Get(fl.Name); v == nil || goja.IsUndefined(v) {
				t.Fatalf("headers object lacks %q", fl.Name)
			}
		}
		if obj.Prototype() != nil {
			t.Fatal("headers object has a prototype")
		}

		// JS → HPACK: a plain object with the same names (last value wins, as an object literal).
		src := vm.NewObject()
		for _, fl := range fields {
			if fl.Name == ":status" {
				src.Set(fl.Name, len(fl.Value)*97%700) // numbers, in and out of range
				continue
			}
			src.Set(fl.Name, fl.Value)
		}
		checkRequestFields(t, b, src)
		_, out, status, ok := b.responseHeaders(src, len(data)%2 == 0)
		if !ok {
			return // the JS path takes over and throws Node's error
		}
		if len(out) == 0 || out[0].Name != ":status" || out[0].Value != itoa(status) || status < 200 || status > 599 {
			t.Fatalf("bad :status in %v (status %d)", out, status)
		}
		for _, fl := range out[1:] {
			if fl.Name == "" || fl.Name != strings.ToLower(fl.Name) || strings.HasPrefix(fl.Name, ":") ||
				strings.ContainsAny(fl.Name, " \t\r\n\x00:\"(),/;<=>?@[\\]{}") {
				t.Fatalf("invalid name %q let through", fl.Name)
			}
			if strings.ContainsAny(fl.Value, "\r\n\x00") {
				t.Fatalf("invalid value %q for %q let through", fl.Value, fl.Name)
			}
			if connectionSpecific(fl.Name, fl.Value) {
				t.Fatalf("connection-specific %q let through", fl.Name)
			}
		}
		back, _ := b.headersObject(out)
		for _, fl := range out[1:] {
			if v := back.Get(fl.Name); v == nil || !strings.Contains(v.String(), fl.Value) {
				t.Fatalf("%q: %q did not survive the trip back (%v)", fl.Name, fl.Value, v)
			}
		}
	})
}

func itoa(i int) string { return strconv.Itoa(i) }

// checkRequestFields: what requestFields lets through is a block the engine accepts for a request
// (the four pseudo-headers first, each once, :method :scheme :path present, then lowercase token
// names without CR/LF/NUL or connection headers), and sentHeaders holds every key of src.
func checkRequestFields(t *testing.T, b *binding, src *goja.Object) {
	vm := b.vm
	sent, out, _, ok := b.requestFields(src, vm.ToValue("a.test:80"), vm.ToValue("http"))
	if !ok {
		return
	}
	if sent.Prototype() != nil {
		t.Fatal("sentHeaders has a prototype")
	}
	for _, k := range src.Keys() {
		if v := sent.Get(k); v == nil || !v.StrictEquals(src.Get(k)) {
			t.Fatalf("sentHeaders[%q] = %v, want %v", k, v, src.Get(k))
		}
	}
	seen := map[string]bool{}
	pseudo := true
	for _, fl := range out {
		if strings.HasPrefix(fl.Name, ":") {
			if !pseudo {
				t.Fatalf("pseudo-header %q after regular ones in %v", fl.Name, out)
			}
			switch fl.Name {
			case ":method", ":scheme", ":path", ":authority":
			default:
				t.Fatalf("pseudo-header %q let through", fl.Name)
			}
			if seen[fl.Name] {
				t.Fatalf("%q twice in %v", fl.Name, out)
			}
			seen[fl.Name] = true
			continue
		}
		pseudo = false
		if fl.Name == "" || fl.Name != strings.ToLower(fl.Name) ||
			strings.ContainsAny(fl.Name, " \t\r\n\x00:\"(),/;<=>?@[\\]{}") {
			t.Fatalf("invalid name %q let through", fl.Name)
		}
		if strings.ContainsAny(fl.Value, "\r\n\x00") || connectionSpecific(fl.Name, fl.Value) {
			t.Fatalf("invalid field %q: %q let through", fl.Name, fl.Value)
		}
	}
	if !seen[":method"] || !seen[":scheme"] || !seen[":path"] {
		t.Fatalf("request block lacks a pseudo-header: %v", out)
	}
}
