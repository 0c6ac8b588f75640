package runtime

// The fs binding: the synchronous file-system and OS primitives behind our fs, fs/promises and os
// polyfills (polyfills/js/fs.js, os.js). It is registered as the private native module
// internal/fs_binding. Everything here runs on the loop goroutine and blocks it, like Node's *Sync
// calls, except the *Async functions of fsasync.go that fs.js uses for FIFOs and the like.
// Failures are thrown as JS errors shaped like Node's system errors:
//
//	Error: ENOENT: no such file or directory, open 'x'   {errno: -2, code: 'ENOENT', syscall: 'open', path: 'x'}

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"reflect"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	goja "github.com/dop251/goja"
)

// errnoNames maps the errnos we expect to meet to Node's code names.
var errnoNames = map[syscall.Errno]string{
	syscall.EPERM: "EPERM", syscall.ENOENT: "ENOENT", syscall.EIO: "EIO", syscall.EBADF: "EBADF",
	syscall.EAGAIN: "EAGAIN", syscall.ENOMEM: "ENOMEM", syscall.EACCES: "EACCES", syscall.EFAULT: "EFAULT",
	syscall.EBUSY: "EBUSY", syscall.EEXIST: "EEXIST", syscall.EXDEV: "EXDEV", syscall.ENODEV: "ENODEV",
	syscall.ENOTDIR: "ENOTDIR", syscall.EISDIR: "EISDIR", syscall.EINVAL: "EINVAL", syscall.ENFILE: "ENFILE",
	syscall.EMFILE: "EMFILE", syscall.ETXTBSY: "ETXTBSY", syscall.EFBIG: "EFBIG", syscall.ENOSPC: "ENOSPC",
	syscall.ESPIPE: "ESPIPE", syscall.EROFS: "EROFS", syscall.EMLINK: "EMLINK", syscall.EPIPE: "EPIPE",
	syscall.ENAMETOOLONG: "ENAMETOOLONG", syscall.ENOSYS: "ENOSYS", syscall.ENOTEMPTY: "ENOTEMPTY",
	syscall.ELOOP: "ELOOP", syscall.ENOTSUP: "ENOTSUP", syscall.ECANCELED: "ECANCELED", syscall.EINTR: "EINTR",
	syscall.ESRCH: "ESRCH", syscall.ECONNREFUSED: "ECONNREFUSED", syscall.ECONNRESET: "ECONNRESET",
	syscall.EADDRINUSE: "EADDRINUSE", syscall.ETIMEDOUT: "ETIMEDOUT", syscall.ENOTCONN: "ENOTCONN",
}

// uvMessages are libuv's wording where it differs from the C library's strerror.
var uvMessages = map[string]string{
	"EEXIST":       "file already exists",
	"EISDIR":       "illegal operation on a directory",
	"ELOOP":        "too many symbolic links encountered",
	"EXDEV":        "cross-device link not permitted",
	"ENAMETOOLONG": "name too long",
	"ENOTSUP":      "operation not supported on socket",
	"EAGAIN":       "resource temporarily unavailable",
	"ENOSYS":       "function not implemented",
	"ECANCELED":    "operation canceled",
	"EINTR":        "interrupted system call",
	"ENOMEM":       "not enough memory",
	"EBUSY":        "resource busy or locked",
	"ETXTBSY":      "text file is busy",
}

// fsFile is one entry of the descriptor table.
type fsFile struct {
	f      *os.File
	append bool
	kind   int8 // mayBlock's cache: 0 unknown, 1 regular (or directory...), 2 may wait (fsasync.go)
}

type fsBinding struct {
	vm  *goja.Runtime
	fds map[int]*fsFile
}

// newFSBinding builds the object registered as internal/fs_binding.
func newFSBinding(vm *goja.Runtime) *goja.Object {
	b := &fsBinding{vm: vm, fds: map[int]*fsFile{
		0: {f: os.Stdin}, 1: {f: os.Stdout}, 2: {f: os.Stderr},
	}}
	o := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	set("readFile", b.readFile)
	set("writeFile", b.writeFile)
	set("exists", b.exists)
	set("access", b.access)
	set("stat", b.stat)
	set("lstat", b.lstat)
	set("fstat", b.fstat)
	set("open", b.open)
	set("close", b.close)
	set("read", b.read)
	set("write", b.write)
	set("ftruncate", b.ftruncate)
	set("fsync", b.fsync)
	set("readdir", b.readdir)
	set("mkdir", b.mkdir)
	set("mkdtemp", b.mkdtemp)
	set("rmdir", b.rmdir)
	set("rm", b.rm)
	set("unlink", b.unlink)
	set("rename", b.rename)
	set("copyFile", b.copyFile)
	set("realpath", b.realpath)
	set("readlink", b.readlink)
	set("symlink", b.symlink)
	set("chmod", b.chmod)
	set("truncate", b.truncate)
	set("utimes", b.utimes)
	set("osInfo", b.osInfo)
	set("mayBlock", b.mayBlock)
	set("openAsync", b.openAsync)
	set("readAsync", b.readAsync)
	set("writeAsync", b.writeAsync)
	_ = o.Set("constants", fsConstants(vm))
	return o
}

