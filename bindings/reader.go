package bindings

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// readLoop is the reader goroutine: it validates the preface, then reads
// and processes frames one by one, in order, until the connection ends.
// While the connection is idle the reader may park (park_linux.go): its
// goroutine exits and a new one continues when the peer sends again.
func (s *Session) readLoop() {
	if !s.client {
		// Straight from the conn: a client that connected but sent
		// nothing yet must not pin a read buffer (connReader).
		buf := make([]byte, len(ClientPreface))
		if _, err := io.ReadFull(s.conn, buf); err != nil || string(buf) != ClientPreface {
			s.mu.Lock()
			if err != nil && !s.destroyed {
				s.teardownLocked(nil, NGHTTP2_NO_ERROR, false)
			} else {
				s.teardownLocked(newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidPreface, "Received bad client magic byte string"), NGHTTP2_PROTOCOL_ERROR, true)
			}
			s.mu.Unlock()
			s.drainEvents()
			s.readerExit()
			return
		}
	}
	s.readFrames()
}

// readerExit is the reader's last act, on whichever goroutine reads then.
func (s *Session) readerExit() {
	s.discardInput()
	close(s.readerDone)
	s.goroutineDone()
}

// readFrames is the reader's frame loop; it returns when the reader exited
// or parked.
func (s *Session) readFrames() {
	for {
		if s.parkable() && s.rd.empty() && s.waitOrPark() {
			return // parked: a new goroutine reads on (resumeReader)
		}
		f, err := s.rfr.ReadFrame()
		if err != nil {
			if s.handleReadError(err) {
				continue
			}
			s.readerExit()
			return
		}
		s.mu.Lock()
		if s.destroyed {
			s.mu.Unlock()
			s.readerExit()
			return
		}
		if !s.sawFirstFrame {
			// RFC 9113 §3.4: the preface ends with a SETTINGS frame.
			s.sawFirstFrame = true
			if sf, ok := f.(*http2.SettingsFrame); !ok || sf.IsAck() {
				s.teardownLocked(sessionError(NGHTTP2_PROTOCOL_ERROR), NGHTTP2_PROTOCOL_ERROR, true)
				s.mu.Unlock()
				s.drainEvents()
				s.readerExit()
				return
			}
		}
		rsts := s.rstQueued
		err = s.processFrameLocked(f)
		if s.rstQueued != rsts || isEmptyData(f) {
			s.countInvalidLocked()
		}
		if err != nil {
			var ce connError
			if errors.As(err, &ce) {
				s.teardownLocked(sessionError(ce.code), ce.code, true)
			} else {
				s.teardownLocked(err, NGHTTP2_INTERNAL_ERROR, true)
			}
		}
		// Wake the writer only when it has something to do: most frames
		// (a request's HEADERS, DATA) queue nothing until JS answers, and a
		// wake-up per frame costs a futex round trip for nothing.
		kick := len(s.control) > 0 || len(s.ready) > 0 || len(s.headersQ) > 0 || s.destroyed || s.closing
		s.mu.Unlock()
		if kick {
			s.kickWriter()
		}
		s.drainEvents()
	}
}

