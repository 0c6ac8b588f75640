package bindings

import (
	"errors"
	"io"
)

// errTooManyContinuations is returned by continuationGuard's Read once a header block has more
// CONTINUATION frames than the limit; ReadFrame passes it up to handleReadError.
var errTooManyContinuations = errors.New("Too many CONTINUATION frames following a HEADER frame")

// minContinuations is the least number of CONTINUATION frames a header block may have, the
// default of nghttp2 (and so of Node) since CVE-2024-27316.
const minContinuations = 8

// continuationGuard sits between the connection and the reading Framer and follows the frame
// boundaries in the byte stream (9-byte header, then the payload the header announces). It
// counts the CONTINUATION frames of the header block being read and fails the read when a peer
// sends more of them than a header list of the advertised size could need. The Framer itself
// bounds the decoded size of a block, but not the number of frames: a peer sending endless empty
// CONTINUATION frames would otherwise keep the reader busy forever on a block that never ends
// (the flood nghttp2 and Node cut off).
type continuationGuard struct {
	r     io.Reader
	limit func() int // the current bound, read on the reader goroutine

	hdr   [9]byte
	nhdr  int   // header bytes seen of the current frame
	skip  int64 // payload bytes of the current frame not yet passed through
	conts int   // CONTINUATION frames in the current header block
	err   error // sticky: io.ReadFull drops an error that comes with enough bytes
}

func (g *continuationGuard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.r.Read(p)
	b := p[:n]
	for len(b) > 0 {
		if g.skip > 0 {
			k := int64(len(b))
			if k > g.skip {
				k = g.skip
			}
			g.skip -= k
			b = b[k:]
			continue
		}
		k := copy(g.hdr[g.nhdr:], b)
		g.nhdr += k
		b = b[k:]
		if g.nhdr < len(g.hdr) {
			break
		}
		g.nhdr = 0
		g.skip = int64(g.hdr[0])<<16 | int64(g.hdr[1])<<8 | int64(g.hdr[2])
		typ, flags := g.hdr[3], g.hdr[4]
		const endHeaders = 0x4
		switch typ {
		case 0x1, 0x5: // HEADERS, PUSH_PROMISE start a block
			g.conts = 0
		case 0x9: // CONTINUATION
			g.conts++
			if flags&endHeaders == 0 && g.conts >= g.limit() {
				// The block is still open after the most frames it may have.
				g.err = errTooManyContinuations
				return n, g.err
			}
		}
	}
	return n, err
}

// continuationLimit is the bound for a header list of at most listSize octets: nghttp2's 8, or
// more when the list allowed is large enough to need more frames of the minimum frame size.
func continuationLimit(listSize uint32) int {
	need := 2 * ((int64(listSize) + defaultMaxFrameSize - 1) / defaultMaxFrameSize)
	if need > 4096 {
		need = 4096
	}
	return max(minContinuations, int(need))
}
