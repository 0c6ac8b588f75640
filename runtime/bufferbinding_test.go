package runtime

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
)

// Expected values below come from Node 20 (Buffer.from(bytes).toString() and friends).

func TestDecodeUTF8Replacement(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain ascii"), "plain ascii"},
		{[]byte{0xe2, 0x82, 0xac}, "€"},
		{[]byte{0xe2, 0x82}, "\ufffd"},                   // truncated 3-byte sequence: one U+FFFD
		{[]byte{0xf0, 0x9f, 0x98}, "\ufffd"},             // truncated 4-byte sequence
		{[]byte{0xc0, 0x80}, "\ufffd\ufffd"},             // overlong lead byte
		{[]byte{0xed, 0xa0, 0x80}, "\ufffd\ufffd\ufffd"}, // surrogate
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\ufffd\ufffd\ufffd\ufffd"},
		{[]byte{0xe2, 0x82, 0x41}, "\ufffdA"},
		{[]byte{0x80, 0x80}, "\ufffd\ufffd"},
		{[]byte{0xf0, 0x9f, 0x98, 0x41}, "\ufffdA"},
		{[]byte{0xff}, "\ufffd"},
		{[]byte{0xe0, 0x80, 0x80}, "\ufffd\ufffd\ufffd"},
		{[]byte{0xf5, 0x80}, "\ufffd\ufffd"},
		{[]byte{0xef, 0xbb, 0xbf, 0x41}, "\ufeffA"}, // BOM kept
	}
	for _, c := range cases {
		if got := decodeUTF8(c.in); got != c.want {
			t.Errorf("decodeUTF8(% x) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDecodeBase64Lenient(t *testing.T) {
	vm := goja.New()
	cases := []struct{ in, want string }{
		{"YWJj", "616263"},
		{"YWJjZA==", "61626364"},
		{"YWJjZA", "61626364"},
		{"YW Jj\nZA==", "61626364"},
		{"YW=Jj", "61"},
		{"a-_b", "6befdb"},
		{"+/+/", "fbffbf"},
		{"YWJj!!ZA", "61626364"},
		{"YWJjZ", "616263"},
		{"=YWJj", ""},
		{"Y", ""},
		{"abc=def", "69b7"},
	}
	for _, c := range cases {
		s := vm.ToValue(c.in).(goja.String)
		got := decodeBase64(s, -1)
		if h := bytesHex(got); h != c.want {
			t.Errorf("decodeBase64(%q) = %s, want %s", c.in, h, c.want)
		}
	}
	if got := decodeBase64(vm.ToValue("YWJjZGVmZ2hp").(goja.String), 5); string(got) != "abcde" {
		t.Errorf("limited decode = %q", got)
	}
}

func TestDecodeHex(t *testing.T) {
	for in, want := range map[string]string{"abz": "ab", "zz12": "", "abc": "ab", "a": "", "ABcd": "abcd", "0g12": ""} {
		if h := bytesHex(decodeHex(in, -1)); h != want {
			t.Errorf("decodeHex(%q) = %s, want %s", in, h, want)
		}
	}
}

func TestIndexOf(t *testing.T) {
	buf := []byte("abcabc")
	cases := []struct {
		needle  string
		off     int
		forward bool
		step    int
		want    int
	}{
		{"bc", 0, true, 1, 1},
		{"bc", 2, true, 1, 4},
		{"bc", 5, true, 1, -1},
		{"bc", 6, false, 1, 4},
		{"bc", 3, false, 1, 1},
		{"c", 1, false, 1, -1},
		{"", 3, true, 1, 3},
		{"abcabcabc", 0, true, 1, -1},
	}
	for _, c := range cases {
		if got := indexOf(buf, []byte(c.needle), c.off, c.forward, c.step); got != c.want {
			t.Errorf("indexOf(%q, off %d, fwd %v) = %d, want %d", c.needle, c.off, c.forward, got, c.want)
		}
	}
	// ucs2 searches only match at even offsets.
	if got := indexOf([]byte("xa\x00b\x00"), []byte("b\x00"), 0, true, 2); got != -1 {
		t.Errorf("odd-offset ucs2 match: %d", got)
	}
	if got := indexOf([]byte("a\x00b\x00"), []byte("b\x00"), 0, true, 2); got != 2 {
		t.Errorf("even-offset ucs2 match: %d", got)
	}
}

func TestFillPattern(t *testing.T) {
	b := make([]byte, 7)
	fillPattern(b, []byte("xyz"))
	if string(b) != "xyzxyzx" {
		t.Errorf("fillPattern = %q", b)
	}
}

// TestBindingOnViews runs the binding from JS on Uint8Array windows of a larger ArrayBuffer: the
// Go side must see exactly the window (byteOffset/length) and write into shared memory.
func TestBindingOnViews(t *testing.T) {
	vm := goja.New()
	_ = vm.Set("binding", newBufferBinding(vm))
	v, err := vm.RunString(`
		const ab = new ArrayBuffer(10);
		const all = new Uint8Array(ab);
		const view = new Uint8Array(ab, 3, 5);
		const n = binding.write(view, 'h€llo', 0, 0, 5); // utf8: only whole characters fit
		const res = [n, Array.from(all).join(','), binding.toString(view, 4, 0, 5)];
		binding.fill(view, new Uint8Array([1, 2]), 1, 4);
		res.push(Array.from(all).join(','));
		res.push(binding.indexOfByte(view, 2, 0, true));
		res.push(binding.toString(new Uint8Array(binding.fromString('\u00e9\u0100', 2)), 4, 0, 2));
		res.push(binding.toString(new Uint8Array(binding.fromString('ab\ud800', 1)), 4, 0, 6));
		res.push(binding.byteLengthUtf8('\ud800a\ud83d\ude00'));
		res.push(binding.toString(new Uint8Array([0xe9, 0x41, 0xff]), 3, 0, 3));
		res.push(binding.compare(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
		const sw = new Uint8Array([1, 2, 3, 4]);
		binding.swap(sw, 4);
		res.push(Array.from(sw).join(','));
		res.join('|');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := "5|0,0,0,104,226,130,172,108,0,0|68e282ac6c|0,0,0,104,1,2,1,108,0,0|2|e900|6100620000d8|8|iA\u007f|-1|4,3,2,1"
	if got := v.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestBytesOf(t *testing.T) {
	vm := goja.New()
	for src, want := range map[string]string{
		`new Uint8Array(new Uint8Array([1,2,3,4,5]).buffer, 1, 3)`: "020304",
		`new Uint16Array([0x0102, 0x0304]).subarray(1)`:            "0403",
		`new DataView(new Uint8Array([9,8,7]).buffer, 2)`:          "07",
		`new Uint8Array([5,6]).buffer`:                             "0506",
		`'hé'`:                                                     "68c3a9",
	} {
		v, err := vm.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := bytesHex(bytesOf(vm, v)); got != want {
			t.Errorf("bytesOf(%s) = %s, want %s", src, got, want)
		}
	}
	// Shared, not copied.
	v, _ := vm.RunString(`globalThis.u = new Uint8Array(4); u.subarray(2)`)
	bytesOf(vm, v)[0] = 42
	if x, _ := vm.RunString(`u[2]`); x.ToInteger() != 42 {
		t.Errorf("bytesOf copied instead of sharing")
	}
}

func bytesHex(b []byte) string {
	var buf bytes.Buffer
	const digits = "0123456789abcdef"
	for _, c := range b {
		buf.WriteByte(digits[c>>4])
		buf.WriteByte(digits[c&15])
	}
	return buf.String()
}
