package bindings

import (
	"net"
	"sync"
)

// readBufSize is the size of the pooled buffers the reader fills.
const readBufSize = 16 << 10

// frameHeaderLen is the size of the frame header the Framer reads first.
const frameHeaderLen = 9

var readBufPool = sync.Pool{New: func() any { return new([readBufSize]byte) }}

// connReader is the reader goroutine's view of the connection. The Framer
// reads a 9-byte frame header and then its payload, each with its own Read:
// unbuffered, that is two syscalls per frame (a batch of ten small requests
// cost twenty reads). A plain bufio.Reader would fix that but pin its buffer
// to every idle session, so this one borrows a pooled buffer only while a
// batch of frames is being read:
//
//   - with nothing buffered, a frame header read (the read that waits for the
//     peer between frames) goes straight into the Framer's 9 bytes, so an
//     idle session holds no buffer while it blocks;
//   - the payload read after it takes a pooled buffer and fills it with
//     whatever the kernel has: this frame's payload and the frames after it;
//   - the buffer goes back to the pool as soon as it is drained;
//   - payloads of half a buffer or more are read straight into place.
//
// Only the reader goroutine uses it.
type connReader struct {
	conn net.Conn
	buf  *[readBufSize]byte
	r, w int
	// head holds what fill read (at most a frame header), served first;
	// err is fill's error, returned once head is drained.
	head   [frameHeaderLen]byte
	hr, hw int
	err    error
}

func (c *connReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if c.hr < c.hw {
		n := copy(p, c.head[c.hr:c.hw])
		c.hr += n
		return n, nil
	}
	if c.err != nil {
		err := c.err
		c.err = nil
		return 0, err
	}
	if c.r < c.w {
		n := copy(p, c.buf[c.r:c.w])
		c.r += n
		if c.r == c.w {
			c.release()
		}
		return n, nil
	}
	if len(p) == frameHeaderLen || len(p) >= readBufSize/2 {
		// Between frames (wait without a buffer) or a large payload (no copy).
		return c.conn.Read(p)
	}
	c.buf = readBufPool.Get().(*[readBufSize]byte)
	n, err := c.conn.Read(c.buf[:])
	if n <= 0 {
		c.release()
		return 0, err
	}
	// A connection error that came with data shows up again on the next
	// read, once the buffer is drained.
	c.w = n
	c.r = copy(p, c.buf[:n])
	m := c.r
	if c.r == c.w {
		c.release()
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

// empty reports whether nothing is buffered: the next read goes to the
// connection.
func (c *connReader) empty() bool { return c.r == c.w && c.hr == c.hw && c.err == nil }

// fill waits for input and reads the start of it, up to a frame header,
// into head: the wait of the parking reader, which sets a read deadline
// first. Like the Framer's own header read it holds no pooled buffer while
// it waits (a buffer per waiting session would be 16 KB each). A timeout
// that read nothing is returned; any other error is kept for the next Read,
// so that the Framer sees it exactly as it would have from the connection.
func (c *connReader) fill() (timedOut bool) {
	n, err := c.conn.Read(c.head[:])
	c.hr, c.hw = 0, n
	if err != nil {
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			return n == 0 // our deadline: not an error of the connection
		}
		c.err = err
	}
	return false
}
