package runtime

// Waiting file operations. Most of the fs binding runs on the loop goroutine (fsbinding.go), which
// is fine for regular files: their opens and reads do not wait for anyone. A FIFO, a socket or a
// terminal is different: opening a FIFO waits for the other end, and a read waits for data that
// may come from this very process (fs.open(fifo, 'w') on one side, respondWithFile(fifo) on the
// other). Node runs such calls in its thread pool; here fs.js asks mayBlock() and sends those
// calls to the *Async functions below, which do the system call on a goroutine of its own and
// hand the result back to the loop (holding the loop meanwhile, like a pending libuv request).

import (
	"io"
	"io/fs"
	"os"

	goja "github.com/dop251/goja"

	"github.com/goja-node/http2/host"
)

// waits reports whether opening or reading a file of this mode can wait on another party.
func waits(m fs.FileMode) bool {
	return m&(fs.ModeNamedPipe|fs.ModeSocket|fs.ModeCharDevice) != 0
}

// mayBlock(pathOrFd) -> bool: the file is a FIFO, socket or character device. A path that cannot
// be stat'ed answers false: the ordinary path reports the error.
func (b *fsBinding) mayBlock(c goja.FunctionCall) goja.Value {
	arg := c.Argument(0)
	switch arg.Export().(type) {
	case int64, float64:
		f, ok := b.fds[int(arg.ToInteger())]
		if !ok {
			return b.vm.ToValue(false)
		}
		if f.kind == 0 {
			f.kind = 1
			if fi, err := f.f.Stat(); err == nil && waits(fi.Mode()) {
				f.kind = 2
			}
		}
		return b.vm.ToValue(f.kind == 2)
	}
	fi, err := os.Stat(arg.String())
	return b.vm.ToValue(err == nil && waits(fi.Mode()))
}

// offLoop runs work on a goroutine of its own, then its result (a function) on the loop; the
// loop stays alive in between.
func (b *fsBinding) offLoop(work func() func()) {
	h := host.Of(b.vm)
	if h == nil {
		panic(b.vm.NewTypeError("fs binding: no event loop"))
	}
	h.Ref()
	go func() {
		done := work()
		h.Post(func() {
			h.Unref()
			done()
		})
	}()
}

// callback returns argument i as a function, or throws.
func (b *fsBinding) callback(c goja.FunctionCall, i int) goja.Value {
	cb := c.Argument(i)
	if _, ok := goja.AssertFunction(cb); !ok {
		panic(b.vm.NewTypeError("fs binding: callback must be a function"))
	}
	return cb
}

func (b *fsBinding) deliver(cb goja.Value, args ...goja.Value) {
	host.Of(b.vm).Call(cb, goja.Undefined(), args...)
}

// openAsync(path, flags, mode, cb): cb(err, fd).
func (b *fsBinding) openAsync(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	flags := int(b.intArg(c, 1, int64(os.O_RDONLY)))
	mode := os.FileMode(b.intArg(c, 2, 0o666) & 0o7777)
	cb := b.callback(c, 3)
	b.offLoop(func() func() {
		f, err := os.OpenFile(p, flags, mode)
		return func() {
			if err != nil {
				b.deliver(cb, b.sysError(err, "open", p, ""))
				return
			}
			fd := int(f.Fd())
			b.fds[fd] = &fsFile{f: f, append: flags&os.O_APPEND != 0}
			b.deliver(cb, goja.Null(), b.vm.ToValue(fd))
		}
	})
	return goja.Undefined()
}

// ioArgs reads (fd, bytes, offset, length, position) for readAsync and writeAsync.
func (b *fsBinding) ioArgs(c goja.FunctionCall, name string) (*fsFile, []byte, int64) {
	f := b.file(b.intArg(c, 0, -1), name)
	buf := b.bytesArg(c.Argument(1))
	off := b.intArg(c, 2, 0)
	length := b.intArg(c, 3, int64(len(buf))-off)
	if off < 0 || length < 0 || off+length > int64(len(buf)) {
		panic(b.vm.NewTypeError("fs binding: " + name + " range out of bounds"))
	}
	return f, buf[off : off+length], b.intArg(c, 4, -1)
}

// readAsync(fd, buffer, offset, length, position, cb): cb(err, bytesRead). The goroutine reads
// into a buffer of its own; the bytes are copied into the script's buffer back on the loop.
func (b *fsBinding) readAsync(c goja.FunctionCall) goja.Value {
	f, dst, pos := b.ioArgs(c, "read")
	cb := b.callback(c, 5)
	file := f.f
	b.offLoop(func() func() {
		tmp := make([]byte, len(dst))
		var n int
		var err error
		if pos >= 0 {
			n, err = file.ReadAt(tmp, pos)
		} else {
			n, err = file.Read(tmp)
		}
		return func() {
			if err != nil && err != io.EOF {
				b.deliver(cb, b.sysError(err, "read", "", ""))
				return
			}
			copy(dst, tmp[:n])
			b.deliver(cb, goja.Null(), b.vm.ToValue(n))
		}
	})
	return goja.Undefined()
}

// writeAsync(fd, bytes, offset, length, position, cb): cb(err, bytesWritten). The bytes are copied
// before the goroutine starts, so the script may reuse its buffer at once.
func (b *fsBinding) writeAsync(c goja.FunctionCall) goja.Value {
	f, src, pos := b.ioArgs(c, "write")
	cb := b.callback(c, 5)
	file := f.f
	data := append([]byte(nil), src...)
	b.offLoop(func() func() {
		var n int
		var err error
		if pos >= 0 && !f.append {
			n, err = file.WriteAt(data, pos)
		} else {
			n, err = file.Write(data)
		}
		return func() {
			if err != nil {
				b.deliver(cb, b.sysError(err, "write", "", ""))
				return
			}
			b.deliver(cb, goja.Null(), b.vm.ToValue(n))
		}
	})
	return goja.Undefined()
}
