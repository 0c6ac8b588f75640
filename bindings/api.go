package bindings

import (
	"encoding/binary"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// RequestOptions are the options of ClientHttp2Session.request() that
// reach the wire.
type RequestOptions struct {
	EndStream       bool
	WaitForTrailers bool
	// Priority, when HasPriority is set, goes in the HEADERS frame.
	HasPriority bool
	Parent      uint32
	Weight      int // 1..256
	Exclusive   bool
}

// usableLocked returns the error for calls on a session that is going away.
func (s *Session) usableLocked() error {
	if s.destroyed {
		return newError(NGHTTP2_NO_ERROR, ErrCodeInvalidSession, "The session has been destroyed")
	}
	return nil
}

// Request opens a client stream with headers.
func (s *Session) Request(headers []hpack.HeaderField, opts RequestOptions) (*Stream, error) {
	if !s.client {
		return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidSession, "only clients send requests")
	}
	fields, err := checkOutbound(headers, kindRequest)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return nil, err
	}
	if s.closing || s.goawayRecv {
		return nil, newError(NGHTTP2_NO_ERROR, ErrCodeGoawaySession, "New streams cannot be created after receiving a GOAWAY")
	}
	if s.nextStreamID > maxWindow {
		return nil, newError(NGHTTP2_NO_ERROR, ErrCodeOutOfStreams, "No stream ID is available because maximum stream ID has been reached")
	}
	st := s.newStreamLocked(s.nextStreamID, true, StateIdle)
	s.nextStreamID += 2
	st.wantTrailers = opts.WaitForTrailers
	st.headersQueued = true
	item := &headersItem{st: st, fields: fields, kind: kindRequest, endStream: opts.EndStream && !opts.WaitForTrailers}
	if opts.HasPriority {
		w := opts.Weight
		if w < 1 || w > 256 {
			w = 16
		}
		item.priority = &priorityOp{parent: opts.Parent, weight: w, exclusive: opts.Exclusive}
		st.parent, st.weight, st.exclusive = opts.Parent, w, opts.Exclusive
	}
	if opts.EndStream {
		st.endQueued = true
		if opts.WaitForTrailers {
			st.out = append(st.out, outChunk{end: true})
		}
	}
	s.queueHeadersLocked(item)
	return st, nil
}

// Respond sends the response headers of a server stream (or of a pushed
// stream).
func (s *Session) Respond(st *Stream, headers []hpack.HeaderField, endStream, waitForTrailers bool) error {
	fields, err := checkOutbound(headers, kindResponse)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if st.closeSignaled {
		return newError(NGHTTP2_STREAM_CLOSED, ErrCodeInvalidStream, "The stream has been destroyed")
	}
	if st.headersQueued {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeHeadersSent, "Response has already been initiated.")
	}
	if s.client && st.state != StateReservedLocal {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidStream, "clients cannot respond")
	}
	st.headersQueued = true
	st.wantTrailers = waitForTrailers
	if endStream {
		st.endQueued = true
		if waitForTrailers {
			st.out = append(st.out, outChunk{end: true})
		}
	}
	s.queueHeadersLocked(&headersItem{st: st, fields: fields, kind: kindResponse, endStream: endStream && !waitForTrailers})
	return nil
}

// SendInfoHeaders sends a 1xx informational header block.
func (s *Session) SendInfoHeaders(st *Stream, headers []hpack.HeaderField) error {
	fields, err := checkOutbound(headers, kindInformational)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if st.closeSignaled {
		return newError(NGHTTP2_STREAM_CLOSED, ErrCodeInvalidStream, "The stream has been destroyed")
	}
	if st.headersQueued {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeHeadersSent, "Response has already been initiated.")
	}
	s.queueHeadersLocked(&headersItem{st: st, fields: fields, kind: kindInformational})
	return nil
}

// WriteData queues data on st; endStream ends the local side after it.
// The data is sent as flow control allows; OnStreamWritten reports
// progress and BufferedAmount tells what is still queued. The slice must
// not be modified until it was reported written.
func (s *Session) WriteData(st *Stream, data []byte, endStream bool) error {
	s.mu.Lock()
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if st.closeSignaled || st.endQueued || st.localClosed() {
		return newError(NGHTTP2_STREAM_CLOSED, ErrCodeInvalidStream, "The stream has been destroyed or its writable side ended")
	}
	if len(data) == 0 && !endStream {
		return nil
	}
	st.out = append(st.out, outChunk{data: data, end: endStream})
	st.outBuffered += int64(len(data))
	s.outBuffered += int64(len(data))
	st.endQueued = endStream
	s.markReadyLocked(st)
	return nil
}

