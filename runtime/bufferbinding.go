package runtime

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Encoding ids shared with polyfills/js/buffer.js (which normalises names like 'UTF-8' or 'binary').
const (
	encUTF8 = iota
	encUCS2
	encLatin1
	encASCII
	encHex
	encBase64
	encBase64URL
)

// newBufferBinding returns the Go primitives behind require('buffer') (internal/buffer_binding).
// Every function works in place on the memory of the Uint8Array/ArrayBuffer it is given: nothing
// is copied except where a new ArrayBuffer is returned.
func newBufferBinding(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	bytesArg := func(c goja.FunctionCall, i int) []byte {
		b, ok := viewBytes(vm, c.Argument(i))
		if !ok {
			panic(vm.NewTypeError("buffer binding: argument %d is not a Uint8Array", i))
		}
		return b
	}
	intArg := func(c goja.FunctionCall, i int) int { return int(c.Argument(i).ToInteger()) }

	// byteLengthUtf8(string) -> number
	set("byteLengthUtf8", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(utf8Len(c.Argument(0)))
	})
	// fromString(string, enc) -> ArrayBuffer holding the encoded bytes
	set("fromString", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(encodeString(c.Argument(0), intArg(c, 1))))
	})
	// write(buf, string, enc, offset, maxLength) -> bytes written (no partial characters)
	set("write", func(c goja.FunctionCall) goja.Value {
		buf := bytesArg(c, 0)
		off, n := intArg(c, 3), intArg(c, 4)
		if off < 0 || off > len(buf) {
			return vm.ToValue(0)
		}
		if n < 0 || n > len(buf)-off {
			n = len(buf) - off
		}
		return vm.ToValue(writeString(buf[off:off+n], c.Argument(1), intArg(c, 2)))
	})
	// toString(buf, enc, start, end) -> string
	set("toString", func(c goja.FunctionCall) goja.Value {
		buf := bytesArg(c, 0)
		start, end := clampRange(len(buf), intArg(c, 2), intArg(c, 3))
		return decodeString(vm, buf[start:end], intArg(c, 1))
	})
	// indexOf(buf, needle, byteOffset, forward, step) -> index or -1. byteOffset is already
	// normalised by JS (0 <= byteOffset <= len); step 2 restricts matches to even offsets (ucs2).
	set("indexOf", func(c goja.FunctionCall) goja.Value {
		buf := bytesArg(c, 0)
		needle := bytesArg(c, 1)
		return vm.ToValue(indexOf(buf, needle, intArg(c, 2), c.Argument(3).ToBoolean(), intArg(c, 4)))
	})
	// indexOfByte(buf, byte, byteOffset, forward) -> index or -1
	set("indexOfByte", func(c goja.FunctionCall) goja.Value {
		buf := bytesArg(c, 0)
		return vm.ToValue(indexOf(buf, []byte{byte(c.Argument(1).ToInteger())}, intArg(c, 2), c.Argument(3).ToBoolean(), 1))
	})
	// compare(a, b) -> -1, 0, 1
	set("compare", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(bytes.Compare(bytesArg(c, 0), bytesArg(c, 1)))
	})
	// fill(buf, pattern, start, end): repeats pattern over buf[start:end]
	set("fill", func(c goja.FunctionCall) goja.Value {
		buf := bytesArg(c, 0)
		pat := bytesArg(c, 1)
		start, end := clampRange(len(buf), intArg(c, 2), intArg(c, 3))
		fillPattern(buf[start:end], pat)
		return goja.Undefined()
	})
	// copy(src, dst, dstStart, srcStart, srcEnd) -> bytes copied (overlap-safe)
	set("copy", func(c goja.FunctionCall) goja.Value {
		src, dst := bytesArg(c, 0), bytesArg(c, 1)
		ds := intArg(c, 2)
		ss, se := clampRange(len(src), intArg(c, 3), intArg(c, 4))
		if ds < 0 || ds >= len(dst) {
			return vm.ToValue(0)
		}
		return vm.ToValue(copy(dst[ds:], src[ss:se]))
	})
	// swap(buf, size): reverses every size-byte group in place
	set("swap", func(c goja.FunctionCall) goja.Value {
		buf := bytesArg(c, 0)
		size := intArg(c, 1)
		if size > 0 {
			for i := 0; i+size <= len(buf); i += size {
				for a, b := i, i+size-1; a < b; a, b = a+1, b-1 {
					buf[a], buf[b] = buf[b], buf[a]
				}
			}
		}
		return goja.Undefined()
	})
	set("isUtf8", func(c goja.FunctionCall) goja.Value { return vm.ToValue(utf8.Valid(bytesArg(c, 0))) })
	set("isAscii", func(c goja.FunctionCall) goja.Value { return vm.ToValue(isASCII(bytesArg(c, 0))) })
	return o
}

