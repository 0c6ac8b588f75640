package bindings

import (
	"time"

	"golang.org/x/net/http2/hpack"
)

// HeadersCategory tells what a received header block is, the way Node
// distinguishes 'stream'/'response'/'headers'/'push'/'trailers'.
type HeadersCategory int

const (
	// CategoryRequest is a request received by a server; it is how a
	// peer-initiated stream first appears.
	CategoryRequest HeadersCategory = iota
	// CategoryResponse is a final (non-1xx) response received by a client.
	CategoryResponse
	// CategoryInformational is a 1xx response.
	CategoryInformational
	// CategoryPushResponse is the response on a pushed stream.
	CategoryPushResponse
	// CategoryTrailers is a trailing header block; it always ends the stream.
	CategoryTrailers
)

func (c HeadersCategory) String() string {
	switch c {
	case CategoryRequest:
		return "request"
	case CategoryResponse:
		return "response"
	case CategoryInformational:
		return "informational"
	case CategoryPushResponse:
		return "push-response"
	case CategoryTrailers:
		return "trailers"
	}
	return "unknown"
}

// HeadersInfo accompanies a received header block.
type HeadersInfo struct {
	Category  HeadersCategory
	EndStream bool
}

// SessionSink receives every event of a Session.
//
// Calls are serialized (never two at once for one session), happen in the
// exact order the engine produced the events (the order frames were read,
// written or methods were called), and are never made while the session
// lock is held, so a sink may call back into Session and Stream methods.
// They may run on the session's reader or writer goroutine or on the
// goroutine of a Session method call; a sink for an event loop should just
// queue the event and return.
type SessionSink interface {
	// OnRemoteSettings reports a SETTINGS frame from the peer (already
	// applied and acknowledged) with the peer's full settings.
	OnRemoteSettings(s Settings)
	// OnLocalSettingsAck reports that the peer acknowledged our SETTINGS;
	// s is our full local settings after the change.
	OnLocalSettingsAck(s Settings)
	// OnPing reports a PING received from the peer (the ACK is automatic).
	OnPing(payload [8]byte)
	// OnGoaway reports a GOAWAY from the peer.
	OnGoaway(code uint32, lastStreamID uint32, opaque []byte)
	// OnAltsvc reports an ALTSVC frame (client side only).
	OnAltsvc(streamID uint32, origin, value string)
	// OnOrigin reports an ORIGIN frame (client side only).
	OnOrigin(origins []string)
	// OnFrameError reports a frame that could not be sent, e.g. because
	// its stream was closed before the writer got to it.
	OnFrameError(frameType uint8, code uint32, streamID uint32)
	// OnStreamHeaders reports a header block. The slice is owned by the
	// receiver.
	OnStreamHeaders(st *Stream, headers []hpack.HeaderField, info HeadersInfo)
	// OnStreamData reports DATA; data is owned by the receiver. The
	// receiver must call st.Consumed(len(data)) once it processed it, or
	// the peer stalls. endStream with empty data marks the end of input.
	OnStreamData(st *Stream, data []byte, endStream bool)
	// OnStreamPush reports a PUSH_PROMISE (client side): promised is a new
	// stream in reserved(remote) state.
	OnStreamPush(parent, promised *Stream, headers []hpack.HeaderField)
	// OnStreamReset reports an RST_STREAM received from the peer; an
	// OnStreamClose follows.
	OnStreamReset(st *Stream, code uint32)
	// OnStreamWantTrailers asks for SendTrailers (stream opened with
	// waitForTrailers and all data was written).
	OnStreamWantTrailers(st *Stream)
	// OnStreamWritten reports that a chunk queued with WriteData, n bytes,
	// was written to the connection in full (chunks in queue order); JS
	// write callbacks and 'drain' hang on it. A chunk is reported once, not
	// per DATA frame: a 1 MB chunk is 64 frames, and each report is a call
	// into JS.
	OnStreamWritten(st *Stream, n int)
	// OnStreamClose is the last event of a stream; code is its RST code
	// (NO_ERROR for a clean close).
	OnStreamClose(st *Stream, code uint32)
	// OnError reports the error that ends the session (before OnClose).
	OnError(err error)
	// OnClose is the last event of the session: the connection is closed
	// and all its goroutines are exiting.
	OnClose()
}

// PingCallback receives a PING round trip result.
type PingCallback func(rtt time.Duration, payload [8]byte, err error)

// SettingsCallback is called when a Settings call is acknowledged (err nil)
// or the session ended first.
type SettingsCallback func(err error)

// NopSink implements SessionSink doing nothing except consuming data so
// that the flow-control windows keep moving. Embed it to implement only
// some events.
type NopSink struct{}

func (NopSink) OnRemoteSettings(Settings)                                 {}
func (NopSink) OnLocalSettingsAck(Settings)                               {}
func (NopSink) OnPing([8]byte)                                            {}
func (NopSink) OnGoaway(uint32, uint32, []byte)                           {}
func (NopSink) OnAltsvc(uint32, string, string)                           {}
func (NopSink) OnOrigin([]string)                                         {}
func (NopSink) OnFrameError(uint8, uint32, uint32)                        {}
func (NopSink) OnStreamHeaders(*Stream, []hpack.HeaderField, HeadersInfo) {}
func (NopSink) OnStreamData(st *Stream, data []byte, _ bool)              { st.Consumed(len(data)) }
func (NopSink) OnStreamPush(*Stream, *Stream, []hpack.HeaderField)        {}
func (NopSink) OnStreamReset(*Stream, uint32)                             {}
func (NopSink) OnStreamWantTrailers(*Stream)                              {}
func (NopSink) OnStreamWritten(*Stream, int)                              {}
func (NopSink) OnStreamClose(*Stream, uint32)                             {}
func (NopSink) OnError(error)                                             {}
func (NopSink) OnClose()                                                  {}
