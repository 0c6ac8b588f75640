package bindings

import (
	"net"
	"sync"
)

// readBufSize is the size of the pooled buffers the reader fills.
const readBufSize = 16 << 10

var readBufPool = sync.Pool{New: func() any { return new([readBufSize]byte) }}

// connReader is the reader goroutine's view of the connection. The Framer
// reads a 9-byte frame header and then its payload, each with its own Read:
// unbuffered, that is two syscalls per frame (a batch of ten small requests
// cost twenty reads). A plain bufio.Reader would fix that but pin its buffer
// to every idle session, so this one borrows a pooled buffer only while
// frames are flowing:
//
//   - with nothing buffered, the read that waits for the peer goes straight
//     into the caller's slice (usually the 9-byte header), so an idle
//     session holds no buffer while it blocks;
//   - once data arrives, the next read (the payload, the frames after it)
//     takes a pooled buffer and fills it with whatever the kernel has;
//   - the buffer goes back to the pool as soon as it is drained.
//
// Only the reader goroutine uses it.
type connReader struct {
	conn net.Conn
	buf  *[readBufSize]byte
	r, w int
	// primed is true after a read returned data: the peer is sending, so
	// a buffered read is worth it (and unlikely to block for long).
	primed bool
}

func (c *connReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if c.r < c.w {
		n := copy(p, c.buf[c.r:c.w])
		c.r += n
		if c.r == c.w {
			// Drained: the next read waits without a buffer.
			c.release()
			c.primed = false
		}
		return n, nil
	}
	if !c.primed || len(p) >= readBufSize/2 {
		// Idle (wait without a buffer) or a large payload (no copy).
		n, err := c.conn.Read(p)
		c.primed = n > 0 && err == nil
		return n, err
	}
	c.buf = readBufPool.Get().(*[readBufSize]byte)
	n, err := c.conn.Read(c.buf[:])
	if n <= 0 {
		c.release()
		c.primed = false
		return 0, err
	}
	// A connection error that came with data shows up again on the next
	// read, once the buffer is drained.
	c.w = n
	c.r = copy(p, c.buf[:n])
	m := c.r
	if c.r == c.w {
		c.release()
		c.primed = false
	}
	return m, nil
}

func (c *connReader) release() {
	if c.buf != nil {
		readBufPool.Put(c.buf)
		c.buf = nil
	}
	c.r, c.w = 0, 0
}