// handleReadError deals with a ReadFrame error; it returns true when
// reading may continue (a stream-level error).
func (s *Session) handleReadError(err error) bool {
	s.mu.Lock()
	defer func() {
		s.mu.Unlock()
		s.kickWriter()
		s.drainEvents()
	}()
	if s.destroyed {
		return false
	}
	var se http2.StreamError
	var ce http2.ConnectionError
	switch {
	case errors.As(err, &se):
		code := uint32(se.Code)
		if st := s.streams[se.StreamID]; st != nil {
			s.closeStreamLocked(st, code, true)
		} else {
			if s.isPeerID(se.StreamID) && se.StreamID > s.lastPeerID {
				// A new stream whose header block was invalid: it
				// existed, so later frames on it are "closed".
				s.lastPeerID = se.StreamID
			}
			s.queueRST(se.StreamID, code, true)
		}
		s.countInvalidLocked()
		return !s.destroyed
	case errors.As(err, &ce):
		s.teardownLocked(sessionError(uint32(ce)), uint32(ce), true)
	case errors.Is(err, errTooManyContinuations):
		// A CONTINUATION flood: like the PING and SETTINGS floods, GOAWAY(ENHANCE_YOUR_CALM),
		// with the error Node reports for it (nghttp2's NGHTTP2_ERR_TOO_MANY_CONTINUATIONS).
		s.teardownLocked(newError(NGHTTP2_ENHANCE_YOUR_CALM, ErrCodeFlooded, "%s", errTooManyContinuations.Error()), NGHTTP2_ENHANCE_YOUR_CALM, true)
	case errors.Is(err, http2.ErrFrameTooLarge):
		s.teardownLocked(sessionError(NGHTTP2_FRAME_SIZE_ERROR), NGHTTP2_FRAME_SIZE_ERROR, true)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		// The peer hung up; Node reports no error for that.
		s.teardownLocked(nil, NGHTTP2_NO_ERROR, false)
	default:
		s.teardownLocked(err, NGHTTP2_NO_ERROR, false)
	}
	return false
}

// isEmptyData tells a DATA frame that carries nothing and does not end its stream: such
// frames cost the receiver work for no progress (CVE-2019-9518), so they count as invalid.
func isEmptyData(f http2.Frame) bool {
	d, ok := f.(*http2.DataFrame)
	return ok && d.Length == 0 && !d.StreamEnded()
}

// countInvalidLocked counts one invalid frame from the peer and closes the session once there
// were more than MaxInvalidFrames, as Node does for maxSessionInvalidFrames (its GOAWAY code is
// INTERNAL_ERROR; ours ENHANCE_YOUR_CALM as for the other floods).
func (s *Session) countInvalidLocked() {
	s.invalidFrames++
	if s.invalidFrames > max(s.cfg.MaxInvalidFrames, 0) && !s.destroyed {
		s.abortive = true
		s.teardownLocked(newError(NGHTTP2_ENHANCE_YOUR_CALM, ErrCodeTooManyInvalidFrames, "Too many invalid HTTP/2 frames"), NGHTTP2_ENHANCE_YOUR_CALM, true)
	}
}

func (s *Session) processFrameLocked(f http2.Frame) error {
	switch f := f.(type) {
	case *http2.HeadersFrame:
		return s.onHeadersFrame(f)
	case *http2.ContinuationFrame:
		return s.onContinuation(f)
	case *http2.DataFrame:
		return s.onData(f)
	case *http2.SettingsFrame:
		return s.onSettings(f)
	case *http2.PingFrame:
		return s.onPing(f)
	case *http2.WindowUpdateFrame:
		return s.onWindowUpdate(f)
	case *http2.RSTStreamFrame:
		return s.onRSTStream(f)
	case *http2.GoAwayFrame:
		return s.onGoaway(f)
	case *http2.PriorityFrame:
		return s.onPriority(f.StreamID, f.PriorityParam)
	case *http2.PushPromiseFrame:
		return s.onPushPromise(f)
	case *http2.UnknownFrame:
		return s.onUnknown(f)
	}
	return nil
}

