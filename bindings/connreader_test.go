package bindings

import (
	"bytes"
	"io"
	"math/rand"
	"testing"
)

// TestConnReader: bytes come out in order whatever the arrival chunks and the
// read sizes, and no pooled buffer is held once what arrived was consumed
// (an idle session must not pin one while it waits).
func TestConnReader(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var want bytes.Buffer
		var chunks [][]byte
		for i := rng.Intn(20); i >= 0; i-- {
			c := make([]byte, rng.Intn(3*readBufSize))
			rng.Read(c)
			want.Write(c)
			chunks = append(chunks, c)
		}
		conn := &scriptConn{chunks: chunks}
		r := &connReader{conn: conn}
		var got bytes.Buffer
		for {
			p := make([]byte, []int{9, 1, 100, readBufSize, readBufSize / 2, 3 * readBufSize}[rng.Intn(6)])
			n, err := r.Read(p)
			got.Write(p[:n])
			if r.r == r.w && r.buf != nil {
				t.Fatalf("round %d: drained reader still holds a buffer", round)
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("round %d: read %d bytes, want %d (or different content)", round, got.Len(), want.Len())
		}
	}
}

// TestConnReaderIdleWaitUnbuffered: a frame header read with nothing
// buffered (the read that waits for the peer between frames) goes to the
// caller's slice; the payload read after it buffers what arrived.
func TestConnReaderIdleWaitUnbuffered(t *testing.T) {
	conn := &scriptConn{chunks: [][]byte{bytes.Repeat([]byte{1}, 30), bytes.Repeat([]byte{2}, 30), make([]byte, 9), make([]byte, 9)}}
	r := &connReader{conn: conn}
	p := make([]byte, 9)
	if n, _ := r.Read(p); n != 9 || r.buf != nil {
		t.Fatalf("first header: n=%d, buffered=%v; want 9 read straight from the conn", n, r.buf != nil)
	}
	q := make([]byte, 5)
	if n, _ := r.Read(q); n != 5 || r.buf == nil {
		t.Fatalf("payload: n=%d, buffered=%v; want the rest of the arrival buffered", n, r.buf != nil)
	}
	if n, _ := r.Read(p); n != 9 || r.buf == nil {
		t.Fatalf("header from the buffer: n=%d, buffered=%v", n, r.buf != nil)
	}
	if n, _ := r.Read(make([]byte, 7)); n != 7 || r.buf != nil {
		t.Fatalf("draining read: n=%d, buffered=%v; want the buffer released", n, r.buf != nil)
	}
	if n, _ := r.Read(p); n != 9 || p[0] != 2 || r.buf != nil {
		t.Fatalf("next arrival: n=%d, byte %d, buffered=%v; want 9 bytes of the second chunk, unbuffered", n, p[0], r.buf != nil)
	}
	// A frame with an empty payload (SETTINGS ACK) is followed by a header
	// read: it must wait unbuffered too.
	r.Read(make([]byte, 21))
	if n, _ := r.Read(p); n != 9 || r.buf != nil {
		t.Fatalf("header after a header-only frame: n=%d, buffered=%v", n, r.buf != nil)
	}
}
