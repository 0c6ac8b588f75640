//go:build linux

package bindings

import (
	"net"
	"sync"
	"syscall"
	"time"
)

// Parking idle readers. A session's reader goroutine spends an idle
// connection's whole life blocked in a read, and its stack (4 KB or more
// after frames were processed) stays with it: at a thousand idle sessions
// that is a quarter of the server's memory for them. So a reader that saw
// nothing for parkAfter hands its connection to one shared epoll instance
// and exits; when the peer sends again (or hangs up, or the connection
// fails), the poller starts a new reader goroutine, which reads as before
// and meets the data, EOF or error exactly as the old one would have. The
// epoll registration is level-triggered and one-shot, and it only watches:
// nothing is read from the socket outside the reader.
//
// Only plain TCP connections park (a TLS connection may hold decrypted data
// the socket does not show); on other systems nothing parks.
var parkAfter = 500 * time.Millisecond // a var for the tests

type parkState struct {
	raw   syscall.RawConn // nil: this connection does not park
	fd    int32
	added bool // registered with the poller's epoll (armed or spent)
}

// initPark sets up parking for a session on conn.
func (s *Session) initPark(conn net.Conn) {
	tc, ok := conn.(*net.TCPConn)
	if !ok {
		return
	}
	raw, err := tc.SyscallConn()
	if err != nil {
		return
	}
	s.park.raw = raw
}

func (s *Session) parkable() bool { return s.park.raw != nil }

// waitOrPark waits up to parkAfter for input; with none it parks the reader
// and returns true (the goroutine must exit). False: read on.
func (s *Session) waitOrPark() bool {
	if s.conn.SetReadDeadline(time.Now().Add(parkAfter)) != nil {
		return false
	}
	timedOut := s.rd.fill()
	_ = s.conn.SetReadDeadline(time.Time{})
	if !timedOut {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.destroyed || !poller.park(s) {
		return false
	}
	s.parked = true
	return true
}

// unparkLocked resumes a parked reader at once (the session is being torn
// down: the reader must see that and exit). mu is held.
func (s *Session) unparkLocked() {
	if s.parked && poller.unpark(s) {
		s.parked = false
		go s.readFrames()
	}
}

// resumeReader runs a parked session's reader again (from the poller).
func (s *Session) resumeReader() {
	s.mu.Lock()
	s.parked = false
	s.mu.Unlock()
	s.readFrames()
}

// idlePoller is the epoll instance parked readers wait in, and the
// goroutine that waits on it while any are parked.
type idlePoller struct {
	once    sync.Once
	epfd    int
	mu      sync.Mutex
	parked  map[int32]*Session
	running bool
}

var poller idlePoller

// pollTimeout bounds the poller's wait so that it notices when nothing is
// parked any more and exits (ms).
const pollTimeout = 250

func (p *idlePoller) park(s *Session) bool {
	p.once.Do(func() {
		fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
		if err != nil {
			p.epfd = -1
			return
		}
		p.epfd = fd
		p.parked = make(map[int32]*Session)
	})
	if p.epfd < 0 {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	ok := false
	// Control holds the descriptor open while epoll_ctl runs.
	cerr := s.park.raw.Control(func(fd uintptr) {
		ev := syscall.EpollEvent{Events: syscall.EPOLLIN | syscall.EPOLLRDHUP | syscall.EPOLLONESHOT, Fd: int32(fd)}
		op := syscall.EPOLL_CTL_ADD
		if s.park.added {
			op = syscall.EPOLL_CTL_MOD // re-arm the spent one-shot registration
		}
		err := syscall.EpollCtl(p.epfd, op, int(fd), &ev)
		if err == syscall.ENOENT && op == syscall.EPOLL_CTL_MOD {
			err = syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_ADD, int(fd), &ev)
		}
		if err == nil {
			s.park.added = true
			s.park.fd = int32(fd)
			ok = true
		}
	})
	if cerr != nil || !ok {
		return false
	}
	p.parked[s.park.fd] = s
	if !p.running {
		p.running = true
		go p.loop()
	}
	return true
}

// unpark takes s back from the poller; false if the poller already woke it.
func (p *idlePoller) unpark(s *Session) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.parked[s.park.fd] != s {
		return false
	}
	delete(p.parked, s.park.fd)
	_ = s.park.raw.Control(func(fd uintptr) {
		_ = syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_DEL, int(fd), nil)
	})
	s.park.added = false
	return true
}

func (p *idlePoller) loop() {
	events := make([]syscall.EpollEvent, 64)
	for {
		n, err := syscall.EpollWait(p.epfd, events, pollTimeout)
		if err != nil && err != syscall.EINTR {
			n = 0
			time.Sleep(pollTimeout * time.Millisecond) // not expected; do not spin
		}
		p.mu.Lock()
		for i := 0; i < n; i++ {
			fd := events[i].Fd
			if s := p.parked[fd]; s != nil {
				delete(p.parked, fd)
				go s.resumeReader()
			}
		}
		if len(p.parked) == 0 {
			p.running = false
			p.mu.Unlock()
			return
		}
		p.mu.Unlock()
	}
}