// SendTrailers sends the trailing header block of a stream opened with
// waitForTrailers, after OnStreamWantTrailers. It ends the stream.
func (s *Session) SendTrailers(st *Stream, headers []hpack.HeaderField) error {
	fields, err := checkOutbound(headers, kindTrailers)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if st.closeSignaled {
		return newError(NGHTTP2_STREAM_CLOSED, ErrCodeInvalidStream, "The stream has been destroyed")
	}
	if st.trailersSent || !st.wantTrailers {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeTrailersAlreadySent, "Trailing headers have already been sent")
	}
	if !st.trailersAsked {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeTrailersNotReady, "Trailing headers cannot be sent until after the wantTrailers event is emitted")
	}
	st.wantTrailers = false
	if len(fields) == 0 {
		// An empty trailers block is just an END_STREAM.
		st.out = append(st.out, outChunk{end: true})
	} else {
		st.out = append(st.out, outChunk{isTrailer: true, trailers: fields})
	}
	s.markReadyLocked(st)
	return nil
}

// ResetStream closes st with RST_STREAM(code). What was queued on st before
// (its response headers, 1xx, DATA, trailers) is still sent first, as much of
// the DATA as the flow-control windows allow when the writer gets to it, the
// rest is dropped; then the RST_STREAM. That is what Node (nghttp2) puts on
// the wire. A request whose HEADERS did not leave yet is dropped without any
// frame.
func (s *Session) ResetStream(st *Stream, code uint32) {
	s.mu.Lock()
	if !st.closeSignaled {
		st.flushOnReset = (st.hdrItems > 0 || len(st.out) > 0) &&
			(st.headersSent || st.promiseSent || !st.localInitiated)
		st.resetRemote = st.remoteClosed()
		s.closeStreamLocked(st, code, true)
		if st.flushOnReset {
			st.keepFlushableLocked()
		}
	}
	s.mu.Unlock()
	s.kickQueued()
	s.drainEvents()
}

// Push sends PUSH_PROMISE on parent and returns the promised stream, in
// reserved(local) state; answer it with Respond.
func (s *Session) Push(parent *Stream, headers []hpack.HeaderField) (*Stream, error) {
	if s.client {
		return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidStream, "clients cannot push")
	}
	fields, err := checkOutbound(headers, kindPushPromise)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return nil, err
	}
	if !s.remote.EnablePush {
		return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodePushDisabled, "HTTP/2 client has disabled push streams")
	}
	if parent.localInitiated {
		return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeNestedPush, "A push stream cannot initiate another push stream.")
	}
	if parent.closeSignaled || !(parent.state == StateOpen || parent.state == StateHalfClosedRemote) {
		return nil, newError(NGHTTP2_STREAM_CLOSED, ErrCodeInvalidStream, "The stream has been destroyed")
	}
	if s.closing || s.goawayRecv {
		return nil, newError(NGHTTP2_NO_ERROR, ErrCodeGoawaySession, "New push streams cannot be created after receiving a GOAWAY")
	}
	if s.nextStreamID > maxWindow {
		return nil, newError(NGHTTP2_NO_ERROR, ErrCodeOutOfStreams, "No stream ID is available because maximum stream ID has been reached")
	}
	pr := s.newStreamLocked(s.nextStreamID, true, StateReservedLocal)
	s.nextStreamID += 2
	s.queueHeadersLocked(&headersItem{st: parent, promised: pr, fields: fields, kind: kindPushPromise})
	return pr, nil
}

// Priority sends a PRIORITY frame for st (RFC 7540 priorities; the
// engine records them for State but does not schedule by them).
func (s *Session) Priority(st *Stream, parent uint32, weight int, exclusive bool) error {
	if weight < 1 || weight > 256 {
		weight = 16
	}
	s.mu.Lock()
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if parent == st.id {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidStream, "A stream cannot depend on itself")
	}
	st.parent, st.weight, st.exclusive = parent, weight, exclusive
	id := st.id
	p := http2.PriorityParam{StreamDep: parent, Exclusive: exclusive, Weight: uint8(weight - 1)}
	s.queueControl(false, func(fr *http2.Framer) error { return fr.WritePriority(id, p) })
	return nil
}

