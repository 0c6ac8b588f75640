package bindings

import "golang.org/x/net/http2/hpack"

// StreamState is a stream's RFC 9113 §5.1 state. The numeric values are
// nghttp2's (NGHTTP2_STREAM_STATE_*), which Node exposes in
// http2.constants.
type StreamState int

const (
	StateIdle             StreamState = 1
	StateOpen             StreamState = 2
	StateReservedLocal    StreamState = 3
	StateReservedRemote   StreamState = 4
	StateHalfClosedLocal  StreamState = 5
	StateHalfClosedRemote StreamState = 6
	StateClosed           StreamState = 7
)

func (s StreamState) String() string {
	switch s {
	case StateIdle:
		return "idle"
	case StateOpen:
		return "open"
	case StateReservedLocal:
		return "reserved (local)"
	case StateReservedRemote:
		return "reserved (remote)"
	case StateHalfClosedLocal:
		return "half-closed (local)"
	case StateHalfClosedRemote:
		return "half-closed (remote)"
	case StateClosed:
		return "closed"
	}
	return "invalid"
}

// outChunk is one WriteData call waiting for flow-control window, or a
// trailers block that must follow all data.
type outChunk struct {
	data      []byte
	sent      int // bytes of data already framed (data is resliced past them)
	end       bool
	trailers  []hpack.HeaderField // a trailers block (always ends the stream)
	isTrailer bool
}

// Stream is one HTTP/2 stream of a Session. All fields are guarded by the
// session's mutex; use the methods.
type Stream struct {
	s  *Session
	id uint32

	// UserData is free for the layer above (jsapi keeps its JS object
	// here). The engine never touches it.
	UserData any

	state          StreamState
	rstCode        uint32
	localInitiated bool
	weight         int // 1..256
	parent         uint32
	exclusive      bool

	// Inbound side.
	recv         inflow
	recvBuffered int64 // delivered to the sink, not yet Consumed
	gotHeaders   bool  // request (server) or final response (client) seen
	contentLen   int64 // declared content-length, -1 if none
	recvLen      int64

	// Outbound side.
	send          outflow
	out           []outChunk
	outBuffered   int64 // bytes in out, not yet framed
	headersQueued bool  // initial HEADERS (or response) queued
	headersSent   bool  // own HEADERS written: DATA may follow
	promiseSent   bool  // PUSH_PROMISE written: the peer knows the stream
	wantTrailers  bool  // raise OnStreamWantTrailers instead of END_STREAM
	endQueued     bool  // the local side's end is queued
	trailersAsked bool
	trailersSent  bool
	inReady       bool // linked in the writer's ready list
	closeSignaled bool // OnStreamClose queued

	// A local reset (Session.ResetStream) does not throw away what was
	// already handed to the engine: like nghttp2 under Node, the header
	// blocks and DATA queued before the reset go out first, as far as the
	// flow-control windows allow at that moment, and the RST_STREAM follows
	// them (see Session.flushResetLocked).
	hdrItems     int  // items of this stream (responses, 1xx) waiting in headersQ
	flushOnReset bool // reset locally with frames still queued: the writer sends them, then RST
	resetRemote  bool // the peer's side was already closed when it was reset
	endWritten   bool // END_STREAM went out while flushing
}

// ID returns the stream identifier.
func (st *Stream) ID() uint32 { return st.id }

// Session returns the stream's session.
func (st *Stream) Session() *Session { return st.s }

// RSTCode returns the code the stream was reset with (valid once closed).
func (st *Stream) RSTCode() uint32 {
	st.s.mu.Lock()
	defer st.s.mu.Unlock()
	return st.rstCode
}

// StreamStateInfo is stream.state in Node.
type StreamStateInfo struct {
	LocalWindowSize     int64
	State               StreamState
	LocalClose          bool
	RemoteClose         bool
	SumDependencyWeight int
	Weight              int
}

// State returns a snapshot like Node's stream.state.
func (st *Stream) State() StreamStateInfo {
	s := st.s
	s.mu.Lock()
	defer s.mu.Unlock()
	sum := 0
	for _, o := range s.streams {
		if o.parent == st.id {
			sum += o.weight
		}
	}
	return StreamStateInfo{
		LocalWindowSize:     st.recv.avail,
		State:               st.state,
		LocalClose:          st.localClosed(),
		RemoteClose:         st.remoteClosed(),
		SumDependencyWeight: sum,
		Weight:              st.weight,
	}
}

// BufferedAmount returns outbound bytes queued with WriteData that are not
// yet written: the JS layer compares it with its highWaterMark.
func (st *Stream) BufferedAmount() int64 {
	st.s.mu.Lock()
	defer st.s.mu.Unlock()
	return st.outBuffered
}

// Consumed tells the engine the consumer processed n bytes of DATA from
// this stream, returning their flow-control credit to the peer.
func (st *Stream) Consumed(n int) {
	if n <= 0 {
		return
	}
	s := st.s
	s.mu.Lock()
	s.consumedLocked(st, int64(n))
	s.mu.Unlock()
	s.kickQueued()
}

func (st *Stream) localClosed() bool {
	switch st.state {
	case StateHalfClosedLocal, StateClosed, StateReservedRemote:
		return true
	}
	return false
}

func (st *Stream) remoteClosed() bool {
	switch st.state {
	case StateHalfClosedRemote, StateClosed, StateReservedLocal:
		return true
	}
	return false
}

// canReceiveData reports whether DATA and non-trailer HEADERS may arrive.
func (st *Stream) remoteOpen() bool {
	return st.state == StateOpen || st.state == StateHalfClosedLocal
}

// closeLocalSide is the transition for sending END_STREAM.
// It returns true when the stream is now closed; the caller must then call
// streamDoneLocked, which makes the move to StateClosed itself: the
// open-stream counters are keyed on the state the stream leaves, so the
// state must still be half-closed when closeStreamLocked runs.
func (st *Stream) closeLocalSide() bool {
	switch st.state {
	case StateOpen:
		st.state = StateHalfClosedLocal
	case StateHalfClosedRemote:
		return true
	}
	return false
}

// closeRemoteSide is the transition for receiving END_STREAM; see
// closeLocalSide for the true result.
func (st *Stream) closeRemoteSide() bool {
	switch st.state {
	case StateOpen:
		st.state = StateHalfClosedRemote
	case StateHalfClosedLocal:
		return true
	}
	return false
}

// keepFlushableLocked copies the DATA a reset stream may still send (no more
// than its send window holds: that cannot grow once it is closed) out of the
// caller's buffers: WriteData does not copy them, and the closed stream's
// write callbacks hand them back to the caller before the writer frames
// them. What is beyond the window is dropped now, with what follows it.
func (st *Stream) keepFlushableLocked() {
	room := st.send.available()
	for i := range st.out {
		c := &st.out[i]
		if c.isTrailer {
			continue
		}
		if n := int64(len(c.data)); n > room {
			c.data = append([]byte(nil), c.data[:room]...)
			c.end = false // not all of it can go, so neither can the end
			clear(st.out[i+1:])
			st.out = st.out[:i+1]
			return
		}
		room -= int64(len(c.data))
		c.data = append([]byte(nil), c.data...)
	}
}