func (s *Session) onHeaders(f *headerBlock) error {
	id := f.StreamID
	if f.HasPriority() && f.Priority.StreamDep == id {
		// RFC 9113 §5.3.1: a stream cannot depend on itself.
		return s.rejectHeaders(id, NGHTTP2_PROTOCOL_ERROR)
	}
	st := s.streams[id]
	if st == nil {
		return s.onNewPeerStream(f)
	}
	fields := f.Fields
	end := f.StreamEnded()
	var cat HeadersCategory
	var kind headerKind
	switch {
	case st.state == StateReservedRemote:
		cat, kind = CategoryPushResponse, kindResponse
	case !st.remoteOpen():
		s.closeStreamLocked(st, NGHTTP2_STREAM_CLOSED, true)
		return nil
	case st.gotHeaders:
		cat, kind = CategoryTrailers, kindTrailers
		if !end {
			s.closeStreamLocked(st, NGHTTP2_PROTOCOL_ERROR, true)
			return nil
		}
	case s.client:
		cat, kind = CategoryResponse, kindResponse
		if code := statusOf(fields); code >= 100 && code < 200 {
			cat, kind = CategoryInformational, kindInformational
			if end {
				s.closeStreamLocked(st, NGHTTP2_PROTOCOL_ERROR, true)
				return nil
			}
		}
	default:
		// Server: the request headers were seen when the stream was
		// created, so this can only be trailers (handled above).
		cat, kind = CategoryTrailers, kindTrailers
	}
	if f.Truncated {
		s.closeStreamLocked(st, NGHTTP2_ENHANCE_YOUR_CALM, true)
		return nil
	}
	code, clen, fields := checkInbound(fields, kind, s.cfg.MaxHeaderListPairs, s.local.EnableConnectProtocol)
	if code != NGHTTP2_NO_ERROR {
		s.closeStreamLocked(st, code, true)
		return nil
	}
	if f.HasPriority() {
		s.applyPriority(st, f.Priority)
	}
	switch cat {
	case CategoryPushResponse:
		s.setStateLocked(st, StateHalfClosedLocal)
		st.gotHeaders = true
		st.contentLen = clen
	case CategoryResponse:
		st.gotHeaders = true
		st.contentLen = clen
	}
	if end && !s.checkContentLength(st, 0, true) {
		return nil
	}
	info := HeadersInfo{Category: cat, EndStream: end}
	s.emit(func(k SessionSink) { k.OnStreamHeaders(st, fields, info) })
	if end && st.closeRemoteSide() {
		s.streamDoneLocked(st)
	}
	return nil
}

// rejectHeaders resets a stream that may not exist yet.
func (s *Session) rejectHeaders(id, code uint32) error {
	if st := s.streams[id]; st != nil {
		s.closeStreamLocked(st, code, true)
		return nil
	}
	if s.isPeerID(id) && id > s.lastPeerID {
		s.lastPeerID = id
	}
	s.queueRST(id, code, true)
	return nil
}

func (s *Session) onNewPeerStream(f *headerBlock) error {
	id := f.StreamID
	if !s.isPeerID(id) || s.client {
		if s.wasRecentlyReset(id) {
			return nil
		}
		if !s.idleLocked(id) {
			return connError{NGHTTP2_STREAM_CLOSED, "HEADERS on closed stream"}
		}
		return protoErr("HEADERS on a stream the peer may not open")
	}
	if id <= s.lastPeerID {
		if s.wasRecentlyReset(id) {
			return nil
		}
		return connError{NGHTTP2_STREAM_CLOSED, "HEADERS on closed stream"}
	}
	s.lastPeerID = id
	if s.goawaySent && id > s.goawayLastID {
		// After GOAWAY new streams are ignored (RFC 9113 §6.8).
		return nil
	}
	if s.closing || s.destroyed {
		s.queueRST(id, NGHTTP2_REFUSED_STREAM, true)
		return nil
	}
	if uint32(s.activePeer) >= s.local.MaxConcurrentStreams {
		s.queueRST(id, NGHTTP2_REFUSED_STREAM, true)
		return nil
	}
	if s.overMemoryLocked(headerListSize(f.Fields)) {
		// As in Node, the new stream's header list counts towards maxSessionMemory: a block that
		// would take the session over it is refused like any stream arriving over the limit.
		s.queueRST(id, NGHTTP2_ENHANCE_YOUR_CALM, true)
		return nil
	}
	if f.Truncated {
		s.queueRST(id, NGHTTP2_ENHANCE_YOUR_CALM, true)
		return nil
	}
	code, clen, fields := checkInbound(f.Fields, kindRequest, s.cfg.MaxHeaderListPairs, s.local.EnableConnectProtocol)
	if code != NGHTTP2_NO_ERROR {
		s.queueRST(id, code, true)
		return nil
	}
	st := s.newStreamLocked(id, false, StateOpen)
	st.gotHeaders = true
	st.contentLen = clen
	if f.HasPriority() {
		s.applyPriority(st, f.Priority)
	}
	end := f.StreamEnded()
	if end && !s.checkContentLength(st, 0, true) {
		return nil
	}
	info := HeadersInfo{Category: CategoryRequest, EndStream: end}
	s.emit(func(k SessionSink) { k.OnStreamHeaders(st, fields, info) })
	if end {
		st.closeRemoteSide()
	}
	return nil
}