// ---- errors ----

// errnoOf digs the errno out of a Go error (PathError, LinkError, SyscallError...).
func errnoOf(err error) (syscall.Errno, bool) {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en, true
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return syscall.ENOENT, true
	case errors.Is(err, fs.ErrExist):
		return syscall.EEXIST, true
	case errors.Is(err, fs.ErrPermission):
		return syscall.EACCES, true
	case errors.Is(err, os.ErrClosed):
		return syscall.EBADF, true
	}
	return 0, false
}

// sysError builds (without throwing) a Node-shaped system error. dest may be empty.
func (b *fsBinding) sysError(err error, syscallName, path, dest string) *goja.Object {
	vm := b.vm
	en, ok := errnoOf(err)
	code := "EIO"
	msg := err.Error()
	errno := -int(syscall.EIO)
	if ok {
		errno = -int(en)
		if name, ok := errnoNames[en]; ok {
			code = name
		} else {
			code = "E" + strconv.Itoa(int(en))
		}
		if m, ok := uvMessages[code]; ok {
			msg = m
		} else {
			msg = en.Error()
		}
	}
	text := code + ": " + msg + ", " + syscallName
	if path != "" {
		text += " '" + path + "'"
	}
	if dest != "" {
		text += " -> '" + dest + "'"
	}
	e, _ := vm.New(vm.Get("Error"), vm.ToValue(text))
	_ = e.Set("errno", errno)
	_ = e.Set("code", code)
	_ = e.Set("syscall", syscallName)
	if path != "" {
		_ = e.Set("path", path)
	}
	if dest != "" {
		_ = e.Set("dest", dest)
	}
	return e
}

func (b *fsBinding) throw(err error, syscallName, path, dest string) {
	panic(b.sysError(err, syscallName, path, dest))
}

// ---- argument helpers ----

