package sockets

import (
	"errors"
	"io"
	"net"
	"os"
	"syscall"

	"github.com/dop251/goja"
)

// errnoNames maps the errnos a socket meets to libuv's code names.
var errnoNames = map[syscall.Errno]string{
	syscall.ECONNREFUSED: "ECONNREFUSED", syscall.ECONNRESET: "ECONNRESET", syscall.EADDRINUSE: "EADDRINUSE",
	syscall.EADDRNOTAVAIL: "EADDRNOTAVAIL", syscall.EPIPE: "EPIPE", syscall.ETIMEDOUT: "ETIMEDOUT",
	syscall.EACCES: "EACCES", syscall.EPERM: "EPERM", syscall.ENETUNREACH: "ENETUNREACH",
	syscall.EHOSTUNREACH: "EHOSTUNREACH", syscall.ECONNABORTED: "ECONNABORTED", syscall.EINVAL: "EINVAL",
	syscall.ENOTCONN: "ENOTCONN", syscall.EAFNOSUPPORT: "EAFNOSUPPORT", syscall.EMFILE: "EMFILE",
	syscall.ENFILE: "ENFILE", syscall.ENOBUFS: "ENOBUFS", syscall.ENETDOWN: "ENETDOWN",
}

// sysErr describes a failure the way Node's system errors need it; net.js builds the Error.
type sysErr struct {
	code     string
	errno    int
	syscall  string
	message  string // libuv's description ("address already in use")
	hostname string // for getaddrinfo failures
}

// classify turns a Go network error into Node's code/errno/syscall. defSyscall is used when the
// error does not name one (a TLS failure, an unexpected EOF).
func classify(err error, defSyscall string) sysErr {
	se := sysErr{syscall: defSyscall}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		se.syscall = "getaddrinfo"
		se.hostname = dnsErr.Name
		if dnsErr.IsNotFound {
			se.code, se.errno, se.message = "ENOTFOUND", -3008, "getaddrinfo ENOTFOUND"
		} else {
			se.code, se.errno, se.message = "EAI_AGAIN", -3001, "temporary failure"
		}
		return se
	}
	var scErr *os.SyscallError
	if errors.As(err, &scErr) {
		switch scErr.Syscall {
		case "connect", "bind", "listen", "read", "write", "accept", "shutdown":
			se.syscall = scErr.Syscall
		}
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		se.errno = -int(en)
		se.code = errnoNames[en]
		if se.code == "" {
			se.code = "UNKNOWN"
		}
		se.message = en.Error()
		if en == syscall.EADDRINUSE && se.syscall == "bind" {
			se.syscall = "listen" // libuv reports bind-time EADDRINUSE from listen()
		}
		return se
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		se.code, se.errno, se.message = "ECONNRESET", -int(syscall.ECONNRESET), "connection reset by peer"
		return se
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		se.code, se.errno, se.message = "ETIMEDOUT", -int(syscall.ETIMEDOUT), "connection timed out"
		return se
	}
	se.code, se.errno, se.message = "UNKNOWN", -4094, err.Error()
	return se
}

func (e sysErr) toJS(vm *goja.Runtime) goja.Value {
	o := vm.NewObject()
	_ = o.Set("code", e.code)
	_ = o.Set("errno", e.errno)
	_ = o.Set("syscall", e.syscall)
	_ = o.Set("message", e.message)
	if e.hostname != "" {
		_ = o.Set("hostname", e.hostname)
	}
	return o
}
