package runtime

import (
	"os"
	"path/filepath"
	"testing"

	goja "github.com/dop251/goja"
)

// runFS evaluates script with the binding as the global `binding` and the temp dir as `dir`.
func runFS(t *testing.T, script string) goja.Value {
	t.Helper()
	vm := goja.New()
	_ = vm.Set("binding", newFSBinding(vm))
	_ = vm.Set("dir", t.TempDir())
	v, err := vm.RunString(script)
	if err != nil {
		t.Fatalf("script failed: %v", err)
	}
	return v
}

func TestFSBindingRoundTrip(t *testing.T) {
	v := runFS(t, `
		const p = dir + '/a.txt';
		binding.writeFile(p, new Uint8Array([104, 105]), binding.constants.O_WRONLY | binding.constants.O_CREAT | binding.constants.O_TRUNC, 0o644);
		const ab = binding.readFile(p);
		const st = binding.stat(p);
		const fd = binding.open(p, binding.constants.O_RDWR, 0o666);
		const buf = new Uint8Array(4);
		const n = binding.read(fd, buf, 1, 3, 0);
		const w = binding.write(fd, new Uint8Array([33]), 0, 1, 2);
		binding.close(fd);
		binding.mkdir(dir + '/x/y', true, 0o777);
		binding.rename(p, dir + '/x/b.txt');
		JSON.stringify([new Uint8Array(ab)[1], st.size, st.isFile, st.isDirectory, (st.mode & 0o170000) === 0o100000,
			n, buf[1], buf[2], w, binding.readdir(dir + '/x'), binding.exists(p), binding.readFile(dir + '/x/b.txt').byteLength])
	`)
	want := `[105,2,true,false,true,2,104,105,1,["b.txt","y"],false,3]`
	if v.String() != want {
		t.Fatalf("got %s want %s", v, want)
	}
}

func TestFSBindingENOENT(t *testing.T) {
	v := runFS(t, `
		let e;
		try { binding.readFile(dir + '/missing'); } catch (err) { e = err; }
		JSON.stringify([e instanceof Error, e.code, e.errno, e.syscall, e.path === dir + '/missing',
			e.message === "ENOENT: no such file or directory, open '" + dir + "/missing'", binding.stat(dir + '/missing', false) === undefined])
	`)
	if want := `[true,"ENOENT",-2,"open",true,true,true]`; v.String() != want {
		t.Fatalf("got %s want %s", v, want)
	}
}

func TestFSBindingErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	_ = vm.Set("binding", newFSBinding(vm))
	_ = vm.Set("dir", dir)
	v, err := vm.RunString(`
		const codes = [];
		for (const f of [() => binding.mkdir(dir + '/f', false, 0o777), () => binding.rename(dir + '/nope', dir + '/z'),
		                 () => binding.close(12345), () => binding.rm(dir, false, false), () => binding.rm(dir + '/nope', false, true)]) {
			try { f(); codes.push('ok'); } catch (e) { codes.push(e.code + ':' + e.syscall + (e.dest ? ':dest' : '')); }
		}
		codes.join(',')
	`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "EEXIST:mkdir,ENOENT:rename:dest,EBADF:close,ERR_FS_EISDIR:rm,ok"; v.String() != want {
		t.Fatalf("got %s want %s", v, want)
	}
}

func TestFSBindingOSInfo(t *testing.T) {
	v := runFS(t, `const i = binding.osInfo(); JSON.stringify([typeof i.hostname, i.cpus.length > 0, i.totalmem >= 0, i.EOL, i.endianness.length])`)
	if want := `["string",true,true,"\n",2]`; v.String() != want {
		t.Fatalf("got %s want %s", v, want)
	}
}