func (b *fsBinding) str(c goja.FunctionCall, i int) string {
	return c.Argument(i).String()
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

func (b *fsBinding) intArg(c goja.FunctionCall, i int, def int64) int64 {
	v := c.Argument(i)
	if isNullish(v) {
		return def
	}
	return v.ToInteger()
}

// bytesArg returns the memory behind an ArrayBuffer, typed array or DataView argument (shared, not
// copied, so read() can fill the caller's Buffer). A string is taken as UTF-8.
func (b *fsBinding) bytesArg(v goja.Value) []byte {
	if isNullish(v) {
		return nil
	}
	if ab, ok := v.Export().(goja.ArrayBuffer); ok {
		return ab.Bytes()
	}
	if s, ok := v.Export().(string); ok {
		return []byte(s)
	}
	var out []byte
	if err := b.vm.ExportTo(v, &out); err != nil {
		panic(b.vm.NewTypeError("fs binding: expected bytes"))
	}
	return out
}

func (b *fsBinding) file(fd int64, syscallName string) *fsFile {
	f, ok := b.fds[int(fd)]
	if !ok {
		b.throw(syscall.EBADF, syscallName, "", "")
	}
	return f
}

// ---- file contents ----

func (b *fsBinding) readFile(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	data, err := os.ReadFile(p)
	if err != nil {
		sc := "open"
		if en, ok := errnoOf(err); ok && en == syscall.EISDIR {
			sc = "read"
			b.throw(err, sc, "", "")
		}
		b.throw(err, sc, p, "")
	}
	return b.vm.ToValue(b.vm.NewArrayBuffer(data))
}

// writeFile(path, bytes, flags, mode)
func (b *fsBinding) writeFile(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	data := b.bytesArg(c.Argument(1))
	flags := int(b.intArg(c, 2, int64(os.O_WRONLY|os.O_CREATE|os.O_TRUNC)))
	mode := os.FileMode(b.intArg(c, 3, 0o666) & 0o7777)
	f, err := os.OpenFile(p, flags, mode)
	if err != nil {
		b.throw(err, "open", p, "")
	}
	defer f.Close()
	if _, err := f.Write(data); err != nil {
		b.throw(err, "write", "", "")
	}
	return goja.Undefined()
}

func (b *fsBinding) exists(c goja.FunctionCall) goja.Value {
	_, err := os.Stat(b.str(c, 0))
	return b.vm.ToValue(err == nil)
}

// access(path, mode) checks with the real uid like access(2).
func (b *fsBinding) access(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	mode := uint32(b.intArg(c, 1, 0))
	if err := syscall.Access(p, mode); err != nil {
		b.throw(err, "access", p, "")
	}
	return goja.Undefined()
}

// ---- stat ----

// statNum reads the first of the named integer fields present in a syscall.Stat_t (whose field
// names and widths differ between platforms).
func statNum(st reflect.Value, names ...string) float64 {
	for _, n := range names {
		f := st.FieldByName(n)
		if !f.IsValid() {
			continue
		}
		switch f.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return float64(f.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			return float64(f.Uint())
		}
	}
	return 0
}

// statTime reads a timespec field (Atim on Linux, Atimespec on BSDs) as milliseconds.
func statTime(st reflect.Value, names ...string) (float64, bool) {
	for _, n := range names {
		f := st.FieldByName(n)
		if !f.IsValid() || f.Kind() != reflect.Struct {
			continue
		}
		sec, nsec := f.FieldByName("Sec"), f.FieldByName("Nsec")
		if !sec.IsValid() || !nsec.IsValid() {
			continue
		}
		return float64(sec.Int())*1e3 + float64(nsec.Int())/1e6, true
	}
	return 0, false
}

// goModeToUnix converts a Go FileMode into st_mode bits, for hosts without a Stat_t.
func goModeToUnix(m fs.FileMode) float64 {
	v := uint32(m.Perm())
	switch {
	case m.IsDir():
		v |= syscall.S_IFDIR
	case m&fs.ModeSymlink != 0:
		v |= syscall.S_IFLNK
	case m&fs.ModeNamedPipe != 0:
		v |= syscall.S_IFIFO
	case m&fs.ModeSocket != 0:
		v |= syscall.S_IFSOCK
	case m&fs.ModeCharDevice != 0:
		v |= syscall.S_IFCHR
	case m&fs.ModeDevice != 0:
		v |= syscall.S_IFBLK
	default:
		v |= syscall.S_IFREG
	}
	if m&fs.ModeSetuid != 0 {
		v |= syscall.S_ISUID
	}
	if m&fs.ModeSetgid != 0 {
		v |= syscall.S_ISGID
	}
	if m&fs.ModeSticky != 0 {
		v |= syscall.S_ISVTX
	}
	return float64(v)
}

func (b *fsBinding) statObject(fi fs.FileInfo) goja.Value {
	o := b.vm.NewObject()
	mtime := float64(fi.ModTime().UnixNano()) / 1e6
	mode := goModeToUnix(fi.Mode())
	atime, ctime, birth := mtime, mtime, mtime
	var dev, ino, nlink, uid, gid, rdev, blksize, blocks float64
	nlink = 1
	if sys := fi.Sys(); sys != nil {
		st := reflect.ValueOf(sys)
		if st.Kind() == reflect.Ptr {
			st = st.Elem()
		}
		if st.Kind() == reflect.Struct {
			mode = statNum(st, "Mode")
			dev = statNum(st, "Dev")
			ino = statNum(st, "Ino")
			nlink = statNum(st, "Nlink")
			uid = statNum(st, "Uid")
			gid = statNum(st, "Gid")
			rdev = statNum(st, "Rdev")
			blksize = statNum(st, "Blksize")
			blocks = statNum(st, "Blocks")
			if t, ok := statTime(st, "Atim", "Atimespec"); ok {
				atime = t
			}
			if t, ok := statTime(st, "Ctim", "Ctimespec"); ok {
				ctime = t
				birth = t // Linux's Stat_t has no birth time; ctime is the closest we have
			}
			if t, ok := statTime(st, "Birthtimespec"); ok {
				birth = t
			}
		}
	}
	set := func(k string, v interface{}) { _ = o.Set(k, v) }
	set("dev", dev)
	set("mode", mode)
	set("nlink", nlink)
	set("uid", uid)
	set("gid", gid)
	set("rdev", rdev)
	set("blksize", blksize)
	set("ino", ino)
	set("size", float64(fi.Size()))
	set("blocks", blocks)
	set("atimeMs", atime)
	set("mtimeMs", mtime)
	set("ctimeMs", ctime)
	set("birthtimeMs", birth)
	set("isFile", fi.Mode().IsRegular())
	set("isDirectory", fi.IsDir())
	set("isSymbolicLink", fi.Mode()&fs.ModeSymlink != 0)
	return o
}

// stat(path, throwIfNoEntry): with throwIfNoEntry === false a missing file returns undefined.
func (b *fsBinding) stat(c goja.FunctionCall) goja.Value {
	return b.doStat(c, os.Stat, "stat")
}

func (b *fsBinding) lstat(c goja.FunctionCall) goja.Value {
	return b.doStat(c, os.Lstat, "lstat")
}

func (b *fsBinding) doStat(c goja.FunctionCall, fn func(string) (fs.FileInfo, error), name string) goja.Value {
	p := b.str(c, 0)
	fi, err := fn(p)
	if err != nil {
		if en, ok := errnoOf(err); ok && (en == syscall.ENOENT || en == syscall.ENOTDIR) && c.Argument(1).StrictEquals(b.vm.ToValue(false)) {
			return goja.Undefined()
		}
		b.throw(err, name, p, "")
	}
	return b.statObject(fi)
}

func (b *fsBinding) fstat(c goja.FunctionCall) goja.Value {
	f := b.file(b.intArg(c, 0, -1), "fstat")
	fi, err := f.f.Stat()
	if err != nil {
		b.throw(err, "fstat", "", "")
	}
	return b.statObject(fi)
}

// ---- descriptors ----

// open(path, flags, mode) -> fd
func (b *fsBinding) open(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	flags := int(b.intArg(c, 1, int64(os.O_RDONLY)))
	mode := os.FileMode(b.intArg(c, 2, 0o666) & 0o7777)
	f, err := os.OpenFile(p, flags, mode)
	if err != nil {
		b.throw(err, "open", p, "")
	}
	fd := int(f.Fd())
	b.fds[fd] = &fsFile{f: f, append: flags&os.O_APPEND != 0}
	return b.vm.ToValue(fd)
}

func (b *fsBinding) close(c goja.FunctionCall) goja.Value {
	fd := b.intArg(c, 0, -1)
	f := b.file(fd, "close")
	delete(b.fds, int(fd))
	if fd <= 2 {
		return goja.Undefined() // keep the process's stdio usable, as closing them would be surprising
	}
	if err := f.f.Close(); err != nil {
		b.throw(err, "close", "", "")
	}
	return goja.Undefined()
}

// read(fd, buffer, offset, length, position) -> bytesRead; position null or -1 reads at the
// current file position.
func (b *fsBinding) read(c goja.FunctionCall) goja.Value {
	f := b.file(b.intArg(c, 0, -1), "read")
	buf := b.bytesArg(c.Argument(1))
	off := b.intArg(c, 2, 0)
	length := b.intArg(c, 3, int64(len(buf))-off)
	pos := b.intArg(c, 4, -1)
	if off < 0 || length < 0 || off+length > int64(len(buf)) {
		panic(b.vm.NewTypeError("fs binding: read range out of bounds"))
	}
	dst := buf[off : off+length]
	var n int
	var err error
	if pos >= 0 {
		n, err = f.f.ReadAt(dst, pos)
	} else {
		n, err = f.f.Read(dst)
	}
	if err != nil && err != io.EOF {
		b.throw(err, "read", "", "")
	}
	return b.vm.ToValue(n)
}

// write(fd, bytes, offset, length, position) -> bytesWritten
func (b *fsBinding) write(c goja.FunctionCall) goja.Value {
	f := b.file(b.intArg(c, 0, -1), "write")
	buf := b.bytesArg(c.Argument(1))
	off := b.intArg(c, 2, 0)
	length := b.intArg(c, 3, int64(len(buf))-off)
	pos := b.intArg(c, 4, -1)
	if off < 0 || length < 0 || off+length > int64(len(buf)) {
		panic(b.vm.NewTypeError("fs binding: write range out of bounds"))
	}
	src := buf[off : off+length]
	var n int
	var err error
	if pos >= 0 && !f.append {
		n, err = f.f.WriteAt(src, pos)
	} else {
		n, err = f.f.Write(src)
	}
	if err != nil {
		b.throw(err, "write", "", "")
	}
	return b.vm.ToValue(n)
}

func (b *fsBinding) ftruncate(c goja.FunctionCall) goja.Value {
	f := b.file(b.intArg(c, 0, -1), "ftruncate")
	if err := f.f.Truncate(b.intArg(c, 1, 0)); err != nil {
		b.throw(err, "ftruncate", "", "")
	}
	return goja.Undefined()
}

func (b *fsBinding) fsync(c goja.FunctionCall) goja.Value {
	f := b.file(b.intArg(c, 0, -1), "fsync")
	if err := f.f.Sync(); err != nil {
		b.throw(err, "fsync", "", "")
	}
	return goja.Undefined()
}

// ---- directories and names ----

// Dirent types as libuv numbers them (UV_DIRENT_*), which Node's fs.constants also use.
func direntType(m fs.FileMode) int {
	switch {
	case m.IsRegular():
		return 1
	case m.IsDir():
		return 2
	case m&fs.ModeSymlink != 0:
		return 3
	case m&fs.ModeNamedPipe != 0:
		return 4
	case m&fs.ModeSocket != 0:
		return 5
	case m&fs.ModeCharDevice != 0:
		return 6
	case m&fs.ModeDevice != 0:
		return 7
	}
	return 0
}

// readdir(path, withTypes) -> names, or [names, types] when withTypes.
func (b *fsBinding) readdir(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	entries, err := os.ReadDir(p)
	if err != nil {
		b.throw(err, "scandir", p, "")
	}
	names := make([]interface{}, len(entries))
	types := make([]interface{}, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
		types[i] = direntType(e.Type())
	}
	if c.Argument(1).ToBoolean() {
		return b.vm.ToValue([]interface{}{b.vm.NewArray(names...), b.vm.NewArray(types...)})
	}
	return b.vm.NewArray(names...)
}

// mkdir(path, recursive, mode) -> with recursive, the first directory created (or undefined).
func (b *fsBinding) mkdir(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	recursive := c.Argument(1).ToBoolean()
	mode := os.FileMode(b.intArg(c, 2, 0o777) & 0o7777)
	if !recursive {
		if err := os.Mkdir(p, mode); err != nil {
			b.throw(err, "mkdir", p, "")
		}
		return goja.Undefined()
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		b.throw(err, "mkdir", p, "")
	}
	first := ""
	for d := abs; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err == nil {
			if !fi.IsDir() {
				b.throw(syscall.ENOTDIR, "mkdir", p, "")
			}
			break
		}
		first = d
		if filepath.Dir(d) == d {
			break
		}
	}
	if err := os.MkdirAll(abs, mode); err != nil {
		en, _ := errnoOf(err)
		if en == syscall.ENOTDIR || en == syscall.EEXIST {
			b.throw(syscall.ENOTDIR, "mkdir", p, "")
		}
		b.throw(err, "mkdir", p, "")
	}
	if first == "" {
		return goja.Undefined()
	}
	return b.vm.ToValue(first)
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp(prefix) creates prefix+6 random characters with mode 0700 and returns its path.
func (b *fsBinding) mkdtemp(c goja.FunctionCall) goja.Value {
	prefix := b.str(c, 0)
	var lastErr error
	for attempt := 0; attempt < 100; attempt++ {
		var rnd [6]byte
		_, _ = rand.Read(rnd[:])
		name := []byte(prefix)
		for _, r := range rnd {
			name = append(name, tempChars[int(r)%len(tempChars)])
		}
		err := os.Mkdir(string(name), 0o700)
		if err == nil {
			return b.vm.ToValue(string(name))
		}
		lastErr = err
		if en, _ := errnoOf(err); en != syscall.EEXIST {
			break
		}
	}
	b.throw(lastErr, "mkdtemp", prefix+"XXXXXX", "")
	return nil
}

func (b *fsBinding) rmdir(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	if err := syscall.Rmdir(p); err != nil {
		b.throw(err, "rmdir", p, "")
	}
	return goja.Undefined()
}

// rm(path, recursive, force): like fs.rmSync. A directory without recursive throws an error with
// code ERR_FS_EISDIR, as Node does.
func (b *fsBinding) rm(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	recursive := c.Argument(1).ToBoolean()
	force := c.Argument(2).ToBoolean()
	fi, err := os.Lstat(p)
	if err != nil {
		if force {
			if en, _ := errnoOf(err); en == syscall.ENOENT {
				return goja.Undefined()
			}
		}
		b.throw(err, "lstat", p, "")
	}
	if fi.IsDir() {
		if !recursive {
			e := b.sysError(syscall.EISDIR, "rm", p, "")
			msg := "Path is a directory: rm returned EISDIR (is a directory) " + p
			_ = e.Set("message", msg)
			_ = e.Set("code", "ERR_FS_EISDIR")
			_ = e.Set("errno", int(syscall.EISDIR))
			_ = e.Set("name", "SystemError")
			if st := e.Get("stack"); st != nil {
				_ = e.Set("stack", "SystemError [ERR_FS_EISDIR]: "+msg)
			}
			panic(e)
		}
		if err := os.RemoveAll(p); err != nil {
			b.throw(err, "rm", p, "")
		}
		return goja.Undefined()
	}
	if err := os.Remove(p); err != nil {
		b.throw(err, "rm", p, "")
	}
	return goja.Undefined()
}

func (b *fsBinding) unlink(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	if err := syscall.Unlink(p); err != nil {
		b.throw(err, "unlink", p, "")
	}
	return goja.Undefined()
}

func (b *fsBinding) rename(c goja.FunctionCall) goja.Value {
	from, to := b.str(c, 0), b.str(c, 1)
	if err := os.Rename(from, to); err != nil {
		b.throw(err, "rename", from, to)
	}
	return goja.Undefined()
}

// copyFile(src, dest, excl)
func (b *fsBinding) copyFile(c goja.FunctionCall) goja.Value {
	src, dst := b.str(c, 0), b.str(c, 1)
	in, err := os.Open(src)
	if err != nil {
		b.throw(err, "copyfile", src, dst)
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		b.throw(err, "copyfile", src, dst)
	}
	if fi.IsDir() {
		b.throw(syscall.EISDIR, "copyfile", src, dst)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if c.Argument(2).ToBoolean() {
		flags |= os.O_EXCL
	}
	out, err := os.OpenFile(dst, flags, fi.Mode().Perm())
	if err != nil {
		b.throw(err, "copyfile", src, dst)
	}
	defer out.Close()
	if _, err := io.Copy(out, in); err != nil {
		b.throw(err, "copyfile", src, dst)
	}
	return goja.Undefined()
}

// realpath resolves symlinks; a missing component fails like Node's JS realpath, from lstat.
func (b *fsBinding) realpath(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	if _, err := os.Stat(p); err != nil {
		// report the first component that is missing, as Node's walk with lstat does
		abs, _ := filepath.Abs(p)
		prefix := ""
		for _, part := range strings.Split(strings.TrimPrefix(abs, "/"), "/") {
			prefix += "/" + part
			if _, lerr := os.Lstat(prefix); lerr != nil {
				b.throw(lerr, "lstat", prefix, "")
			}
		}
		b.throw(err, "lstat", p, "")
	}
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		b.throw(err, "realpath", p, "")
	}
	r, err = filepath.Abs(r)
	if err != nil {
		b.throw(err, "realpath", p, "")
	}
	return b.vm.ToValue(r)
}

func (b *fsBinding) readlink(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	r, err := os.Readlink(p)
	if err != nil {
		b.throw(err, "readlink", p, "")
	}
	return b.vm.ToValue(r)
}

func (b *fsBinding) symlink(c goja.FunctionCall) goja.Value {
	target, p := b.str(c, 0), b.str(c, 1)
	if err := os.Symlink(target, p); err != nil {
		b.throw(err, "symlink", target, p)
	}
	return goja.Undefined()
}

func (b *fsBinding) chmod(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	if err := syscall.Chmod(p, uint32(b.intArg(c, 1, 0o666)&0o7777)); err != nil {
		b.throw(err, "chmod", p, "")
	}
	return goja.Undefined()
}

func (b *fsBinding) truncate(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	if err := os.Truncate(p, b.intArg(c, 1, 0)); err != nil {
		b.throw(err, "open", p, "")
	}
	return goja.Undefined()
}

// utimes(path, atimeSeconds, mtimeSeconds)
func (b *fsBinding) utimes(c goja.FunctionCall) goja.Value {
	p := b.str(c, 0)
	toTime := func(v goja.Value) time.Time {
		s := v.ToFloat()
		return time.Unix(0, int64(s*1e9))
	}
	if err := os.Chtimes(p, toTime(c.Argument(1)), toTime(c.Argument(2))); err != nil {
		b.throw(err, "utime", p, "")
	}
	return goja.Undefined()
}

// ---- constants ----

func fsConstants(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	for k, v := range map[string]int{
		"O_RDONLY": os.O_RDONLY, "O_WRONLY": os.O_WRONLY, "O_RDWR": os.O_RDWR,
		"O_CREAT": os.O_CREATE, "O_EXCL": os.O_EXCL, "O_TRUNC": os.O_TRUNC, "O_APPEND": os.O_APPEND,
		"O_SYNC": os.O_SYNC, "O_NOCTTY": syscall.O_NOCTTY, "O_NONBLOCK": syscall.O_NONBLOCK,
		"O_DIRECTORY": syscall.O_DIRECTORY, "O_NOFOLLOW": syscall.O_NOFOLLOW,
		"S_IFMT": syscall.S_IFMT, "S_IFREG": syscall.S_IFREG, "S_IFDIR": syscall.S_IFDIR,
		"S_IFCHR": syscall.S_IFCHR, "S_IFBLK": syscall.S_IFBLK, "S_IFIFO": syscall.S_IFIFO,
		"S_IFLNK": syscall.S_IFLNK, "S_IFSOCK": syscall.S_IFSOCK,
	} {
		_ = o.Set(k, v)
	}
	return o
}

// ---- os ----

func readTrim(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

func nodeArch() string {
	switch goruntime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	case "ppc64le":
		return "ppc64"
	case "mips64le":
		return "mips64el"
	case "mipsle":
		return "mipsel"
	}
	return goruntime.GOARCH
}

func nodePlatform() string {
	if goruntime.GOOS == "windows" {
		return "win32"
	}
	return goruntime.GOOS
}

// cpuList returns Linux's per-CPU model, MHz and /proc/stat times (ms); elsewhere, one entry per
// logical CPU with what is known.
func cpuList(vm *goja.Runtime) []interface{} {
	n := goruntime.NumCPU()
	models := []string{}
	speeds := []float64{}
	if info := readTrim("/proc/cpuinfo"); info != "" {
		for _, line := range strings.Split(info, "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch k {
			case "model name":
				models = append(models, v)
			case "cpu MHz":
				f, _ := strconv.ParseFloat(v, 64)
				speeds = append(speeds, float64(int(f)))
			}
		}
	}
	times := [][5]float64{}
	if stat := readTrim("/proc/stat"); stat != "" {
		for _, line := range strings.Split(stat, "\n") {
			fields := strings.Fields(line)
			if len(fields) < 8 || !strings.HasPrefix(fields[0], "cpu") || fields[0] == "cpu" {
				continue
			}
			var t [5]float64
			for i, idx := range []int{1, 2, 3, 4, 6} { // user nice system idle irq
				v, _ := strconv.ParseFloat(fields[idx], 64)
				t[i] = v * 10 // USER_HZ is 100 on Linux: ticks -> ms
			}
			times = append(times, t)
		}
	}
	if len(times) > 0 {
		n = len(times)
	}
	out := make([]interface{}, n)
	for i := 0; i < n; i++ {
		model, speed := "unknown", 0.0
		if i < len(models) {
			model = models[i]
		} else if len(models) > 0 {
			model = models[0]
		}
		if i < len(speeds) {
			speed = speeds[i]
		}
		var t [5]float64
		if i < len(times) {
			t = times[i]
		}
		out[i] = ordered(vm, "model", model, "speed", speed,
			"times", ordered(vm, "user", t[0], "nice", t[1], "sys", t[2], "idle", t[3], "irq", t[4]))
	}
	return out
}

