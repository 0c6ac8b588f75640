package runtime

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/goja-node/http2/host"
)

// newChildBinding is the Go half of require('child_process') (internal/child_process_binding):
// processes started with os/exec. The JS side (polyfills/js/child_process.js) builds the options,
// the ChildProcess object, its streams and Node's errors.
//
// A spec is {file, args, cwd, env: ["K=V"...], stdio: ["pipe"|"inherit"|"ignore", ×3], input,
// timeout (ms), killSignal (number)}.
func newChildBinding(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	_ = o.Set("spawnSync", func(c goja.FunctionCall) goja.Value { return spawnSync(vm, c.Argument(0).ToObject(vm)) })
	_ = o.Set("spawn", func(c goja.FunctionCall) goja.Value {
		onEvent, ok := goja.AssertFunction(c.Argument(1))
		if !ok {
			panic(vm.NewTypeError("child binding: onEvent is not a function"))
		}
		return spawnAsync(vm, c.Argument(0).ToObject(vm), c.Argument(1), onEvent)
	})
	_ = o.Set("kill", func(pid int, sig int) string {
		if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
			return errnoName(err)
		}
		return ""
	})
	_ = o.Set("signals", signalTable())
	return o
}

type childSpec struct {
	file       string
	args       []string
	cwd        string
	env        []string
	stdio      [3]string
	input      []byte
	timeout    time.Duration
	killSignal syscall.Signal
	detached   bool
}

func readSpec(vm *goja.Runtime, o *goja.Object) *childSpec {
	s := &childSpec{file: o.Get("file").String(), killSignal: syscall.SIGTERM}
	_ = vm.ExportTo(o.Get("args"), &s.args)
	if v := o.Get("cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		s.cwd = v.String()
	}
	if v := o.Get("env"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		_ = vm.ExportTo(v, &s.env)
	}
	var stdio []string
	_ = vm.ExportTo(o.Get("stdio"), &stdio)
	for i := range s.stdio {
		s.stdio[i] = "pipe"
		if i < len(stdio) && stdio[i] != "" {
			s.stdio[i] = stdio[i]
		}
	}
	if v := o.Get("input"); v != nil {
		if b, ok := viewBytes(vm, v); ok {
			s.input = append([]byte(nil), b...)
		}
	}
	if v := o.Get("timeout"); v != nil && !goja.IsUndefined(v) {
		if ms := v.ToFloat(); ms > 0 {
			s.timeout = time.Duration(ms * float64(time.Millisecond))
		}
	}
	if v := o.Get("killSignal"); v != nil && !goja.IsUndefined(v) {
		if n := v.ToInteger(); n > 0 {
			s.killSignal = syscall.Signal(n)
		}
	}
	if v := o.Get("detached"); v != nil {
		s.detached = v.ToBoolean()
	}
	return s
}

// command builds the exec.Cmd; argv[0] is args[0] as Node passes it (spawnargs).
func (s *childSpec) command(ctx context.Context) *exec.Cmd {
	var cmd *exec.Cmd
	if ctx != nil {
		cmd = exec.CommandContext(ctx, s.file)
		cmd.Cancel = func() error { return cmd.Process.Signal(s.killSignal) }
	} else {
		cmd = exec.Command(s.file)
	}
	if len(s.args) > 0 {
		cmd.Args = s.args
	} else {
		cmd.Args = []string{s.file}
	}
	cmd.Dir = s.cwd
	cmd.Env = s.env
	if s.detached {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	}
	return cmd
}

var stdFiles = [3]*os.File{os.Stdin, os.Stdout, os.Stderr}

// exitStatus reads Node's (status, signal) pair from a finished process.
func exitStatus(ps *os.ProcessState) (any, any) {
	if ps == nil {
		return nil, nil
	}
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return nil, signalName(ws.Signal())
	}
	return ps.ExitCode(), nil
}

func signalName(s syscall.Signal) string {
	for name, n := range signalTable() {
		if n.(int) == int(s) && name != "SIGIOT" {
			return name
		}
	}
	return ""
}

func errnoName(err error) string {
	if errors.Is(err, exec.ErrNotFound) {
		return "ENOENT"
	}
	if en, ok := errnoOf(err); ok {
		if n, ok := errnoNames[en]; ok {
			return n
		}
	}
	return "EINVAL"
}

// startErrno maps a failed Start to Node's code: a missing cwd is ENOENT as well.
func startErrno(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return errnoName(pe.Err)
	}
	return errnoName(err)
}

func spawnSync(vm *goja.Runtime, o *goja.Object) goja.Value {
	s := readSpec(vm, o)
	ctx := context.Background()
	var cancel context.CancelFunc = func() {}
	if s.timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, s.timeout)
	}
	defer cancel()
	cmd := s.command(ctx)
	var outs [3]*syncBuffer
	for i, mode := range s.stdio {
		switch mode {
		case "inherit":
			switch i {
			case 0:
				cmd.Stdin = os.Stdin
			case 1:
				cmd.Stdout = os.Stdout
			case 2:
				cmd.Stderr = os.Stderr
			}
		case "pipe":
			if i == 0 {
				if s.input != nil {
					cmd.Stdin = bytesReader(s.input)
				}
				continue
			}
			outs[i] = &syncBuffer{}
			if i == 1 {
				cmd.Stdout = outs[i]
			} else {
				cmd.Stderr = outs[i]
			}
		}
	}
	res := vm.NewObject()
	err := cmd.Run()
	if cmd.Process != nil {
		_ = res.Set("pid", cmd.Process.Pid)
	} else {
		_ = res.Set("pid", 0)
	}
	for i, name := range []string{"", "stdout", "stderr"} {
		if i == 0 {
			continue
		}
		if outs[i] != nil {
			_ = res.Set(name, vm.NewArrayBuffer(outs[i].bytes()))
		} else {
			_ = res.Set(name, goja.Null())
		}
	}
	status, sig := exitStatus(cmd.ProcessState)
	_ = res.Set("status", status)
	_ = res.Set("signal", sig)
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		_ = res.Set("error", "ETIMEDOUT")
	case err != nil && cmd.ProcessState == nil:
		_ = res.Set("error", startErrno(err))
		_ = res.Set("status", goja.Null())
	}
	return res
}

type syncBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	b.buf = append(b.buf, p...)
	b.mu.Unlock()
	return len(p), nil
}

func (b *syncBuffer) bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf
}

type byteReader struct {
	b []byte
}

func bytesReader(b []byte) io.Reader { return &byteReader{b: b} }

func (r *byteReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

// spawnAsync starts a process and reports on the loop through onEvent(this=handle):
// ("data", fd, ArrayBuffer), ("end", fd), ("exit", status, signal). The process holds a loop ref
// until it has exited and its output was delivered, unless the script unrefs it.
// It returns {pid, write(view) , endInput(), ref(), unref()} or {error: code} when it cannot start.
func spawnAsync(vm *goja.Runtime, o *goja.Object, onEventV goja.Value, onEvent goja.Callable) goja.Value {
	h := host.Of(vm)
	s := readSpec(vm, o)
	cmd := s.command(nil)
	handle := vm.NewObject()
	var readers []io.ReadCloser
	var readerFds []int
	var stdin io.WriteCloser
	for i, mode := range s.stdio {
		switch mode {
		case "inherit":
			switch i {
			case 0:
				cmd.Stdin = os.Stdin
			case 1:
				cmd.Stdout = os.Stdout
			case 2:
				cmd.Stderr = os.Stderr
			}
		case "pipe":
			var err error
			switch i {
			case 0:
				stdin, err = cmd.StdinPipe()
			case 1:
				var rc io.ReadCloser
				rc, err = cmd.StdoutPipe()
				readers, readerFds = append(readers, rc), append(readerFds, 1)
			case 2:
				var rc io.ReadCloser
				rc, err = cmd.StderrPipe()
				readers, readerFds = append(readers, rc), append(readerFds, 2)
			}
			if err != nil {
				_ = handle.Set("error", errnoName(err))
				return handle
			}
		}
	}
	if err := cmd.Start(); err != nil {
		_ = handle.Set("error", startErrno(err))
		return handle
	}
	_ = handle.Set("pid", cmd.Process.Pid)

	// Loop refs: one while the process runs; ref()/unref() toggle it like Node's handle.
	refed := true
	done := false
	h.Ref()
	release := func() {
		if refed && !done {
			h.Unref()
		}
		done = true
	}
	_ = handle.Set("ref", func() {
		if !refed && !done {
			refed = true
			h.Ref()
		}
	})
	_ = handle.Set("unref", func() {
		if refed && !done {
			refed = false
			h.Unref()
		}
	})
	closer := h.OnClose(func() { _ = cmd.Process.Kill() })

	emit := func(args ...any) {
		vals := make([]goja.Value, len(args))
		for i, a := range args {
			vals[i] = vm.ToValue(a)
		}
		h.Call(onEventV, handle, vals...)
	}
	_ = onEvent // kept for the signature check above; calls go through h.Call for tick draining

	// Input goes through one writer goroutine, in order, so a child that does not read never
	// blocks the loop.
	if stdin != nil {
		q := &inputQueue{}
		q.cond = sync.NewCond(&q.mu)
		_ = handle.Set("write", func(c goja.FunctionCall) goja.Value {
			b, _ := viewBytes(vm, c.Argument(0))
			return vm.ToValue(q.push(append([]byte(nil), b...)))
		})
		_ = handle.Set("endInput", func() { q.close() })
		go q.drain(stdin)
	}

	var wg sync.WaitGroup
	for i, rc := range readers {
		fd := readerFds[i]
		wg.Add(1)
		go func(rc io.ReadCloser, fd int) {
			defer wg.Done()
			buf := make([]byte, 64*1024)
			for {
				n, err := rc.Read(buf)
				if n > 0 {
					chunk := append([]byte(nil), buf[:n]...)
					h.Post(func() { emit("data", fd, vm.NewArrayBuffer(chunk)) })
				}
				if err != nil {
					h.Post(func() { emit("end", fd) })
					return
				}
			}
		}(rc, fd)
	}
	go func() {
		wg.Wait()
		_ = cmd.Wait()
		status, sig := exitStatus(cmd.ProcessState)
		h.Post(func() {
			h.Remove(closer)
			release()
			emit("exit", status, sig)
		})
	}()
	return handle
}

// inputQueue feeds a child's stdin from the loop without blocking it.
type inputQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	chunks [][]byte
	closed bool
}

func (q *inputQueue) push(b []byte) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	q.chunks = append(q.chunks, b)
	q.cond.Signal()
	return true
}

func (q *inputQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.cond.Signal()
	q.mu.Unlock()
}

func (q *inputQueue) drain(w io.WriteCloser) {
	broken := false
	for {
		q.mu.Lock()
		for len(q.chunks) == 0 && !q.closed {
			q.cond.Wait()
		}
		chunks := q.chunks
		q.chunks = nil
		closed := q.closed
		q.mu.Unlock()
		for _, c := range chunks {
			if !broken {
				if _, err := w.Write(c); err != nil {
					broken = true
				}
			}
		}
		if closed {
			_ = w.Close()
			return
		}
	}
}