// viewBytes returns the memory behind an ArrayBuffer or any ArrayBuffer view (typed array,
// DataView), shared with JS, honouring the view's byteOffset and byteLength.
func viewBytes(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	switch x := obj.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes(), true
	case []byte:
		return x, true
	}
	// Other typed arrays and DataView export to []byte as a view of their bytes; plain arrays
	// would be copied, so require an ArrayBuffer behind the object first.
	if _, isAB := obj.Get("buffer").Export().(goja.ArrayBuffer); !isAB {
		return nil, false
	}
	var b []byte
	if err := vm.ExportTo(obj, &b); err != nil {
		return nil, false
	}
	return b, true
}

// bytesOf gives Go code the bytes of a value JS hands it: the shared memory of a Buffer, typed
// array, DataView or ArrayBuffer, or a string as UTF-8.
func bytesOf(vm *goja.Runtime, v goja.Value) []byte {
	if b, ok := viewBytes(vm, v); ok {
		return b
	}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	return []byte(v.String())
}

func clampRange(n, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > n {
		end = n
	}
	if start > end {
		start = end
	}
	if start > n {
		start, end = n, n
	}
	if end < 0 {
		end = 0
		start = 0
	}
	return start, end
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// jsString returns a JS string value's UTF-16 view (every string value in goja implements it).
func jsString(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	return goja.StringFromUTF16(utf16Of(v.String()))
}

func utf16Of(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			out = append(out, uint16(r))
		}
	}
	return out
}

// utf8Of converts a JS string to UTF-8; lone surrogates become U+FFFD as in Node.
func utf8Of(v goja.Value) string { return v.String() }

func utf8Len(v goja.Value) int { return len(utf8Of(v)) }

func encodeString(v goja.Value, enc int) []byte {
	switch enc {
	case encUCS2:
		s := jsString(v)
		out := make([]byte, 2*s.Length())
		for i := range s.Length() {
			u := s.CharAt(i)
			out[2*i], out[2*i+1] = byte(u), byte(u>>8)
		}
		return out
	case encLatin1, encASCII:
		s := jsString(v)
		out := make([]byte, s.Length())
		for i := range out {
			out[i] = byte(s.CharAt(i))
		}
		return out
	case encHex:
		return decodeHex(v.String(), -1)
	case encBase64, encBase64URL:
		return decodeBase64(jsString(v), -1)
	}
	return []byte(utf8Of(v))
}