func meminfo(key string) float64 {
	for _, line := range strings.Split(readTrim("/proc/meminfo"), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && k == key {
			f, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return f * 1024
		}
	}
	return 0
}

// ordered builds a JS object whose keys keep the given order (Go maps would shuffle them).
func ordered(vm *goja.Runtime, kv ...interface{}) *goja.Object {
	o := vm.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		_ = o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// passwdEntry returns the user name, home and shell for uid from /etc/passwd.
func passwdEntry(uid int) (name, home, shell string) {
	for _, line := range strings.Split(readTrim("/etc/passwd"), "\n") {
		f := strings.Split(line, ":")
		if len(f) >= 7 && f[2] == strconv.Itoa(uid) {
			return f[0], f[5], f[6]
		}
	}
	return "", "", ""
}

func interfaces(vm *goja.Runtime) *goja.Object {
	out := vm.NewObject()
	ifs, err := net.Interfaces()
	if err != nil {
		return out
	}
	for _, ifc := range ifs {
		addrs, err := ifc.Addrs()
		if err != nil || len(addrs) == 0 {
			continue
		}
		mac := ifc.HardwareAddr.String()
		if mac == "" {
			mac = "00:00:00:00:00:00"
		}
		list := []interface{}{}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			ones, _ := ipn.Mask.Size()
			family := "IPv4"
			ip := ipn.IP
			if ip.To4() != nil {
				ip = ip.To4()
			} else {
				family = "IPv6"
			}
			e := ordered(vm, "address", ip.String(), "netmask", net.IP(ipn.Mask).String(), "family", family,
				"mac", mac, "internal", ifc.Flags&net.FlagLoopback != 0)
			_ = e.Set("cidr", ip.String()+"/"+strconv.Itoa(ones))
			if family == "IPv6" {
				scope := 0
				if ip.IsLinkLocalUnicast() {
					scope = ifc.Index
				}
				_ = e.Set("scopeid", scope)
			}
			list = append(list, e)
		}
		_ = out.Set(ifc.Name, list)
	}
	return out
}

