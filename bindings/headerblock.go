package bindings

import (
	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// headerBlock is a received header block: the HEADERS frame that opened it (stream, flags,
// priority; its fragment is not kept) and the fields decoded from it and its CONTINUATION
// frames.
//
// We decode blocks ourselves instead of letting the Framer do it (ReadMetaHeaders) because
// the Framer fails the whole stream on any field it finds invalid, while nghttp2, and so
// Node, drops some invalid fields silently and serves the request (see checkInbound).
type headerBlock struct {
	*http2.HeadersFrame
	Fields    []hpack.HeaderField
	Truncated bool // the list was over MaxHeaderListSize: Fields holds only its start
}

// blockDecoder follows the header block being received. The Framer already makes sure
// CONTINUATION frames follow their HEADERS frame with nothing in between.
type blockDecoder struct {
	cur    *headerBlock
	remain uint32 // octets of header list still allowed
}

// headerListLimit is the most octets of header list we decode for one block.
func (s *Session) headerListLimit() uint32 {
	if s.rfr.MaxHeaderListSize == 0 {
		return 16 << 20
	}
	return s.rfr.MaxHeaderListSize
}

// headerListLimitFor turns the SETTINGS_MAX_HEADER_LIST_SIZE we advertise into the limit we
// enforce. nghttp2 (so Node) does not enforce the value it advertises: a session told a small
// maxHeaderListSize still receives ordinary header lists, and what it takes in is bounded by its
// 64 KiB limits on header blocks whatever it advertised (unlimited by default). A value above
// that raises our limit.
func headerListLimitFor(advertised uint32) uint32 {
	if advertised < defaultMaxHeaderListSize || advertised == unlimitedStreams {
		return defaultMaxHeaderListSize
	}
	return advertised
}

// onHeadersFrame starts a header block.
func (s *Session) onHeadersFrame(f *http2.HeadersFrame) error {
	b := &headerBlock{HeadersFrame: f}
	s.blk = blockDecoder{cur: b, remain: s.headerListLimit()}
	s.hdec.SetEmitEnabled(true)
	s.hdec.SetMaxStringLength(int(s.blk.remain))
	s.hdec.SetEmitFunc(func(hf hpack.HeaderField) {
		n := hf.Size()
		if n > s.blk.remain {
			// Keep decoding (the HPACK table must stay in step) without keeping fields.
			s.hdec.SetEmitEnabled(false)
			b.Truncated = true
			s.blk.remain = 0
			return
		}
		s.blk.remain -= n
		b.Fields = append(b.Fields, hf)
	})
	return s.blockFragment(f.HeaderBlockFragment(), f.HeadersEnded())
}

// onContinuation adds a CONTINUATION frame's fragment to the block being received.
func (s *Session) onContinuation(f *http2.ContinuationFrame) error {
	if s.blk.cur == nil || s.blk.cur.StreamID != f.StreamID {
		return protoErr("CONTINUATION without a header block")
	}
	return s.blockFragment(f.HeaderBlockFragment(), f.HeadersEnded())
}

func (s *Session) blockFragment(frag []byte, end bool) error {
	slack := int64(s.blk.remain)
	if !s.blk.cur.Truncated {
		slack += int64(s.headerListLimit())
	}
	if int64(len(frag)) > 2*slack {
		// Far past the list size (or any more of it once the size was reached): decoding it
		// would only be work for fields we drop, so end the connection. The allowance is
		// the one the x/net Framer used when it decoded for us.
		s.blk = blockDecoder{}
		s.hdec.SetEmitFunc(func(hpack.HeaderField) {})
		return protoErr("header block far over the header list size")
	}
	if _, err := s.hdec.Write(frag); err != nil {
		return s.blockFailed()
	}
	if !end {
		return nil
	}
	b := s.blk.cur
	err := s.hdec.Close()
	s.blk = blockDecoder{}
	s.hdec.SetEmitFunc(func(hpack.HeaderField) {})
	if err != nil {
		return s.blockFailed()
	}
	return s.onHeaders(b)
}

func (s *Session) blockFailed() error {
	s.blk = blockDecoder{}
	s.hdec.SetEmitFunc(func(hpack.HeaderField) {})
	return connError{NGHTTP2_COMPRESSION_ERROR, "bad header block"}
}
