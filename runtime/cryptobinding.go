package runtime

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// hashMakers are the digests require('crypto') offers, by the names OpenSSL gives them (Node passes
// the algorithm name to OpenSSL, which accepts any case and a few aliases).
var hashMakers = map[string]func() hash.Hash{
	"md5":        md5.New,
	"sha1":       sha1.New,
	"sha224":     sha256.New224,
	"sha256":     sha256.New,
	"sha384":     sha512.New384,
	"sha512":     sha512.New,
	"sha512-224": sha512.New512_224,
	"sha512-256": sha512.New512_256,
}

// hashAliases maps OpenSSL's other spellings onto hashMakers' names.
var hashAliases = map[string]string{
	"rsa-md5": "md5", "rsa-sha1": "sha1", "sha-1": "sha1", "rsa-sha224": "sha224", "sha-224": "sha224",
	"rsa-sha256": "sha256", "sha-256": "sha256", "rsa-sha384": "sha384", "sha-384": "sha384",
	"rsa-sha512": "sha512", "sha-512": "sha512", "sha512/224": "sha512-224", "sha512/256": "sha512-256",
}

func lookupHash(name string) func() hash.Hash {
	n := strings.ToLower(name)
	if a, ok := hashAliases[n]; ok {
		n = a
	}
	return hashMakers[n]
}

// newCryptoBinding is the Go half of require('crypto') (internal/crypto_binding): digests, HMACs and
// the system's random source. The JS side (polyfills/js/crypto.js) does validation and encodings.
func newCryptoBinding(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	// hasher wraps a hash.Hash as {update(view), digest() -> ArrayBuffer, copy() -> hasher}.
	var hasher func(h hash.Hash, cloneable func() hash.Hash) *goja.Object
	hasher = func(h hash.Hash, fresh func() hash.Hash) *goja.Object {
		w := vm.NewObject()
		_ = w.Set("update", func(c goja.FunctionCall) goja.Value {
			b, _ := viewBytes(vm, c.Argument(0))
			_, _ = h.Write(b)
			return goja.Undefined()
		})
		_ = w.Set("digest", func(goja.FunctionCall) goja.Value {
			return vm.ToValue(vm.NewArrayBuffer(h.Sum(nil)))
		})
		_ = w.Set("copy", func(goja.FunctionCall) goja.Value {
			// Go's digests implement encoding.BinaryMarshaler for their running state.
			type marshaler interface {
				MarshalBinary() ([]byte, error)
			}
			type unmarshaler interface {
				UnmarshalBinary([]byte) error
			}
			m, ok := h.(marshaler)
			if !ok || fresh == nil {
				return goja.Null()
			}
			state, err := m.MarshalBinary()
			if err != nil {
				return goja.Null()
			}
			n := fresh()
			if u, ok := n.(unmarshaler); !ok || u.UnmarshalBinary(state) != nil {
				return goja.Null()
			}
			return hasher(n, fresh)
		})
		return w
	}
	_ = o.Set("createHash", func(c goja.FunctionCall) goja.Value {
		mk := lookupHash(c.Argument(0).String())
		if mk == nil {
			return goja.Null()
		}
		return hasher(mk(), mk)
	})
	_ = o.Set("createHmac", func(c goja.FunctionCall) goja.Value {
		mk := lookupHash(c.Argument(0).String())
		if mk == nil {
			return goja.Null()
		}
		key, _ := viewBytes(vm, c.Argument(1))
		return hasher(hmac.New(mk, append([]byte(nil), key...)), nil)
	})
	// randomFill(view, offset, size) fills bytes in place from the OS source.
	_ = o.Set("randomFill", func(c goja.FunctionCall) goja.Value {
		b, ok := viewBytes(vm, c.Argument(0))
		if !ok {
			panic(vm.NewTypeError("crypto binding: not a buffer"))
		}
		off, n := int(c.Argument(1).ToInteger()), int(c.Argument(2).ToInteger())
		if off < 0 || n < 0 || off+n > len(b) {
			panic(vm.NewTypeError("crypto binding: range outside the buffer"))
		}
		if _, err := rand.Read(b[off : off+n]); err != nil {
			panic(vm.NewGoError(err))
		}
		return goja.Undefined()
	})
	// timingSafeEqual(a, b) compares two equally long views in constant time.
	_ = o.Set("timingSafeEqual", func(c goja.FunctionCall) goja.Value {
		a, _ := viewBytes(vm, c.Argument(0))
		b, _ := viewBytes(vm, c.Argument(1))
		return vm.ToValue(hmac.Equal(a, b))
	})
	names := make([]string, 0, len(hashMakers)+len(hashAliases))
	for n := range hashMakers {
		names = append(names, n)
	}
	for n := range hashAliases {
		names = append(names, n)
	}
	sort.Strings(names)
	_ = o.Set("hashes", names)
	return o
}
