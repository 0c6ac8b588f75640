package runtime

import (
	"reflect"
	"testing"

	"github.com/dop251/goja"
)

// TestTypedArrayNamedKeys pins the reflection that reads a typed array's named properties: if a goja
// update moves the field, deep equality silently falls back to Object.keys over every element (a
// 140 KB Buffer then takes about 70 ms per side instead of microseconds), so fail here instead.
func TestTypedArrayNamedKeys(t *testing.T) {
	vm := goja.New()
	v, err := vm.RunString(`
		const a = new Uint8Array(1000);
		a.x = 1;
		Object.defineProperty(a, 'hidden', { value: 2, enumerable: false });
		a['é'] = 3;
		a.gone = 4;
		delete a.gone;
		a[5] = 7;
		a;
	`)
	if err != nil {
		t.Fatal(err)
	}
	names, ok := typedArrayNamedKeys(v.(*goja.Object))
	if !ok {
		t.Fatal("typedArrayNamedKeys: goja's typed array layout changed (baseObject.propNames not found)")
	}
	if want := []string{"x", "hidden", "é"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("names = %q, want %q", names, want)
	}
	for _, src := range []string{`({})`, `[1, 2]`, `new ArrayBuffer(4)`, `new DataView(new ArrayBuffer(4))`} {
		o, err := vm.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := typedArrayNamedKeys(o.(*goja.Object)); ok {
			t.Errorf("%s: read as a typed array", src)
		}
	}
}
