package bindings

import (
	"bytes"
	"sync"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// batchLimit is how many bytes the writer frames under the lock before it
// releases it to write them; everything framed in one pass goes out in one
// conn.Write, which is the coalescing.
const batchLimit = 64 << 10

// writeLoop is the writer goroutine, started by kickWriter. It frames
// queued work into wbuf while holding mu, then writes wbuf to the connection
// without the lock so a slow peer never blocks the reader or the JS side.
// It exits when nothing is left to write, unless it was kicked meanwhile;
// its final exit (the connection closed) counts as the writer being done.
func (s *Session) writeLoop() {
	s.takeWriteBuffer()
	for {
		// Whatever was queued before a kick that came before this point is
		// seen by the batch below; a later kick makes us look again.
		s.wstate.Store(writerRunning)
		s.mu.Lock()
		s.buildBatchLocked()
		stop := s.destroyed && len(s.control) == 0
		if !s.destroyed && s.closing && s.gracefulDoneLocked() {
			// Graceful close finished: every stream ended and all is written.
			s.destroyed = true
			s.unparkLocked()
			stop = true
		}
		s.mu.Unlock()

		if s.wbuf.Len() > 0 {
			_, err := s.conn.Write(s.wbuf.Bytes())
			s.wbuf.Reset()
			if err != nil {
				s.mu.Lock()
				s.teardownLocked(nil, NGHTTP2_NO_ERROR, false)
				s.control = nil
				s.mu.Unlock()
				s.drainEvents()
				s.conn.Close()
				s.writerExit()
				return
			}
			s.drainEvents()
			continue // more may have been queued meanwhile
		}
		s.drainEvents()
		if stop {
			s.closeConn()
			s.writerExit()
			return
		}
		// About to go idle: give the buffers back first (a new writer could
		// start as soon as the state says idle).
		s.releaseWriteBuffers()
		if s.wstate.CompareAndSwap(writerRunning, writerIdle) {
			if f := s.cfg.OnWriterIdle; f != nil {
				f()
			}
			return // idle: the next kickWriter starts a new writer
		}
		s.takeWriteBuffer()
		// Kicked while we looked: look again.
	}
}

// writerExit is the writer's final exit: no writer starts again.
func (s *Session) writerExit() {
	s.releaseWriteBuffers()
	s.wstate.Store(writerDone)
	s.goroutineDone()
	if f := s.cfg.OnWriterIdle; f != nil {
		f()
	}
}

// WriterBusy reports whether output is queued or being written: a writer goroutine runs, or a
// wake-up waits for Uncork. False once the writer went idle or exited for good.
func (s *Session) WriterBusy() bool {
	switch s.wstate.Load() {
	case writerRunning, writerKicked:
		return true
	}
	return s.corks.Load() > 0 && s.kickDue.Load()
}

// writeBuffers holds the arrays of wbuf while no writer runs: an idle
// session keeps none (one that sent a large body grew its wbuf to
// batchLimit and more), busy sessions share them.
var writeBuffers sync.Pool

const (
	writeBufferSize    = 4 << 10
	maxPooledWriteBuf  = 256 << 10 // larger arrays go to the GC
	maxIdleHeaderBlock = 1 << 10   // hbuf keeps arrays up to this size while idle
)

// takeWriteBuffer gives wbuf a pooled array if it has none; only the
// writer goroutine (and a client's constructor, before it starts) touch
// wbuf's array.
func (s *Session) takeWriteBuffer() {
	if s.wbuf.Cap() > 0 {
		return
	}
	if b, ok := writeBuffers.Get().(*[]byte); ok {
		s.wbuf = *bytes.NewBuffer((*b)[:0])
		return
	}
	s.wbuf = *bytes.NewBuffer(make([]byte, 0, writeBufferSize))
}

// releaseWriteBuffers returns wbuf's array to the pool (it is empty: the
// writer wrote it out) and drops an hbuf grown by a large header block.
func (s *Session) releaseWriteBuffers() {
	if s.wbuf.Len() > 0 {
		return
	}
	if c := s.wbuf.Cap(); c > 0 {
		if c <= maxPooledWriteBuf {
			b := s.wbuf.Bytes()[:0]
			writeBuffers.Put(&b)
		}
		s.wbuf = bytes.Buffer{}
	}
	if s.hbuf.Cap() > maxIdleHeaderBlock {
		s.hbuf = bytes.Buffer{} // only the writer encodes into hbuf (henc writes to &s.hbuf)
	}
}

// writeDataFrame appends a DATA frame to wbuf. Written here rather than by
// the Framer, which would first copy the payload into its own buffer (and
// keep that buffer, a frame's size, for the life of the session).
func (s *Session) writeDataFrame(id uint32, endStream bool, p []byte) {
	var flags byte
	if endStream {
		flags = byte(http2.FlagDataEndStream)
	}
	n := len(p)
	hdr := [frameHeaderLen]byte{byte(n >> 16), byte(n >> 8), byte(n), byte(http2.FrameData), flags,
		byte(id>>24) & 0x7f, byte(id >> 16), byte(id >> 8), byte(id)}
	s.wbuf.Write(hdr[:])
	s.wbuf.Write(p)
}

// gracefulDoneLocked reports whether a Close()d session can hang up.
func (s *Session) gracefulDoneLocked() bool {
	return len(s.streams) == 0 && len(s.control) == 0 && len(s.headersQ) == 0
}

// buildBatchLocked frames work in priority order: control frames, then
// header blocks, then DATA round-robin across streams as flow control
// allows.
func (s *Session) buildBatchLocked() {
	for s.wbuf.Len() < batchLimit {
		if len(s.control) > 0 {
			c := s.control[0]
			s.control[0] = ctrlFrame{}
			s.control = s.control[1:]
			if c.owed {
				s.queuedAcks--
			}
			if c.reset != nil {
				s.flushResetLocked(c.reset, s.destroyed)
				continue
			}
			if err := c.write(s.wfr); err != nil {
				// Only invalid arguments fail here; they were checked before
				// queueing, so this is a bug worth surfacing.
				s.teardownLocked(newError(NGHTTP2_INTERNAL_ERROR, ErrCodeSessionError, "writing frame: %v", err), NGHTTP2_INTERNAL_ERROR, true)
			}
			continue
		}
		if s.destroyed {
			return
		}
		if len(s.headersQ) > 0 {
			h := s.headersQ[0]
			if h.kind == kindRequest && uint32(s.activeLocal) >= s.remote.MaxConcurrentStreams && !h.st.closeSignaled {
				// The peer's MAX_CONCURRENT_STREAMS is reached: the request
				// waits (as nghttp2 queues it); later requests wait behind it
				// so IDs stay in order. Data of open streams may still flow.
				if !s.writeDataLocked() {
					return
				}
				continue
			}
			s.headersQ[0] = nil
			s.headersQ = s.headersQ[1:]
			if h.promised == nil {
				h.st.hdrItems--
			}
			s.writeHeadersItemLocked(h)
			continue
		}
		if !s.writeDataLocked() {
			return
		}
	}
}

// maxSendHeaderBlock is the largest header block a session sends (nghttp2's default under
// Node): a stream whose block could be larger is reset with FRAME_SIZE_ERROR instead.
const maxSendHeaderBlock = 1 << 16

// blockTooLarge tells whether fields might encode to more than maxSendHeaderBlock. It has to be
// decided before encoding, since encoding changes the HPACK dynamic table the peer must follow,
// so it bounds the encoding from above: each field at worst a literal (one octet of type, and
// name and value each with a length prefix of up to 5 octets; the encoder uses Huffman coding
// only where it is shorter).
func blockTooLarge(fields []hpack.HeaderField) bool {
	n := 0
	for _, f := range fields {
		n += 11 + len(f.Name) + len(f.Value)
	}
	return n > maxSendHeaderBlock
}

// encodeBlock HPACK-encodes fields into hbuf.
func (s *Session) encodeBlock(fields []hpack.HeaderField) []byte {
	s.hbuf.Reset()
	for _, f := range fields {
		_ = s.henc.WriteField(f)
	}
	return s.hbuf.Bytes()
}

// writeBlockLocked writes a header block as HEADERS + CONTINUATION frames no
// larger than the peer's MAX_FRAME_SIZE.
func (s *Session) writeBlockLocked(id uint32, block []byte, endStream bool, prio *priorityOp) {
	maxFrame := int(s.remote.MaxFrameSize)
	first := true
	for first || len(block) > 0 {
		n := min(len(block), maxFrame)
		frag := block[:n]
		block = block[n:]
		if first {
			p := http2.HeadersFrameParam{
				StreamID:      id,
				BlockFragment: frag,
				EndStream:     endStream,
				EndHeaders:    len(block) == 0,
			}
			if prio != nil {
				p.Priority = http2.PriorityParam{StreamDep: prio.parent, Exclusive: prio.exclusive, Weight: uint8(prio.weight - 1)}
			}
			_ = s.wfr.WriteHeaders(p)
			first = false
		} else {
			_ = s.wfr.WriteContinuation(id, len(block) == 0, frag)
		}
	}
}

func (s *Session) writeHeadersItemLocked(h *headersItem) {
	st := h.st
	if h.promised != nil {
		pr := h.promised
		if pr.closeSignaled || st.closeSignaled {
			s.emit(func(k SessionSink) { k.OnFrameError(uint8(http2.FramePushPromise), NGHTTP2_STREAM_CLOSED, pr.id) })
			return
		}
		block := s.encodeBlock(h.fields)
		maxFrame := int(s.remote.MaxFrameSize) - 4
		n := min(len(block), maxFrame)
		_ = s.wfr.WritePushPromise(http2.PushPromiseParam{StreamID: st.id, PromiseID: pr.id, BlockFragment: block[:n], EndHeaders: n == len(block)})
		for rest := block[n:]; len(rest) > 0; {
			m := min(len(rest), maxFrame)
			_ = s.wfr.WriteContinuation(st.id, m == len(rest), rest[:m])
			rest = rest[m:]
		}
		pr.promiseSent = true
		return
	}
	if st.closeSignaled && st.flushOnReset {
		// Reset locally after this block was queued: it still goes, the
		// RST_STREAM follows (flushResetLocked). The stream is closed already,
		// so no state moves.
		if blockTooLarge(h.fields) {
			st.flushOnReset = false // nothing of it can go; the RST alone does
			return
		}
		s.writeBlockLocked(st.id, s.encodeBlock(h.fields), h.endStream, h.priority)
		if h.kind != kindInformational {
			st.headersSent = true
		}
		st.endWritten = h.endStream
		return
	}
	if st.closeSignaled {
		// Reset before its headers left: for a request the peer never
		// learns of the stream; either way the frame is not sent.
		if st.headersSent || !st.localInitiated {
			s.emit(func(k SessionSink) { k.OnFrameError(uint8(http2.FrameHeaders), NGHTTP2_STREAM_CLOSED, st.id) })
		}
		return
	}
	if blockTooLarge(h.fields) {
		s.closeStreamLocked(st, NGHTTP2_FRAME_SIZE_ERROR, true)
		return
	}
	s.writeBlockLocked(st.id, s.encodeBlock(h.fields), h.endStream, h.priority)
	if h.kind != kindInformational {
		st.headersSent = true
	}
	if h.kind == kindRequest {
		st.headersSent = true
		s.setStateLocked(st, StateOpen)
	}
	if st.state == StateReservedLocal && h.kind == kindResponse {
		s.setStateLocked(st, StateHalfClosedRemote)
	}
	if h.endStream {
		if st.closeLocalSide() {
			s.streamDoneLocked(st)
		}
	}
	s.markReadyLocked(st)
}

// markReadyLocked links st into the DATA round-robin if it has work.
func (s *Session) markReadyLocked(st *Stream) {
	if st.inReady || len(st.out) == 0 || !st.headersSent || st.closeSignaled {
		return
	}
	st.inReady = true
	s.ready = append(s.ready, st)
}

// writeDataLocked frames at most one DATA frame (or trailers) for the
// next ready stream. It returns false when nothing can be sent now.
func (s *Session) writeDataLocked() bool {
	for len(s.ready) > 0 {
		st := s.ready[0]
		s.ready[0] = nil
		s.ready = s.ready[1:]
		st.inReady = false
		if st.closeSignaled || len(st.out) == 0 {
			continue
		}
		c := &st.out[0]
		if c.isTrailer {
			if blockTooLarge(c.trailers) {
				s.closeStreamLocked(st, NGHTTP2_FRAME_SIZE_ERROR, true)
				return true
			}
			st.out = st.out[1:]
			st.trailersSent = true
			s.writeBlockLocked(st.id, s.encodeBlock(c.trailers), true, nil)
			if st.closeLocalSide() {
				s.streamDoneLocked(st)
			}
			return true
		}
		n := int64(len(c.data))
		n = min(n, int64(s.remote.MaxFrameSize), s.connSend.available(), st.send.available())
		if n == 0 && len(c.data) > 0 {
			if s.connSend.available() == 0 {
				// Connection window exhausted: keep the stream in line
				// (at the front) for the WINDOW_UPDATE.
				st.inReady = true
				s.ready = append([]*Stream{st}, s.ready...)
				return false
			}
			// Stream window exhausted: it re-enters on WINDOW_UPDATE.
			continue
		}
		end := c.end && n == int64(len(c.data))
		sendEnd := end && !st.wantTrailers
		if n > 0 || sendEnd {
			s.writeDataFrame(st.id, sendEnd, c.data[:n])
		}
		s.connSend.take(n)
		st.send.take(n)
		c.data = c.data[n:]
		c.sent += int(n)
		st.outBuffered -= n
		s.outBuffered -= n
		if len(c.data) == 0 {
			if written := c.sent; written > 0 {
				s.emit(func(k SessionSink) { k.OnStreamWritten(st, written) })
			}
			st.out[0] = outChunk{}
			st.out = st.out[1:]
		}
		if end {
			if sendEnd {
				if st.closeLocalSide() {
					s.streamDoneLocked(st)
				}
			} else if !st.trailersAsked {
				st.trailersAsked = true
				s.emit(func(k SessionSink) { k.OnStreamWantTrailers(st) })
			}
		}
		s.markReadyLocked(st)
		return true
	}
	return false
}

// flushResetLocked finishes a locally reset stream: its header
// blocks still in headersQ (taken out of line: only requests and
// PUSH_PROMISEs must keep their order there, and a reset request never
// waits here), then its queued DATA (or trailers) as far as the
// flow-control windows allow right now, the rest dropped (nothing waits for
// a WINDOW_UPDATE on a closed stream), then its RST_STREAM. When the session
// is going down (force) only the RST_STREAM goes.
//
// A CANCEL reset whose flushed frames carried END_STREAM after the peer had
// already ended its side (the stream completed normally on the wire) goes
// out as RST_STREAM(NO_ERROR): Node's server sends exactly that
// (stream.close(NGHTTP2_CANCEL) after a write to a GET request puts
// DATA+END_STREAM, then RST_STREAM(0), on the wire; other codes stay).
func (s *Session) flushResetLocked(st *Stream, force bool) {
	if st.flushOnReset && !force {
		if st.hdrItems > 0 {
			s.writeOwnHeadersLocked(st)
		}
		if st.headersSent {
			s.flushOutLocked(st)
		}
	}
	st.flushOnReset = false
	st.out = nil
	code := st.rstCode
	if code == NGHTTP2_CANCEL && st.endWritten && st.resetRemote {
		code = NGHTTP2_NO_ERROR
	}
	if code != NGHTTP2_CANCEL {
		s.rstQueued++
	}
	_ = s.wfr.WriteRSTStream(st.id, http2.ErrCode(code))
}

// writeOwnHeadersLocked writes st's items waiting in headersQ, in their
// order, leaving the others in theirs.
func (s *Session) writeOwnHeadersLocked(st *Stream) {
	keep := s.headersQ[:0]
	for _, h := range s.headersQ {
		if h.st != st || h.promised != nil {
			keep = append(keep, h)
			continue
		}
		st.hdrItems--
		s.writeHeadersItemLocked(h)
	}
	clear(s.headersQ[len(keep):])
	s.headersQ = keep
}

// flushOutLocked frames what of st.out the windows allow now (see
// flushResetLocked). No OnStreamWritten: the stream was reported closed.
func (s *Session) flushOutLocked(st *Stream) {
	for i, c := range st.out {
		if c.isTrailer {
			if !blockTooLarge(c.trailers) {
				s.writeBlockLocked(st.id, s.encodeBlock(c.trailers), true, nil)
				st.endWritten = true
			}
			return
		}
		data := c.data
		for {
			n := min(int64(len(data)), int64(s.remote.MaxFrameSize), s.connSend.available(), st.send.available())
			end := c.end
			if n == int64(len(data)) && n > 0 && i+1 < len(st.out) && st.out[i+1].end && !st.out[i+1].isTrailer && len(st.out[i+1].data) == 0 {
				end = true // the end that follows rides on this frame, as Node's does
			}
			sendEnd := n == int64(len(data)) && end && !st.wantTrailers
			if n > 0 || sendEnd {
				s.writeDataFrame(st.id, sendEnd, data[:n])
			}
			s.connSend.take(n)
			st.send.take(n)
			data = data[n:]
			if sendEnd {
				st.endWritten = true
				return
			}
			if len(data) == 0 {
				break
			}
			if n == 0 {
				return // a window is exhausted: what is left is dropped
			}
		}
	}
}