func writeString(dst []byte, v goja.Value, enc int) int {
	switch enc {
	case encUCS2:
		s := jsString(v)
		n := min(s.Length(), len(dst)/2)
		for i := range n {
			u := s.CharAt(i)
			dst[2*i], dst[2*i+1] = byte(u), byte(u>>8)
		}
		return 2 * n
	case encLatin1, encASCII:
		s := jsString(v)
		n := min(s.Length(), len(dst))
		for i := range n {
			dst[i] = byte(s.CharAt(i))
		}
		return n
	case encHex:
		return copy(dst, decodeHex(v.String(), len(dst)))
	case encBase64, encBase64URL:
		return copy(dst, decodeBase64(jsString(v), len(dst)))
	}
	s := utf8Of(v)
	if len(s) <= len(dst) {
		return copy(dst, s)
	}
	// Only whole characters are written.
	n := len(dst)
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return copy(dst, s[:n])
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeHex decodes pairs of hex digits up to the first invalid pair (Node's behaviour); limit < 0
// means no limit on the output length.
func decodeHex(s string, limit int) []byte {
	n := len(s) / 2
	if limit >= 0 && n > limit {
		n = limit
	}
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		a, b := hexVal(s[2*i]), hexVal(s[2*i+1])
		if a < 0 || b < 0 {
			break
		}
		out = append(out, byte(a<<4|b))
	}
	return out
}

var base64Table = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = int8(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64 is Node's lenient decoder: both alphabets, characters outside them are skipped,
// the first '=' ends the input, and a trailing lone character is dropped.
func decodeBase64(s goja.String, limit int) []byte {
	n := s.Length()
	capEst := n * 3 / 4
	if limit >= 0 && capEst > limit {
		capEst = limit
	}
	out := make([]byte, 0, capEst+2)
	var acc uint32
	k := 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if c == '=' {
			break
		}
		if c > 255 {
			continue
		}
		d := base64Table[c]
		if d < 0 {
			continue
		}
		acc = acc<<6 | uint32(d)
		k++
		if k == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, k = 0, 0
			if limit >= 0 && len(out) >= limit {
				return out[:limit]
			}
		}
	}
	switch k {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func decodeString(vm *goja.Runtime, b []byte, enc int) goja.Value {
	switch enc {
	case encUCS2:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case encLatin1:
		if isASCII(b) {
			return vm.ToValue(string(b))
		}
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return goja.StringFromUTF16(u)
	case encASCII:
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return vm.ToValue(string(out))
	case encHex:
		return vm.ToValue(hex.EncodeToString(b))
	case encBase64:
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	case encBase64URL:
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
	}
	return vm.ToValue(decodeUTF8(b))
}

// decodeUTF8 follows the WHATWG decoder: each maximal invalid subsequence becomes one U+FFFD.
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		need, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c == 0xE0:
			need, lo = 2, 0xA0
		case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
			need = 2
		case c == 0xED:
			need, hi = 2, 0x9F
		case c == 0xF0:
			need, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			need = 3
		case c == 0xF4:
			need, hi = 3, 0x8F
		default:
			out = append(out, "\uFFFD"...)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				ok = false
				break
			}
			lo, hi = 0x80, 0xBF
			j++
		}
		if ok {
			out = append(out, b[i:j]...)
		} else {
			out = append(out, "\uFFFD"...)
		}
		i = j
	}
	return string(out)
}

func indexOf(buf, needle []byte, off int, forward bool, step int) int {
	if step < 1 {
		step = 1
	}
	n, m := len(buf), len(needle)
	if m == 0 {
		return min(max(off, 0), n)
	}
	if off < 0 || m > n {
		return -1
	}
	if forward {
		for off <= n-m {
			i := bytes.Index(buf[off:], needle)
			if i < 0 {
				return -1
			}
			if (off+i)%step == 0 {
				return off + i
			}
			off += i + 1
		}
		return -1
	}
	if off > n-m {
		off = n - m
	}
	for off >= 0 {
		i := bytes.LastIndex(buf[:off+m], needle)
		if i < 0 {
			return -1
		}
		if i%step == 0 {
			return i
		}
		off = i - 1
	}
	return -1
}

func fillPattern(dst, pat []byte) {
	if len(pat) == 0 || len(dst) == 0 {
		return
	}
	if len(pat) == 1 {
		c := pat[0]
		for i := range dst {
			dst[i] = c
		}
		return
	}
	n := copy(dst, pat)
	for n < len(dst) {
		n += copy(dst[n:], dst[:n])
	}
}
