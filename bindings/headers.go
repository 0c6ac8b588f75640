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

// connection-specific fields are forbidden in HTTP/2 (RFC 9113 §8.2.2). We
// refuse to send any of these; of the received ones nghttp2 (so Node) lets
// http2-settings through, see receivedConnHeader.
var connectionHeaders = map[string]bool{
	"connection":        true,
	"keep-alive":        true,
	"proxy-connection":  true,
	"transfer-encoding": true,
	"upgrade":           true,
	"http2-settings":    true,
}

// receivedConnHeader tells a connection-specific field that makes a received
// message malformed.
func receivedConnHeader(name string) bool {
	return connectionHeaders[name] && name != "http2-settings"
}

// Pseudo-header bits, to find a repeated one.
const (
	pseudoMethod = 1 << iota
	pseudoScheme
	pseudoPath
	pseudoAuthority
	pseudoProtocol
	pseudoStatus
)

var pseudoBits = map[string]int{
	":method": pseudoMethod, ":scheme": pseudoScheme, ":path": pseudoPath,
	":authority": pseudoAuthority, ":protocol": pseudoProtocol, ":status": pseudoStatus,
}

// checkInbound validates a received header block as nghttp2 does, which is
// what Node's applications see. It returns NO_ERROR or the stream error code,
// the declared content-length (-1 if absent) and the fields to deliver.
//
// A field is one of three things:
//   - fatal, the stream is reset with PROTOCOL_ERROR: a name with an uppercase
//     letter, any fault in a pseudo-header (unknown, repeated, after a regular
//     field, wrong for the message, a bad value), a connection-specific field,
//     te other than "trailers", a content-length that is not digits or repeated;
//   - dropped without a word: a regular field whose name has other characters
//     than lowercase token ones (or is empty), or whose value has a control
//     character (HTAB aside), DEL, or leading or trailing SP/HTAB (RFC 9113
//     §8.2.1); for a server also a host that is not a valid authority. A
//     dropped field still counts as regular for the pseudo-header order;
//   - kept.
//
// The value checks come first: "te: trailers " or "content-length: 0 " is
// dropped, not fatal.
func checkInbound(fields []hpack.HeaderField, kind headerKind, maxPairs int, connectProto bool) (uint32, int64, []hpack.HeaderField) {
	var method, scheme, path, authority, protocol, status string
	var seen int
	var hasHost, sawRegular bool
	clen := int64(-1)
	kept := fields
	dropped := false
	strictAuthority := kind == kindRequest || kind == kindPushPromise
	for i, f := range fields {
		if !validFieldName(f.Name) {
			if strings.HasPrefix(f.Name, ":") || hasUpper(f.Name) {
				return NGHTTP2_PROTOCOL_ERROR, -1, nil
			}
			sawRegular = true
			kept, dropped = dropField(fields, kept, i, dropped)
			continue
		}
		if bit, pseudo := pseudoBits[f.Name]; pseudo || strings.HasPrefix(f.Name, ":") {
			if !pseudo || sawRegular || seen&bit != 0 || !validPseudoValue(f.Name, f.Value, strictAuthority) {
				return NGHTTP2_PROTOCOL_ERROR, -1, nil
			}
			seen |= bit
			switch f.Name {
			case ":method":
				method = f.Value
			case ":scheme":
				scheme = f.Value
			case ":path":
				path = f.Value
			case ":authority":
				authority = f.Value
			case ":protocol":
				protocol = f.Value
			case ":status":
				status = f.Value
			}
			if dropped {
				kept = append(kept, f)
			}
			continue
		}
		sawRegular = true
		ok := validFieldValue(f.Value)
		if ok && f.Name == "host" && strictAuthority {
			ok = validAuthority(f.Value)
		}
		if !ok {
			kept, dropped = dropField(fields, kept, i, dropped)
			continue
		}
		if receivedConnHeader(f.Name) || (f.Name == "te" && !strings.EqualFold(f.Value, "trailers")) {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
		hasHost = hasHost || f.Name == "host"
		if f.Name == "content-length" {
			if clen >= 0 {
				return NGHTTP2_PROTOCOL_ERROR, -1, nil
			}
			n, ok := parseDigits(f.Value)
			if !ok {
				return NGHTTP2_PROTOCOL_ERROR, -1, nil
			}
			clen = n
		}
		if dropped {
			kept = append(kept, f)
		}
	}
	if len(kept) > maxPairs {
		return NGHTTP2_ENHANCE_YOUR_CALM, -1, nil
	}
	hasMethod, hasScheme, hasPath := seen&pseudoMethod != 0, seen&pseudoScheme != 0, seen&pseudoPath != 0
	hasAuthority, hasProtocol, hasStatus := seen&pseudoAuthority != 0, seen&pseudoProtocol != 0, seen&pseudoStatus != 0
	_ = scheme
	_ = authority
	_ = protocol
	switch kind {
	case kindRequest, kindPushPromise:
		if hasStatus || !hasMethod {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
		if method == "CONNECT" && !(hasProtocol && connectProto) {
			// Plain CONNECT: only :method and :authority (RFC 9113 §8.5).
			if hasScheme || hasPath || !hasAuthority || hasProtocol {
				return NGHTTP2_PROTOCOL_ERROR, -1, nil
			}
			break
		}
		if hasProtocol && (!connectProto || method != "CONNECT") {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
		// nghttp2 (so Node) also wants :authority or host in every request.
		if !hasScheme || !hasPath || path == "" || !(hasAuthority || hasHost) {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
		if kind == kindPushPromise && method != "GET" && method != "HEAD" {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
	case kindResponse, kindInformational:
		if hasMethod || hasScheme || hasPath || hasAuthority || hasProtocol || !hasStatus {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
		if code, err := strconv.Atoi(status); err != nil || len(status) != 3 || code < 100 {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
	case kindTrailers:
		if hasMethod || hasScheme || hasPath || hasAuthority || hasProtocol || hasStatus {
			return NGHTTP2_PROTOCOL_ERROR, -1, nil
		}
	}
	return NGHTTP2_NO_ERROR, clen, kept
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

// dropField leaves fields[i] out of the delivered list: the first time, kept
// becomes a copy of the fields before it (the common block drops nothing and
// costs no copy).
func dropField(fields, kept []hpack.HeaderField, i int, dropped bool) ([]hpack.HeaderField, bool) {
	if dropped {
		return kept, true
	}
	return append(make([]hpack.HeaderField, 0, len(fields)-1), fields[:i]...), true
}

// validFieldName: a lowercase token (RFC 9110 §5.6.2), optionally after one
// leading ':' for pseudo-headers.
func validFieldName(name string) bool {
	name = strings.TrimPrefix(name, ":")
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isTokenByte(c) || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// isToken reports whether s is an RFC 9110 token (one or more tchar).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokenByte(s[i]) {
			return false
		}
	}
	return true
}

func isTokenByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// validFieldValue: no control character but HTAB, no DEL, and no SP or HTAB
// at either end (RFC 9113 §8.2.1). obs-text (0x80-0xFF) is allowed.
func validFieldValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			return false
		}
	}
	if v != "" && (isSPorHTAB(v[0]) || isSPorHTAB(v[len(v)-1])) {
		return false
	}
	return true
}

func isSPorHTAB(c byte) bool { return c == ' ' || c == '\t' }

// validPseudoValue checks a pseudo-header's value by its kind. strictAuthority
// is set where the receiver is a server (or the block a PUSH_PROMISE): then
// :authority must be a URI authority, elsewhere only a valid field value.
func validPseudoValue(name, v string, strictAuthority bool) bool {
	switch name {
	case ":method":
		// nghttp2 resets a request whose method is not a token ("A B C", "POST ", "").
		return isToken(v)
	case ":path":
		if v == "" {
			return false
		}
		for i := 0; i < len(v); i++ {
			if c := v[i]; c <= ' ' || c == 0x7f {
				return false
			}
		}
		return true
	case ":scheme":
		if v == "" || !isAlpha(v[0]) {
			return false
		}
		for i := 1; i < len(v); i++ {
			if c := v[i]; !isAlpha(c) && !('0' <= c && c <= '9') && c != '+' && c != '-' && c != '.' {
				return false
			}
		}
		return true
	case ":authority":
		if strictAuthority {
			return validAuthority(v)
		}
	}
	return validFieldValue(v)
}

func isAlpha(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// validAuthority: a non-empty run of URI authority characters (RFC 3986
// unreserved, sub-delims, ':', '@', '[', ']' and '%').
func validAuthority(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isAlpha(c) || ('0' <= c && c <= '9') {
			continue
		}
		if strings.IndexByte("-._~!$&'()*+,;=:@[]%", c) < 0 {
			return false
		}
	}
	return true
}

// parseDigits parses a content-length: only decimal digits, no sign or space.
func parseDigits(v string) (int64, bool) {
	if v == "" || len(v) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}