// checkContentLength enforces RFC 9113 §8.1.1: DATA must add up to a
// declared content-length. It resets the stream and returns false on a
// mismatch.
func (s *Session) checkContentLength(st *Stream, n int64, end bool) bool {
	st.recvLen += n
	if st.contentLen < 0 {
		return true
	}
	if st.recvLen > st.contentLen || (end && st.recvLen != st.contentLen) {
		s.closeStreamLocked(st, NGHTTP2_PROTOCOL_ERROR, true)
		return false
	}
	return true
}

// overMemoryLocked tells whether the session's buffered data plus extra bytes exceeds
// maxSessionMemory.
func (s *Session) overMemoryLocked(extra int64) bool {
	limit := int64(s.cfg.MaxSessionMemory) << 20
	return s.recvBuffered+s.outBuffered+extra > limit
}

// headerListSize is the RFC 9113 §6.5.2 size of a header list: octets of names and values plus
// 32 for each field.
func headerListSize(fields []hpack.HeaderField) int64 {
	var n int64
	for _, f := range fields {
		n += int64(len(f.Name) + len(f.Value) + 32)
	}
	return n
}

func (s *Session) onData(f *http2.DataFrame) error {
	id := f.StreamID
	length := int64(f.Length)
	// Connection-level flow control applies to every DATA frame, even on
	// streams we no longer know (RFC 9113 §6.9).
	if !s.connRecv.take(length) {
		return connError{NGHTTP2_FLOW_CONTROL_ERROR, "connection window exceeded"}
	}
	st := s.streams[id]
	if st == nil {
		if s.idleLocked(id) {
			return protoErr("DATA on idle stream")
		}
		s.queueWindowUpdate(0, s.connRecv.consumed(length))
		if !s.wasRecentlyReset(id) {
			// DATA on a stream closed and not in the recent-reset ring (the peer reset it, or
			// a burst of local cancels pushed it out): answered, but not an invalid frame, since
			// nghttp2 ignores these and a busy session must not die of them.
			s.queueRSTFrame(id, NGHTTP2_STREAM_CLOSED, true)
		}
		return nil
	}
	if !st.remoteOpen() || !st.gotHeaders {
		s.queueWindowUpdate(0, s.connRecv.consumed(length))
		code := uint32(NGHTTP2_STREAM_CLOSED)
		if !st.gotHeaders {
			code = NGHTTP2_PROTOCOL_ERROR
		}
		s.closeStreamLocked(st, code, true)
		return nil
	}
	if !st.recv.take(length) {
		s.queueWindowUpdate(0, s.connRecv.consumed(length))
		s.closeStreamLocked(st, NGHTTP2_FLOW_CONTROL_ERROR, true)
		return nil
	}
	data := f.Data()
	// Padding is never seen by the consumer: return its credit now.
	if pad := length - int64(len(data)); pad > 0 {
		s.queueWindowUpdate(0, s.connRecv.consumed(pad))
		s.queueWindowUpdate(id, st.recv.consumed(pad))
	}
	end := f.StreamEnded()
	if !s.checkContentLength(st, int64(len(data)), end) {
		s.queueWindowUpdate(0, s.connRecv.consumed(int64(len(data))))
		return nil
	}
	if len(data) == 0 && !end {
		return nil
	}
	// The framer reuses its buffer: the sink gets its own copy.
	buf := bytes.Clone(data)
	if buf == nil {
		buf = []byte{}
	}
	st.recvBuffered += int64(len(buf))
	s.recvBuffered += int64(len(buf))
	s.emit(func(k SessionSink) { k.OnStreamData(st, buf, end) })
	if end && st.closeRemoteSide() {
		s.streamDoneLocked(st)
	}
	return nil
}