func (b *fsBinding) osInfo(c goja.FunctionCall) goja.Value {
	hostname, _ := os.Hostname()
	home := os.Getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	tmp := ""
	for _, k := range []string{"TMPDIR", "TMP", "TEMP"} {
		if tmp = os.Getenv(k); tmp != "" {
			break
		}
	}
	if tmp == "" {
		tmp = "/tmp"
	}
	if len(tmp) > 1 && strings.HasSuffix(tmp, "/") {
		tmp = tmp[:len(tmp)-1]
	}
	osType := readTrim("/proc/sys/kernel/ostype")
	if osType == "" {
		switch goruntime.GOOS {
		case "darwin":
			osType = "Darwin"
		case "windows":
			osType = "Windows_NT"
		default:
			osType = strings.ToUpper(goruntime.GOOS[:1]) + goruntime.GOOS[1:]
		}
	}
	uptime := 0.0
	if f := strings.Fields(readTrim("/proc/uptime")); len(f) > 0 {
		uptime, _ = strconv.ParseFloat(f[0], 64)
	}
	load := []interface{}{0.0, 0.0, 0.0}
	if f := strings.Fields(readTrim("/proc/loadavg")); len(f) >= 3 {
		for i := 0; i < 3; i++ {
			v, _ := strconv.ParseFloat(f[i], 64)
			load[i] = v
		}
	}
	endianness := "BE"
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		endianness = "LE"
	}
	machine := readTrim("/proc/sys/kernel/arch")
	if machine == "" {
		machine = map[string]string{"amd64": "x86_64", "386": "i686", "arm64": "arm64"}[goruntime.GOARCH]
		if machine == "" {
			machine = goruntime.GOARCH
		}
	}
	cpuVals := cpuList(b.vm)
	uname, phome, shell := passwdEntry(os.Getuid())
	if uname == "" {
		uname = os.Getenv("USER")
	}
	return b.vm.ToValue(map[string]interface{}{
		"hostname":          hostname,
		"homedir":           home,
		"tmpdir":            tmp,
		"platform":          nodePlatform(),
		"arch":              nodeArch(),
		"type":              osType,
		"release":           readTrim("/proc/sys/kernel/osrelease"),
		"version":           readTrim("/proc/sys/kernel/version"),
		"machine":           machine,
		"cpus":              cpuVals,
		"totalmem":          meminfo("MemTotal"),
		"freemem":           meminfo("MemAvailable"),
		"EOL":               "\n",
		"uptime":            uptime,
		"loadavg":           load,
		"networkInterfaces": interfaces(b.vm),
		"endianness":        endianness,
		"uid":               os.Getuid(),
		"gid":               os.Getgid(),
		"username":          uname,
		"passwdHome":        phome,
		"shell":             shell,
		"pid":               os.Getpid(),
		"ppid":              os.Getppid(),
		"errno":             errnoTable(),
		"signals":           signalTable(),
	})
}

