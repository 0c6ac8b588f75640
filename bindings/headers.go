package bindings

import (
	"strconv"
	"strings"

	"golang.org/x/net/http2/hpack"
)

// headerKind selects the pseudo-header rules for a header block.
type headerKind int

const (
	kindRequest headerKind = iota
	kindResponse
	kindInformational
	kindTrailers
	kindPushPromise
)

// connection-specific fields are forbidden in HTTP/2 (RFC 9113 §8.2.2).
var connectionHeaders = map[string]bool{
	"connection":        true,
	"keep-alive":        true,
	"proxy-connection":  true,
	"transfer-encoding": true,
	"upgrade":           true,
	"http2-settings":    true,
}

// checkInbound validates a received header block (the framer already
// rejected bad field names, pseudo-after-regular, duplicate and unknown
// pseudo-headers). It returns NO_ERROR or the stream error code, plus the
// declared content-length (-1 if absent).
func checkInbound(fields []hpack.HeaderField, kind headerKind, maxPairs int, connectProto bool) (uint32, int64) {
	if len(fields) > maxPairs {
		return NGHTTP2_ENHANCE_YOUR_CALM, -1
	}
	var method, scheme, path, authority, protocol, status string
	var hasMethod, hasScheme, hasPath, hasAuthority, hasProtocol, hasStatus, hasHost bool
	clen := int64(-1)
	for _, f := range fields {
		if f.IsPseudo() {
			switch f.Name {
			case ":method":
				method, hasMethod = f.Value, true
			case ":scheme":
				scheme, hasScheme = f.Value, true
			case ":path":
				path, hasPath = f.Value, true
			case ":authority":
				authority, hasAuthority = f.Value, true
			case ":protocol":
				protocol, hasProtocol = f.Value, true
			case ":status":
				status, hasStatus = f.Value, true
			default:
				return NGHTTP2_PROTOCOL_ERROR, -1
			}
			continue
		}
		if connectionHeaders[f.Name] {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
		if f.Name == "te" && f.Value != "trailers" {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
		hasHost = hasHost || f.Name == "host"
		if f.Name == "content-length" {
			n, err := strconv.ParseInt(f.Value, 10, 64)
			if err != nil || n < 0 || (clen >= 0 && clen != n) {
				return NGHTTP2_PROTOCOL_ERROR, -1
			}
			clen = n
		}
	}
	_ = scheme
	_ = authority
	_ = protocol
	switch kind {
	case kindRequest, kindPushPromise:
		if hasStatus || !hasMethod || !isToken(method) {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
		if method == "CONNECT" && !(hasProtocol && connectProto) {
			// Plain CONNECT: only :method and :authority (RFC 9113 §8.5).
			if hasScheme || hasPath || !hasAuthority || hasProtocol {
				return NGHTTP2_PROTOCOL_ERROR, -1
			}
			break
		}
		if hasProtocol && (!connectProto || method != "CONNECT") {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
		// nghttp2 (so Node) also wants :authority or host in every request.
		if !hasScheme || !hasPath || path == "" || !(hasAuthority || hasHost) {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
		if kind == kindPushPromise && method != "GET" && method != "HEAD" {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
	case kindResponse, kindInformational:
		if hasMethod || hasScheme || hasPath || hasAuthority || hasProtocol || !hasStatus {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
		if code, err := strconv.Atoi(status); err != nil || len(status) != 3 || code < 100 {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
	case kindTrailers:
		if hasMethod || hasScheme || hasPath || hasAuthority || hasProtocol || hasStatus {
			return NGHTTP2_PROTOCOL_ERROR, -1
		}
	}
	return NGHTTP2_NO_ERROR, clen
}

// statusOf returns the :status of a response block, 0 if absent.
func statusOf(fields []hpack.HeaderField) int {
	for _, f := range fields {
		if f.Name == ":status" {
			n, _ := strconv.Atoi(f.Value)
			return n
		}
	}
	return 0
}

// checkOutbound validates headers handed to us by JS before they are
// queued, so the error surfaces synchronously at the call (as Node throws)
// instead of as a peer's RST_STREAM later. It returns the fields with
// pseudo-headers moved first, which HPACK order requires.
func checkOutbound(fields []hpack.HeaderField, kind headerKind) ([]hpack.HeaderField, error) {
	out := make([]hpack.HeaderField, 0, len(fields))
	for _, f := range fields {
		if !f.IsPseudo() {
			continue
		}
		ok := false
		switch kind {
		case kindRequest, kindPushPromise:
			ok = f.Name == ":method" || f.Name == ":scheme" || f.Name == ":path" || f.Name == ":authority" || f.Name == ":protocol"
		case kindResponse, kindInformational:
			ok = f.Name == ":status"
		}
		if !ok {
			return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidPseudoHeader, "%q is an invalid pseudoheader or is used incorrectly", f.Name)
		}
		out = append(out, f)
	}
	for _, f := range fields {
		if f.IsPseudo() {
			continue
		}
		if f.Name == "" || strings.ToLower(f.Name) != f.Name {
			return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidHeader, "Invalid value %q for header %q", f.Value, f.Name)
		}
		if connectionHeaders[f.Name] || (f.Name == "te" && f.Value != "trailers") {
			return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidConnHeaders, "HTTP/1 Connection specific headers are forbidden: %q", f.Name)
		}
		out = append(out, f)
	}
	switch kind {
	case kindResponse, kindInformational:
		st := statusOf(out)
		if st == 0 {
			return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidPseudoHeader, "missing :status")
		}
		if kind == kindInformational && (st < 100 || st > 199 || st == 101) {
			return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidInfoStatus, "Invalid informational status code: %d", st)
		}
	case kindRequest, kindPushPromise:
		var hasMethod bool
		for _, f := range out {
			if f.Name == ":method" {
				hasMethod = true
			}
		}
		if !hasMethod {
			return nil, newError(NGHTTP2_PROTOCOL_ERROR, ErrCodeInvalidPseudoHeader, "missing :method")
		}
	}
	return out, nil
}

// isToken reports whether s is an RFC 9110 token (one or more tchar), the form :method must have;
// nghttp2 resets a request whose method is not one ("A B C", "POST ", "").
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}