// consumedLocked returns credit for n processed bytes of st.
func (s *Session) consumedLocked(st *Stream, n int64) {
	n = min(n, st.recvBuffered)
	if n <= 0 {
		return
	}
	st.recvBuffered -= n
	s.recvBuffered -= n
	if s.destroyed {
		return
	}
	s.queueWindowUpdate(0, s.connRecv.consumed(n))
	if !st.remoteClosed() && !st.closeSignaled {
		s.queueWindowUpdate(st.id, st.recv.consumed(n))
	}
}

func (s *Session) onSettings(f *http2.SettingsFrame) error {
	if f.IsAck() {
		if len(s.pendingSettings) == 0 {
			return protoErr("unsolicited SETTINGS ACK")
		}
		p := s.pendingSettings[0]
		s.pendingSettings = s.pendingSettings[1:]
		for _, st := range p.list {
			s.applyLocalSetting(st)
		}
		local := s.local.clone()
		cb := p.cb
		s.emit(func(k SessionSink) {
			k.OnLocalSettingsAck(local)
			if cb != nil {
				cb(nil)
			}
		})
		return nil
	}
	if f.NumSettings() > s.cfg.MaxSettings {
		return connError{NGHTTP2_ENHANCE_YOUR_CALM, "too many settings"}
	}
	var list []Setting
	err := f.ForeachSetting(func(w http2.Setting) error {
		st := Setting{uint16(w.ID), w.Val}
		if code := validateSetting(st); code != NGHTTP2_NO_ERROR {
			return connError{code, "invalid setting value"}
		}
		list = append(list, st)
		return nil
	})
	if err != nil {
		return err
	}
	if !s.peerSettingsSeen {
		// The assumed limit holds only until the peer speaks: its first SETTINGS either names
		// MAX_CONCURRENT_STREAMS or leaves the RFC's default, unlimited (as nghttp2 does).
		s.peerSettingsSeen = true
		s.remote.MaxConcurrentStreams = unlimitedStreams
	}
	for _, st := range list {
		if err := s.applyRemoteSetting(st); err != nil {
			return err
		}
	}
	if !s.queueControl(true, func(fr *http2.Framer) error { return fr.WriteSettingsAck() }) {
		return nil
	}
	remote := s.remote.clone()
	s.emit(func(k SessionSink) { k.OnRemoteSettings(remote) })
	// A larger window may unblock streams.
	for _, st := range s.streams {
		s.markReadyLocked(st)
	}
	return nil
}

func (s *Session) applyLocalSetting(st Setting) {
	switch st.ID {
	case SettingInitialWindowSize:
		delta := int64(st.Val) - int64(s.ackedInitWindow)
		s.ackedInitWindow = st.Val
		for _, x := range s.streams {
			x.recv.adjust(delta)
		}
	case SettingHeaderTableSize:
		s.hdec.SetAllowedMaxDynamicTableSize(st.Val)
	case SettingMaxFrameSize:
		s.rfr.SetMaxReadFrameSize(st.Val)
	case SettingMaxHeaderListSize:
		s.rfr.MaxHeaderListSize = headerListLimitFor(st.Val)
	}
	s.local.apply(st)
}

func (s *Session) applyRemoteSetting(st Setting) error {
	switch st.ID {
	case SettingInitialWindowSize:
		delta := int64(st.Val) - int64(s.remote.InitialWindowSize)
		for _, x := range s.streams {
			if !x.send.add(delta) {
				return connError{NGHTTP2_FLOW_CONTROL_ERROR, "stream window overflow"}
			}
		}
	case SettingHeaderTableSize:
		s.henc.SetMaxDynamicTableSizeLimit(st.Val)
	case SettingEnablePush:
		if s.client && st.Val != 0 {
			// RFC 9113 §6.5.2: a server must not send ENABLE_PUSH=1.
			return protoErr("server sent ENABLE_PUSH=1")
		}
	}
	s.remote.apply(st)
	return nil
}