func errnoTable() map[string]interface{} {
	m := map[string]interface{}{}
	for en, name := range errnoNames {
		m[name] = int(en)
	}
	return m
}

func signalTable() map[string]interface{} {
	m := map[string]interface{}{}
	for name, s := range map[string]syscall.Signal{
		"SIGHUP": syscall.SIGHUP, "SIGINT": syscall.SIGINT, "SIGQUIT": syscall.SIGQUIT, "SIGILL": syscall.SIGILL,
		"SIGTRAP": syscall.SIGTRAP, "SIGABRT": syscall.SIGABRT, "SIGIOT": syscall.SIGIOT, "SIGBUS": syscall.SIGBUS,
		"SIGFPE": syscall.SIGFPE, "SIGKILL": syscall.SIGKILL, "SIGUSR1": syscall.SIGUSR1, "SIGSEGV": syscall.SIGSEGV,
		"SIGUSR2": syscall.SIGUSR2, "SIGPIPE": syscall.SIGPIPE, "SIGALRM": syscall.SIGALRM, "SIGTERM": syscall.SIGTERM,
		"SIGCHLD": syscall.SIGCHLD, "SIGCONT": syscall.SIGCONT, "SIGSTOP": syscall.SIGSTOP, "SIGTSTP": syscall.SIGTSTP,
		"SIGTTIN": syscall.SIGTTIN, "SIGTTOU": syscall.SIGTTOU, "SIGURG": syscall.SIGURG, "SIGXCPU": syscall.SIGXCPU,
		"SIGXFSZ": syscall.SIGXFSZ, "SIGVTALRM": syscall.SIGVTALRM, "SIGPROF": syscall.SIGPROF,
		"SIGWINCH": syscall.SIGWINCH, "SIGIO": syscall.SIGIO, "SIGSYS": syscall.SIGSYS,
	} {
		m[name] = int(s)
	}
	return m
}
