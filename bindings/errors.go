package bindings

import (
	"fmt"

	"golang.org/x/net/http2"
)

// HTTP/2 error codes (RFC 9113 §7), named as in nghttp2 so the JS layer can
// expose them unchanged in http2.constants.
const (
	NGHTTP2_NO_ERROR            uint32 = 0x0
	NGHTTP2_PROTOCOL_ERROR      uint32 = 0x1
	NGHTTP2_INTERNAL_ERROR      uint32 = 0x2
	NGHTTP2_FLOW_CONTROL_ERROR  uint32 = 0x3
	NGHTTP2_SETTINGS_TIMEOUT    uint32 = 0x4
	NGHTTP2_STREAM_CLOSED       uint32 = 0x5
	NGHTTP2_FRAME_SIZE_ERROR    uint32 = 0x6
	NGHTTP2_REFUSED_STREAM      uint32 = 0x7
	NGHTTP2_CANCEL              uint32 = 0x8
	NGHTTP2_COMPRESSION_ERROR   uint32 = 0x9
	NGHTTP2_CONNECT_ERROR       uint32 = 0xa
	NGHTTP2_ENHANCE_YOUR_CALM   uint32 = 0xb
	NGHTTP2_INADEQUATE_SECURITY uint32 = 0xc
	NGHTTP2_HTTP_1_1_REQUIRED   uint32 = 0xd
)

// Node-style error code strings carried by *Error.
const (
	ErrCodeSessionError          = "ERR_HTTP2_SESSION_ERROR"
	ErrCodeStreamError           = "ERR_HTTP2_STREAM_ERROR"
	ErrCodePingCancel            = "ERR_HTTP2_PING_CANCEL"
	ErrCodePingLength            = "ERR_HTTP2_PING_LENGTH"
	ErrCodeGoawaySession         = "ERR_HTTP2_GOAWAY_SESSION"
	ErrCodeInvalidStream         = "ERR_HTTP2_INVALID_STREAM"
	ErrCodeInvalidSession        = "ERR_HTTP2_INVALID_SESSION"
	ErrCodeOutOfStreams          = "ERR_HTTP2_OUT_OF_STREAMS"
	ErrCodeMaxPendingSettingsAck = "ERR_HTTP2_MAX_PENDING_SETTINGS_ACK"
	ErrCodeHeadersSent           = "ERR_HTTP2_HEADERS_SENT"
	ErrCodeInvalidHeader         = "ERR_HTTP2_INVALID_HEADER_VALUE"
	ErrCodeInvalidPseudoHeader   = "ERR_HTTP2_INVALID_PSEUDOHEADER"
	ErrCodeInvalidConnHeaders    = "ERR_HTTP2_INVALID_CONNECTION_HEADERS"
	ErrCodePushDisabled          = "ERR_HTTP2_PUSH_DISABLED"
	ErrCodeNestedPush            = "ERR_HTTP2_NESTED_PUSH"
	ErrCodeTrailersNotReady      = "ERR_HTTP2_TRAILERS_NOT_READY"
	ErrCodeTrailersAlreadySent   = "ERR_HTTP2_TRAILERS_ALREADY_SENT"
	ErrCodeStreamClosed          = "ERR_HTTP2_INVALID_STREAM" // writes on a closed stream
	ErrCodeInvalidInfoStatus     = "ERR_HTTP2_INVALID_INFO_STATUS"
	ErrCodeInvalidOrigin         = "ERR_HTTP2_INVALID_ORIGIN"
	ErrCodeOriginLength          = "ERR_HTTP2_ORIGIN_LENGTH"
	ErrCodeAltsvcInvalidOrigin   = "ERR_HTTP2_ALTSVC_INVALID_ORIGIN"
	ErrCodeAltsvcLength          = "ERR_HTTP2_ALTSVC_LENGTH"
	ErrCodeInvalidSetting        = "ERR_HTTP2_INVALID_SETTING_VALUE"
	ErrCodeSocketUnbound         = "ERR_HTTP2_SOCKET_UNBOUND"
	ErrCodeStreamCancel          = "ERR_HTTP2_STREAM_CANCEL"
	ErrCodeInvalidPreface        = "ERR_HTTP2_ERROR"
	ErrCodeFlooded               = "ERR_HTTP2_ERROR" // NGHTTP2_ERR_FLOODED as Node reports it
	ErrCodeMaxSessionMemory      = "ERR_HTTP2_SESSION_ERROR"
	ErrCodeTooManyInvalidFrames  = "ERR_HTTP2_TOO_MANY_INVALID_FRAMES"
)

// Error is the error type of the engine. Code is the HTTP/2 error code that
// was (or would be) sent on the wire; NodeCode is the `code` property the JS
// layer gives the Error object it builds from this one.
type Error struct {
	Code     uint32
	NodeCode string
	Msg      string
}

func (e *Error) Error() string {
	if e.Msg != "" {
		return e.Msg
	}
	return fmt.Sprintf("%s: %s", e.NodeCode, ErrCodeName(e.Code))
}

func newError(code uint32, nodeCode, format string, args ...any) *Error {
	return &Error{Code: code, NodeCode: nodeCode, Msg: fmt.Sprintf(format, args...)}
}

// sessionError builds the error reported when the session dies with code.
// The message mirrors Node's "Session closed with error code N".
func sessionError(code uint32) *Error {
	return newError(code, ErrCodeSessionError, "Session closed with error code %d", code)
}

// streamError builds the error reported for a stream closed with code.
func streamError(code uint32) *Error {
	return newError(code, ErrCodeStreamError, "Stream closed with error code %s", ErrCodeName(code))
}

// ErrCodeName returns nghttp2's name for an HTTP/2 error code.
func ErrCodeName(code uint32) string {
	names := [...]string{
		"NGHTTP2_NO_ERROR", "NGHTTP2_PROTOCOL_ERROR", "NGHTTP2_INTERNAL_ERROR",
		"NGHTTP2_FLOW_CONTROL_ERROR", "NGHTTP2_SETTINGS_TIMEOUT", "NGHTTP2_STREAM_CLOSED",
		"NGHTTP2_FRAME_SIZE_ERROR", "NGHTTP2_REFUSED_STREAM", "NGHTTP2_CANCEL",
		"NGHTTP2_COMPRESSION_ERROR", "NGHTTP2_CONNECT_ERROR", "NGHTTP2_ENHANCE_YOUR_CALM",
		"NGHTTP2_INADEQUATE_SECURITY", "NGHTTP2_HTTP_1_1_REQUIRED",
	}
	if int(code) < len(names) {
		return names[code]
	}
	return fmt.Sprintf("unknown error code 0x%x", code)
}

// connError is an internal signal from frame processing: the session must be
// torn down with GOAWAY(code).
type connError struct {
	code   uint32
	reason string
}

func (e connError) Error() string {
	return fmt.Sprintf("connection error %s: %s", ErrCodeName(e.code), e.reason)
}

func protoErr(reason string) error { return connError{NGHTTP2_PROTOCOL_ERROR, reason} }

// fromFramerCode converts x/net's ErrCode.
func fromFramerCode(c http2.ErrCode) uint32 { return uint32(c) }