func (s *Session) onPing(f *http2.PingFrame) error {
	if !f.IsAck() {
		data := f.Data
		if !s.queueControl(true, func(fr *http2.Framer) error { return fr.WritePing(true, data) }) {
			return nil
		}
		s.emit(func(k SessionSink) { k.OnPing(data) })
		return nil
	}
	// An ACK that answers none of our PINGs is ignored, as nghttp2 and
	// x/net do: RFC 9113 §6.7 only forbids responding to it, and h2spec
	// (6.7/2) expects the connection to go on.
	i := 0
	for i < len(s.pings) && s.pings[i].payload != f.Data {
		i++
	}
	if i == len(s.pings) {
		return nil
	}
	p := s.pings[i]
	s.pings = append(s.pings[:i], s.pings[i+1:]...)
	rtt := time.Since(p.sent)
	data := f.Data
	if p.cb != nil {
		s.emit(func(SessionSink) { p.cb(rtt, data, nil) })
	}
	return nil
}

func (s *Session) onWindowUpdate(f *http2.WindowUpdateFrame) error {
	inc := int64(f.Increment)
	if f.StreamID == 0 {
		if !s.connSend.add(inc) {
			return connError{NGHTTP2_FLOW_CONTROL_ERROR, "connection window overflow"}
		}
		return nil
	}
	st := s.streams[f.StreamID]
	if st == nil {
		if s.idleLocked(f.StreamID) {
			return protoErr("WINDOW_UPDATE on idle stream")
		}
		return nil
	}
	if !st.send.add(inc) {
		s.closeStreamLocked(st, NGHTTP2_FLOW_CONTROL_ERROR, true)
		return nil
	}
	s.markReadyLocked(st)
	return nil
}

func (s *Session) onRSTStream(f *http2.RSTStreamFrame) error {
	if s.idleLocked(f.StreamID) {
		return protoErr("RST_STREAM on idle stream")
	}
	if !s.client && !s.allowPeerReset() {
		return connError{NGHTTP2_ENHANCE_YOUR_CALM, "too many stream resets"}
	}
	st := s.streams[f.StreamID]
	if st == nil {
		return nil
	}
	code := uint32(f.ErrCode)
	s.emit(func(k SessionSink) { k.OnStreamReset(st, code) })
	s.closeStreamLocked(st, code, false)
	return nil
}

// allowPeerReset is the rapid-reset token bucket (CVE-2023-44487).
func (s *Session) allowPeerReset() bool {
	now := time.Now()
	s.resetTokens += now.Sub(s.resetLast).Seconds() * float64(s.cfg.StreamResetRate)
	s.resetLast = now
	if s.resetTokens > float64(s.cfg.StreamResetBurst) {
		s.resetTokens = float64(s.cfg.StreamResetBurst)
	}
	if s.resetTokens < 1 {
		return false
	}
	s.resetTokens--
	return true
}

func (s *Session) onGoaway(f *http2.GoAwayFrame) error {
	last := f.LastStreamID
	code := uint32(f.ErrCode)
	opaque := bytes.Clone(f.DebugData())
	s.goawayRecv = true
	s.goawayRecvLast = last
	s.emit(func(k SessionSink) { k.OnGoaway(code, last, opaque) })
	// Streams we opened above last were not processed: they may be retried.
	for _, st := range s.streams {
		if st.localInitiated && st.id > last {
			s.closeStreamLocked(st, NGHTTP2_REFUSED_STREAM, false)
		}
	}
	return nil
}

func (s *Session) onPriority(id uint32, p http2.PriorityParam) error {
	if p.StreamDep == id {
		return s.rejectHeaders(id, NGHTTP2_PROTOCOL_ERROR)
	}
	if st := s.streams[id]; st != nil {
		s.applyPriority(st, p)
	}
	return nil
}