// Settings sends new local settings; cb runs when the peer acknowledges.
func (s *Session) Settings(list []Setting, cb SettingsCallback) error {
	for _, st := range list {
		if code := validateSetting(st); code != NGHTTP2_NO_ERROR {
			return newError(code, ErrCodeInvalidSetting, "Invalid value for setting 0x%x: %d", st.ID, st.Val)
		}
	}
	s.mu.Lock()
	// kickQueued: a corked session sends it when the caller's job ends, so a destroy() right
	// after still finds it unacknowledged (Node cancels it then, and so do we).
	defer s.kickQueued()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if len(s.pendingSettings) >= s.cfg.MaxOutstandingSettings {
		return newError(NGHTTP2_NO_ERROR, ErrCodeMaxPendingSettingsAck, "Maximum number of pending settings acknowledgements")
	}
	list = append([]Setting(nil), list...)
	s.pendingSettings = append(s.pendingSettings, pendingSettings{list: list, cb: cb})
	s.queueControl(false, func(fr *http2.Framer) error { return fr.WriteSettings(toWire(list)...) })
	return nil
}

// PendingSettingsAck returns how many Settings calls await their ACK
// (Node's session.pendingSettingsAck is this > 0).
func (s *Session) PendingSettingsAck() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pendingSettings)
}

// Ping sends a PING; cb receives the round-trip time. It fails with
// ERR_HTTP2_PING_CANCEL when maxOutstandingPings are already in flight
// (cb is not called then).
func (s *Session) Ping(payload [8]byte, cb PingCallback) error {
	s.mu.Lock()
	defer s.kickQueued() // as in Settings
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if len(s.pings) >= s.cfg.MaxOutstandingPings {
		return newError(NGHTTP2_NO_ERROR, ErrCodePingCancel, "HTTP2 ping cancelled")
	}
	s.pings = append(s.pings, pendingPing{payload: payload, sent: time.Now(), cb: cb})
	s.queueControl(false, func(fr *http2.Framer) error { return fr.WritePing(false, payload) })
	return nil
}

// Goaway sends GOAWAY without closing the session (Node's
// session.goaway()). lastStreamID 0 means the last peer stream processed.
func (s *Session) Goaway(code uint32, lastStreamID uint32, opaque []byte) error {
	s.mu.Lock()
	defer s.kickWriter()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	if lastStreamID == 0 {
		lastStreamID = s.lastPeerID
	}
	s.goawaySent = true
	s.goawayLastID = lastStreamID
	opaque = append([]byte(nil), opaque...)
	s.queueControl(false, func(fr *http2.Framer) error {
		return fr.WriteGoAway(lastStreamID, http2.ErrCode(code), opaque)
	})
	return nil
}

// Close closes gracefully: GOAWAY(NO_ERROR) now, no new streams, existing
// streams finish, then the connection closes and OnClose fires.
func (s *Session) Close() {
	s.mu.Lock()
	if !s.closing && !s.destroyed {
		s.closing = true
		if !s.goawaySent {
			s.goawaySent = true
			s.goawayLastID = s.lastPeerID
			last := s.lastPeerID
			s.queueControl(false, func(fr *http2.Framer) error {
				return fr.WriteGoAway(last, http2.ErrCodeNo, nil)
			})
		}
	}
	s.mu.Unlock()
	s.kickWriter()
}

// Destroy ends the session now: GOAWAY(code) is sent if the connection
// still works, every stream closes, err (if any) is reported by OnError.
func (s *Session) Destroy(err error, code uint32) {
	s.mu.Lock()
	s.teardownLocked(err, code, true)
	s.mu.Unlock()
	s.drainEvents()
}

// Abort ends the session as if its connection had been cut under it: no GOAWAY, the
// connection is shut down and every stream closes. Node's session behaves so when a script
// destroys the socket it runs on.
func (s *Session) Abort() {
	s.mu.Lock()
	s.teardownLocked(nil, NGHTTP2_NO_ERROR, false)
	s.mu.Unlock()
	s.drainEvents()
}

// SetLocalWindowSize sets the connection-level receive window we offer.
func (s *Session) SetLocalWindowSize(n uint32) error {
	if n > maxWindow {
		return newError(NGHTTP2_FLOW_CONTROL_ERROR, ErrCodeInvalidSetting, "window size out of range")
	}
	s.mu.Lock()
	defer s.kickWriter()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	s.queueWindowUpdate(0, s.connRecv.setTarget(int64(n)))
	return nil
}

