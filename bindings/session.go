package bindings

import (
	"bytes"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// ClientPreface is the connection preface a client sends (RFC 9113 §3.4).
const ClientPreface = http2.ClientPreface

// Session is one HTTP/2 connection, client or server. It owns a reader
// goroutine and, while it has something to write, a writer goroutine; every
// other piece of state is guarded by mu, so all exported methods may be
// called from any goroutine.
type Session struct {
	conn   net.Conn
	cfg    Config
	sink   SessionSink
	client bool

	// Reader side: used only by the reader goroutine, no lock needed.
	rfr  *http2.Framer
	rd   connReader
	hdec *hpack.Decoder
	blk  blockDecoder // the header block being received
	park parkState    // parking the idle reader (park_linux.go)
	// sawFirstFrame: the peer's first frame arrived (it must be SETTINGS).
	sawFirstFrame bool

	mu sync.Mutex

	// Writer side, used by the writer goroutine while holding mu.
	wbuf bytes.Buffer
	wfr  *http2.Framer
	hbuf bytes.Buffer
	henc *hpack.Encoder

	streams      map[uint32]*Stream
	nextStreamID uint32 // next locally initiated stream ID
	lastPeerID   uint32 // highest peer-initiated stream ID processed
	activeLocal  int    // locally initiated streams in open/half-closed states
	activePeer   int    // peer-initiated streams in open/half-closed states

	local           Settings // our settings (updated when acknowledged)
	remote          Settings // the peer's settings
	ackedInitWindow uint32   // our INITIAL_WINDOW_SIZE as the peer knows it
	pendingSettings []pendingSettings
	// peerSettingsSeen: the peer's first SETTINGS arrived. Until then the peer's
	// MAX_CONCURRENT_STREAMS is the assumed Config.PeerMaxConcurrentStreams.
	peerSettingsSeen bool
	pings            []pendingPing

	connRecv      inflow
	connSend      outflow
	rstQueued     int   // RST_STREAMs other than CANCEL ever queued (the reader counts its own)
	invalidFrames int   // peer frames answered with a stream error, and empty DATA frames
	recvBuffered  int64 // delivered to the sink, not yet Consumed
	outBuffered   int64 // queued by WriteData, not yet framed

	control     []ctrlFrame // connection-level frames, written first
	headersQ    []*headersItem
	ready       []*Stream // streams with data to send, round-robin
	queuedAcks  int       // frames owed to the peer not yet written
	recentReset []uint32  // ring of streams we reset; late frames are ignored (made at the first reset)
	resetPos    int

	resetTokens float64
	resetLast   time.Time

	goawaySent     bool
	goawayLastID   uint32
	goawayRecv     bool
	goawayRecvLast uint32
	closing        bool // Close called: finish streams, then hang up
	destroyed      bool // teardown started (see unparkLocked)
	// abortive: the session ends on a flood of invalid frames; the connection is closed as
	// soon as the GOAWAY is out, with no lingering read (Node destroys the socket at once, so
	// a peer still writing gets a reset within a few frames).
	abortive bool
	parked   bool // the reader is parked (park_linux.go)
	termErr  error
	termCode uint32

	events   []func(SessionSink)
	emitting bool

	// wstate runs the writer on demand (see kickWriter): an idle session has
	// no writer goroutine, which saves its stack (several KB per session).
	wstate  atomic.Int32
	corks   atomic.Int32 // Cork depth: while > 0, kickQueued only notes the work
	kickDue atomic.Bool  // kickQueued ran while corked
	running int          // the reader, and the writer until its final exit
	done    chan struct{}
	// readerDone is closed when the reader goroutine has exited; a
	// closing writer waits on it (bounded) before closing the connection.
	readerDone chan struct{}
}

type pendingSettings struct {
	list []Setting
	cb   SettingsCallback
}

type pendingPing struct {
	payload [8]byte
	sent    time.Time
	cb      PingCallback
}

// ctrlFrame is a queued connection-level frame. owed marks frames the peer
// forced us to produce (ACKs, RST_STREAM replies), which are bounded.
type ctrlFrame struct {
	write func(fr *http2.Framer) error
	owed  bool
	// reset, instead of write: a locally reset stream whose queued frames go
	// out here, then its RST_STREAM (flushResetLocked). Queued in line with
	// the control frames, so that SETTINGS queued before stay before and a
	// GOAWAY queued later cannot overtake it.
	reset *Stream
}

// headersItem is a queued HEADERS (request, response, 1xx) or
// PUSH_PROMISE. They share one FIFO so that locally initiated stream IDs
// reach the wire in increasing order, as RFC 9113 §5.1.1 requires.
type headersItem struct {
	st        *Stream
	fields    []hpack.HeaderField
	endStream bool
	kind      headerKind
	promised  *Stream     // for PUSH_PROMISE: st is the parent
	priority  *priorityOp // for requests
}

type priorityOp struct {
	parent    uint32
	weight    int
	exclusive bool
}

func newSession(conn net.Conn, cfg Config, sink SessionSink, client bool) *Session {
	cfg.fillDefaults(client)
	if sink == nil {
		sink = NopSink{}
	}
	s := &Session{
		conn:            conn,
		cfg:             cfg,
		sink:            sink,
		client:          client,
		streams:         make(map[uint32]*Stream),
		local:           cfg.Settings.clone(),
		remote:          DefaultSettings(),
		ackedInitWindow: defaultInitialWindow,
		connRecv:        newInflow(defaultInitialWindow),
		connSend:        outflow{n: defaultInitialWindow},
		resetTokens:     float64(cfg.StreamResetBurst),
		resetLast:       time.Now(),
		done:            make(chan struct{}),
		readerDone:      make(chan struct{}),
		running:         2,
	}
	s.remote.MaxConcurrentStreams = cfg.PeerMaxConcurrentStreams
	if client {
		s.nextStreamID = 1
	} else {
		s.nextStreamID = 2
	}
	// The decoder starts with the protocol default table size; ours applies
	// once the peer acknowledged it. Header blocks are decoded by us, not the
	// Framer (headerblock.go); its MaxHeaderListSize is our limit for them.
	s.hdec = hpack.NewDecoder(defaultHeaderTableSize, nil)
	s.rd.conn = conn
	s.initPark(conn)
	// Framer -> continuation-flood guard -> pooled read buffer -> conn; the
	// guard passes the Framer's read sizes through, which connReader relies on.
	s.rfr = http2.NewFramer(nil, &continuationGuard{r: &s.rd, limit: func() int { return continuationLimit(s.rfr.MaxHeaderListSize) }})
	s.rfr.MaxHeaderListSize = headerListLimitFor(cfg.Settings.MaxHeaderListSize)
	s.rfr.SetMaxReadFrameSize(max(cfg.Settings.MaxFrameSize, defaultMaxFrameSize))
	s.wfr = http2.NewFramer(&s.wbuf, nil)
	s.henc = hpack.NewEncoder(&s.hbuf)

	initial := cfg.Settings.initialSettings()
	s.pendingSettings = append(s.pendingSettings, pendingSettings{list: initial})
	s.control = append(s.control, ctrlFrame{write: func(fr *http2.Framer) error {
		return fr.WriteSettings(toWire(initial)...)
	}})
	return s
}

// NewServerSession starts a server session on conn. The caller has done
// any TLS handshake; the client preface is read by the reader goroutine.
func NewServerSession(conn net.Conn, cfg Config, sink SessionSink) *Session {
	s := newSession(conn, cfg, sink, false)
	s.start()
	return s
}

// NewClientSession starts a client session on conn, sending the preface
// and our SETTINGS.
func NewClientSession(conn net.Conn, cfg Config, sink SessionSink) *Session {
	s := newSession(conn, cfg, sink, true)
	s.wbuf.WriteString(ClientPreface)
	s.start()
	return s
}

func (s *Session) start() {
	go s.readLoop()
	s.kickWriter() // our SETTINGS (and a client's preface)
}

// IsClient reports whether this is the client end.
func (s *Session) IsClient() bool { return s.client }

// Done is closed after OnClose was delivered and both goroutines exited.
func (s *Session) Done() <-chan struct{} { return s.done }

// Writer states (Session.wstate).
const (
	writerIdle    = iota // no writer goroutine
	writerRunning        // a writer goroutine is framing or writing
	writerKicked         // running, and kicked since it last looked at the queues
	writerDone           // the writer made its final exit: no writer ever again
)

// kickWriter makes sure a writer goroutine looks at the queues after this
// call, without blocking: it starts one when none runs, or tells the running
// one to look again before it exits. An idle session has no writer
// goroutine at all: a parked one would pin its stack for as long as the
// connection stays open, and the cost of starting one per batch is about
// that of waking a parked one.
func (s *Session) kickWriter() {
	for {
		switch s.wstate.Load() {
		case writerIdle:
			if s.wstate.CompareAndSwap(writerIdle, writerRunning) {
				go s.writeLoop()
				return
			}
		case writerRunning:
			if s.wstate.CompareAndSwap(writerRunning, writerKicked) {
				return
			}
		default: // already kicked, or finished
			return
		}
	}
}

// kickQueued wakes the writer for work queued by an API call (a response, a
// DATA chunk, a request, flow-control credit) unless the session is corked;
// then Uncork wakes it once for everything queued meanwhile.
func (s *Session) kickQueued() {
	if s.corks.Load() > 0 {
		s.kickDue.Store(true)
		if s.corks.Load() > 0 {
			return // Uncork will see kickDue
		}
	}
	s.kickWriter()
}

// Cork holds back the writer wake-ups of Request, Respond, WriteData,
// SendTrailers, SendInfoHeaders, Push, Priority, ResetStream and
// Stream.Consumed until the matching Uncork, so that what one turn of the
// caller's event loop queues (ten responses, each HEADERS + DATA) is framed
// in one batch and leaves in one conn.Write instead of waking the writer
// goroutine per call. Control frames (SETTINGS, PING, GOAWAY, ACKs) are
// never held. Calls nest; every Cork needs an Uncork.
func (s *Session) Cork() { s.corks.Add(1) }

// Uncork ends a Cork; the last one wakes the writer if work was queued.
func (s *Session) Uncork() {
	if s.corks.Add(-1) == 0 && s.kickDue.Swap(false) {
		s.kickWriter()
	}
}

// emit queues an event; mu must be held. Delivery happens in drainEvents.
func (s *Session) emit(ev func(SessionSink)) {
	s.events = append(s.events, ev)
}

// drainEvents delivers queued events outside the lock. Only one goroutine
// delivers at a time (emitting); others leave their events to it, which
// keeps the order and lets a sink call Session methods re-entrantly.
func (s *Session) drainEvents() {
	s.mu.Lock()
	if s.emitting {
		s.mu.Unlock()
		return
	}
	s.emitting = true
	for len(s.events) > 0 {
		evs := s.events
		s.events = nil
		s.mu.Unlock()
		for _, ev := range evs {
			ev(s.sink)
		}
		s.mu.Lock()
	}
	s.emitting = false
	s.mu.Unlock()
}

// queueControl appends a connection-level frame; mu must be held. It
// returns false if the peer made us owe too many frames (a flood), in which
// case the session is being torn down.
func (s *Session) queueControl(owed bool, w func(fr *http2.Framer) error) bool {
	if owed {
		if s.queuedAcks >= s.cfg.MaxQueuedControlFrames {
			s.teardownLocked(newError(NGHTTP2_ENHANCE_YOUR_CALM, ErrCodeFlooded, "Flooding was detected in this HTTP/2 session, and it must be closed"), NGHTTP2_ENHANCE_YOUR_CALM, true)
			return false
		}
		s.queuedAcks++
	}
	s.control = append(s.control, ctrlFrame{write: w, owed: owed})
	return true
}

// queueRST sends RST_STREAM for id.
func (s *Session) queueRST(id, code uint32, owed bool) {
	if code != NGHTTP2_CANCEL {
		s.rstQueued++
	}
	s.queueRSTFrame(id, code, owed)
}

// queueRSTFrame queues a RST_STREAM that does not count towards the invalid frames (see
// rstQueued): the answer to a late frame on a stream closed long ago.
func (s *Session) queueRSTFrame(id, code uint32, owed bool) {
	s.queueControl(owed, func(fr *http2.Framer) error {
		return fr.WriteRSTStream(id, http2.ErrCode(code))
	})
}

func (s *Session) queueWindowUpdate(id, inc uint32) {
	if inc == 0 {
		return
	}
	s.queueControl(false, func(fr *http2.Framer) error {
		return fr.WriteWindowUpdate(id, inc)
	})
}

// queueHeadersLocked appends a header block to headersQ; mu must be held.
func (s *Session) queueHeadersLocked(h *headersItem) {
	if h.promised == nil {
		h.st.hdrItems++
	}
	s.headersQ = append(s.headersQ, h)
}

// newStreamLocked registers a stream in state st0.
func (s *Session) newStreamLocked(id uint32, local bool, st0 StreamState) *Stream {
	st := &Stream{
		s:              s,
		id:             id,
		state:          st0,
		localInitiated: local,
		weight:         16,
		contentLen:     -1,
		recv:           newInflow(s.ackedInitWindow),
		send:           outflow{n: int64(s.remote.InitialWindowSize)},
	}
	s.streams[id] = st
	s.countOpen(st)
	return st
}

// countOpen keeps the concurrency counters: RFC 9113 §5.1.2 counts streams
// that are open or half-closed.
func (s *Session) countOpen(st *Stream) {
	switch st.state {
	case StateOpen, StateHalfClosedLocal, StateHalfClosedRemote:
	default:
		return
	}
	if st.localInitiated {
		s.activeLocal++
	} else {
		s.activePeer++
	}
}

func (s *Session) uncountOpen(st *Stream, prev StreamState) {
	switch prev {
	case StateOpen, StateHalfClosedLocal, StateHalfClosedRemote:
	default:
		return
	}
	if st.localInitiated {
		s.activeLocal--
	} else {
		s.activePeer--
	}
}

// setStateLocked moves a reserved stream into a counted state.
func (s *Session) setStateLocked(st *Stream, ns StreamState) {
	st.state = ns
	s.countOpen(st)
}

// closeStreamLocked moves st to closed. sendRST queues RST_STREAM(code)
// when the peer knows the stream. It is idempotent.
func (s *Session) closeStreamLocked(st *Stream, code uint32, sendRST bool) {
	if st.closeSignaled {
		return
	}
	prev := st.state
	st.state = StateClosed
	st.rstCode = code
	st.closeSignaled = true
	s.uncountOpen(st, prev)
	if sendRST && (st.headersSent || st.promiseSent || !st.localInitiated) && !s.destroyed {
		if st.flushOnReset {
			// The writer sends the stream's queued frames, then the RST_STREAM
			// (flushResetLocked). Not counted in rstQueued: the peer did not cause it.
			s.control = append(s.control, ctrlFrame{reset: st})
		} else {
			s.queueRST(st.id, code, !st.localInitiated)
		}
		if s.recentReset == nil {
			s.recentReset = make([]uint32, recentResets)
		}
		s.recentReset[s.resetPos] = st.id
		s.resetPos = (s.resetPos + 1) % len(s.recentReset)
	}
	s.outBuffered -= st.outBuffered
	st.outBuffered = 0
	if !st.flushOnReset || s.destroyed {
		st.flushOnReset = false
		st.out = nil
	}
	delete(s.streams, st.id)
	s.emit(func(k SessionSink) { k.OnStreamClose(st, code) })
	if s.closing && len(s.streams) == 0 {
		s.kickWriter()
	}
}

// streamDoneLocked closes a stream that ended normally on both sides.
func (s *Session) streamDoneLocked(st *Stream) {
	s.closeStreamLocked(st, NGHTTP2_NO_ERROR, false)
}

// recentResets is how many streams we reset are remembered (wasRecentlyReset).
const recentResets = 64

func (s *Session) wasRecentlyReset(id uint32) bool {
	for _, r := range s.recentReset {
		if r == id {
			return true
		}
	}
	return false
}

// isPeerID reports whether id is of the parity the peer initiates.
func (s *Session) isPeerID(id uint32) bool {
	if s.client {
		return id%2 == 0
	}
	return id%2 == 1
}

// idleLocked reports whether a stream ID was never used (RFC 9113 §5.1.1):
// frames other than PRIORITY on an idle stream are a connection error.
func (s *Session) idleLocked(id uint32) bool {
	if s.isPeerID(id) {
		return id > s.lastPeerID
	}
	return id >= s.nextStreamID
}

// teardownLocked starts destroying the session: optionally queue
// GOAWAY(code), then the writer flushes the control queue and closes the
// connection, which ends the reader; the last goroutine out delivers the
// final events.
func (s *Session) teardownLocked(err error, code uint32, goaway bool) {
	if s.destroyed {
		return
	}
	s.destroyed = true
	s.termErr = err
	s.termCode = code
	if goaway && !s.goawaySent {
		s.goawaySent = true
		last := s.lastPeerID
		s.control = append(s.control, ctrlFrame{write: func(fr *http2.Framer) error {
			return fr.WriteGoAway(last, http2.ErrCode(code), nil)
		}})
	}
	// A peer that stopped reading must not keep the writer alive.
	_ = s.conn.SetWriteDeadline(time.Now().Add(time.Second))
	s.unparkLocked() // a parked reader must run to see this and exit
	s.kickWriter()
}

// lingerTime bounds how long a session that hangs up waits, after sending
// its last frames and shutting down its write side, for the peer to close
// the connection, discarding what the peer still sends meanwhile.
const lingerTime = 500 * time.Millisecond

// closeConn closes the connection from the writer goroutine once its last
// frames are written. Closing a socket that still has unread input makes
// the kernel send a TCP RST, and an RST can destroy the GOAWAY we just
// wrote before the peer reads it (h2spec 3.5/2 sees "connection reset by
// peer"). So, like nghttp2 and Go's servers, shut down the write side
// first (FIN, or TLS close_notify), let the reader drain the input, and
// close only when the peer closed too or lingerTime passed.
func (s *Session) closeConn() {
	s.mu.Lock()
	abortive := s.abortive
	s.mu.Unlock()
	if abortive {
		s.conn.Close()
		return
	}
	if cw, ok := s.conn.(interface{ CloseWrite() error }); ok && cw.CloseWrite() == nil {
		t := time.NewTimer(lingerTime)
		select {
		case <-s.readerDone:
		case <-t.C:
		}
		t.Stop()
	}
	s.conn.Close()
}

// discardInput is the reader's last act: read and drop whatever the peer
// still sends until it closes, the connection is closed by the writer, or
// lingerTime passes (see closeConn).
func (s *Session) discardInput() {
	_ = s.conn.SetReadDeadline(time.Now().Add(lingerTime))
	_, _ = io.Copy(io.Discard, io.LimitReader(s.conn, 4<<20))
}

// goroutineDone is called by the reader and the writer when they exit.
func (s *Session) goroutineDone() {
	s.mu.Lock()
	s.running--
	last := s.running == 0
	if last {
		s.finishLocked()
	}
	s.mu.Unlock()
	if last {
		s.drainEvents()
		close(s.done)
	}
}

// finishLocked closes what is left and queues the final events.
func (s *Session) finishLocked() {
	code := s.termCode
	if code == NGHTTP2_NO_ERROR {
		code = NGHTTP2_CANCEL
	}
	// The session's error goes first, so the JS layer can end the open streams with it (Node
	// destroys them with the session's error before the session itself reports it).
	if err := s.termErr; err != nil {
		s.emit(func(k SessionSink) { k.OnError(err) })
	}
	for _, st := range s.streams {
		s.closeStreamLocked(st, code, false)
	}
	for _, p := range s.pings {
		cb := p.cb
		payload := p.payload
		s.emit(func(SessionSink) {
			if cb != nil {
				cb(0, payload, newError(NGHTTP2_CANCEL, ErrCodePingCancel, "HTTP2 ping cancelled"))
			}
		})
	}
	s.pings = nil
	for _, p := range s.pendingSettings {
		cb := p.cb
		if cb != nil {
			s.emit(func(SessionSink) {
				cb(newError(NGHTTP2_CANCEL, ErrCodeSessionError, "session closed before SETTINGS were acknowledged"))
			})
		}
	}
	s.pendingSettings = nil
	s.emit(func(k SessionSink) { k.OnClose() })
}