func (s *Session) applyPriority(st *Stream, p http2.PriorityParam) {
	st.parent = p.StreamDep
	st.weight = int(p.Weight) + 1
	st.exclusive = p.Exclusive
}

func (s *Session) onPushPromise(f *http2.PushPromiseFrame) error {
	if !s.client || !s.local.EnablePush {
		return protoErr("PUSH_PROMISE not allowed")
	}
	if !f.HeadersEnded() {
		// The framer cannot join CONTINUATION to PUSH_PROMISE; refuse
		// rather than desynchronize HPACK.
		return protoErr("PUSH_PROMISE with CONTINUATION is not supported")
	}
	var fields []hpack.HeaderField
	var size uint32
	truncated := false
	s.hdec.SetEmitEnabled(true)
	s.hdec.SetEmitFunc(func(hf hpack.HeaderField) {
		size += hf.Size()
		if size > s.rfr.MaxHeaderListSize {
			truncated = true
			return
		}
		fields = append(fields, hf)
	})
	_, err := s.hdec.Write(f.HeaderBlockFragment())
	if err == nil {
		err = s.hdec.Close()
	}
	s.hdec.SetEmitFunc(func(hpack.HeaderField) {})
	if err != nil {
		return connError{NGHTTP2_COMPRESSION_ERROR, "bad push promise header block"}
	}
	pid := f.PromiseID
	if pid%2 != 0 || pid <= s.lastPeerID {
		return protoErr("bad promised stream ID")
	}
	s.lastPeerID = pid
	parent := s.streams[f.StreamID]
	if parent == nil || !parent.remoteOpen() {
		if parent == nil && s.wasRecentlyReset(f.StreamID) {
			s.queueRST(pid, NGHTTP2_CANCEL, true)
			return nil
		}
		return protoErr("PUSH_PROMISE on a stream that is not open")
	}
	if truncated {
		s.queueRST(pid, NGHTTP2_ENHANCE_YOUR_CALM, true)
		return nil
	}
	code, _, fields := checkInbound(fields, kindPushPromise, s.cfg.MaxHeaderListPairs, false)
	if code != NGHTTP2_NO_ERROR {
		s.queueRST(pid, code, true)
		return nil
	}
	pr := s.newStreamLocked(pid, false, StateReservedRemote)
	s.emit(func(k SessionSink) { k.OnStreamPush(parent, pr, fields) })
	return nil
}

// Frame types x/net/http2 does not parse.
const (
	frameAltsvc = 0xa
	frameOrigin = 0xc
)

func (s *Session) onUnknown(f *http2.UnknownFrame) error {
	if !s.client {
		// Servers ignore ALTSVC and ORIGIN (RFC 7838 §4, RFC 8336 §2.1).
		return nil
	}
	p := f.Payload()
	switch f.Type {
	case frameAltsvc:
		if len(p) < 2 {
			return nil
		}
		olen := int(binary.BigEndian.Uint16(p))
		if len(p) < 2+olen {
			return nil
		}
		origin := string(p[2 : 2+olen])
		value := string(p[2+olen:])
		// RFC 7838 §4: origin must be set on stream 0 and empty otherwise.
		if (f.StreamID == 0) != (olen > 0) {
			return nil
		}
		id := f.StreamID
		s.emit(func(k SessionSink) { k.OnAltsvc(id, origin, value) })
	case frameOrigin:
		if f.StreamID != 0 || f.Flags != 0 {
			return nil
		}
		var origins []string
		for len(p) >= 2 {
			n := int(binary.BigEndian.Uint16(p))
			if len(p) < 2+n {
				return nil // malformed: ignore the frame
			}
			origins = append(origins, string(p[2:2+n]))
			p = p[2+n:]
		}
		s.emit(func(k SessionSink) { k.OnOrigin(origins) })
	}
	return nil
}