// Altsvc sends an ALTSVC frame (RFC 7838): on stream 0 with an origin, or
// on a stream with an empty origin.
func (s *Session) Altsvc(streamID uint32, origin, value string) error {
	if (streamID == 0) == (origin == "") {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeAltsvcInvalidOrigin, "HTTP/2 ALTSVC frames require a valid origin")
	}
	if len(origin)+len(value)+2 > 16382 {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeAltsvcLength, "HTTP/2 ALTSVC frames are limited to 16382 bytes")
	}
	p := make([]byte, 2, 2+len(origin)+len(value))
	binary.BigEndian.PutUint16(p, uint16(len(origin)))
	p = append(p, origin...)
	p = append(p, value...)
	s.mu.Lock()
	defer s.kickWriter()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	s.queueControl(false, func(fr *http2.Framer) error { return fr.WriteRawFrame(frameAltsvc, 0, streamID, p) })
	return nil
}

// Origin sends an ORIGIN frame (RFC 8336); only over TLS.
func (s *Session) Origin(origins []string) error {
	if !s.cfg.TLS {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidSession, "ORIGIN frames are only allowed over TLS")
	}
	var p []byte
	for _, o := range origins {
		if o == "" || o == "null" {
			return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidOrigin, "HTTP/2 ORIGIN frames require a valid origin")
		}
		p = binary.BigEndian.AppendUint16(p, uint16(len(o)))
		p = append(p, o...)
	}
	if len(p) > 16382 {
		return newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeOriginLength, "HTTP/2 ORIGIN frames are limited to 16382 bytes")
	}
	s.mu.Lock()
	defer s.kickWriter()
	defer s.mu.Unlock()
	if err := s.usableLocked(); err != nil {
		return err
	}
	s.queueControl(false, func(fr *http2.Framer) error { return fr.WriteRawFrame(frameOrigin, 0, 0, p) })
	return nil
}

// SessionState is Node's session.state.
type SessionState struct {
	EffectiveLocalWindowSize int64
	EffectiveRecvDataLength  int64
	NextStreamID             uint32
	LocalWindowSize          int64
	LastProcStreamID         uint32
	RemoteWindowSize         int64
	OutboundQueueSize        int
	DeflateDynamicTableSize  uint32
	InflateDynamicTableSize  uint32
}

// SetNextStreamID makes id the ID of the next locally initiated stream, with
// nghttp2_session_set_next_stream_id's rules: an id above 2^31-1, below the current
// next ID or of the peer's parity (clients open odd IDs, servers push on even ones)
// is ignored, and SetNextStreamID reports false.
func (s *Session) SetNextStreamID(id uint32) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	odd := id%2 == 1
	if id > maxWindow || id < s.nextStreamID || odd != s.client {
		return false
	}
	s.nextStreamID = id
	return true
}

// State returns a snapshot like Node's session.state. The HPACK table
// sizes are the negotiated maxima (hpack does not expose current use).
func (s *Session) State() SessionState {
	s.mu.Lock()
	defer s.mu.Unlock()
	return SessionState{
		EffectiveLocalWindowSize: s.connRecv.avail,
		EffectiveRecvDataLength:  s.connRecv.target - s.connRecv.avail,
		NextStreamID:             s.nextStreamID,
		LocalWindowSize:          s.connRecv.target,
		LastProcStreamID:         s.lastPeerID,
		RemoteWindowSize:         s.connSend.n,
		OutboundQueueSize:        len(s.control) + len(s.headersQ) + len(s.ready),
		DeflateDynamicTableSize:  s.remote.HeaderTableSize,
		InflateDynamicTableSize:  s.local.HeaderTableSize,
	}
}

// LocalSettings returns our settings (as acknowledged so far).
func (s *Session) LocalSettings() Settings {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.local.clone()
}

// RemoteSettings returns the peer's settings.
func (s *Session) RemoteSettings() Settings {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.remote.clone()
}

// OutBuffered returns data bytes queued on all streams, not yet written.
func (s *Session) OutBuffered() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.outBuffered
}

// RecvBuffered returns data bytes delivered but not yet Consumed.
func (s *Session) RecvBuffered() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.recvBuffered
}
