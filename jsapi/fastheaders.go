package jsapi

import (
	"net/http"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/goja-node/http2/bindings"
	"golang.org/x/net/http2/hpack"
)

// Fast paths for outgoing header blocks: the common case (a plain object of
// string/number values with valid names) is validated and converted here in
// one pass, instead of by the JS layer's processHeaders + mapToHeaders. Any
// input that would make Node throw, or that needs rarer rules (arrays,
// http2.sensitiveHeaders, pseudo-headers other than :status, non-ASCII), is
// not handled: the caller gets ok == false and runs the JS path, which
// produces Node's exact errors. So the fast path never changes behaviour,
// only who does the work.

// httpDate returns the current time in the format of JS
// Date.prototype.toUTCString() (which is HTTP's IMF-fixdate), cached per
// second.
var dateCache struct {
	sync.Mutex
	sec int64
	s   string
}

func httpDate() string {
	now := time.Now()
	sec := now.Unix()
	dateCache.Lock()
	defer dateCache.Unlock()
	if sec != dateCache.sec {
		dateCache.sec = sec
		dateCache.s = now.UTC().Format(http.TimeFormat)
	}
	return dateCache.s
}

// isTokenByte is the RFC 7230 tchar set (the JS checkIsHttpToken regexp).
var isTokenByte = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return t
}()

// lowerToken lowercases an ASCII header name and reports whether it is a
// valid token (non-empty); ok is false for anything else.
func lowerToken(k string) (string, bool) {
	if k == "" {
		return "", false
	}
	upper := false
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !isTokenByte[c] {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return k, true
	}
	b := []byte(k)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b), true
}

// plainValue reports whether v is a header value (printable ASCII or tab).
func plainValue(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if (c < 0x20 && c != '\t') || c >= 0x7f {
			return false
		}
	}
	return true
}

// connectionSpecific mirrors isIllegalConnectionSpecificHeader.
func connectionSpecific(name, value string) bool {
	switch name {
	case "connection", "upgrade", "http2-settings", "keep-alive", "proxy-connection", "transfer-encoding":
		return true
	case "te":
		return value != "trailers"
	}
	return false
}

// scalarString converts a string, number or boolean header value to its JS
// string form; ok is false for other types (objects, arrays, symbols…).
func scalarString(v goja.Value) (string, bool) {
	if s, ok := v.(goja.String); ok {
		return s.String(), true // (Export would box the string)
	}
	switch x := v.Export().(type) {
	case string:
		return x, true
	case int64:
		return strconv.FormatInt(x, 10), true
	case float64, bool:
		return v.String(), true
	}
	return "", false
}

// headerBuilder accumulates fields with Node's single-value rule.
type headerBuilder struct {
	fields  []hpack.HeaderField
	singles []string
}

func (hb *headerBuilder) add(name, value string) bool {
	if singleValue[name] {
		for _, s := range hb.singles {
			if s == name {
				return false // ERR_HTTP2_HEADER_SINGLE_VALUE: the JS path throws it
			}
		}
		hb.singles = append(hb.singles, name)
	}
	// Short cookies are never indexed (as in mapToHeaders).
	hb.fields = append(hb.fields, hpack.HeaderField{Name: name, Value: value, Sensitive: name == "cookie" && len(value) < 20})
	return true
}

// responseHeaders does processHeaders + mapToHeaders(…, response) for
// respond(): it returns the object stream.sentHeaders holds (a null-prototype
// copy with :status a number and date added), the fields to send and the
// status code. ok is false when the JS path must run instead.
func (b *binding) responseHeaders(hv goja.Value, sendDate bool) (sent *goja.Object, fields []hpack.HeaderField, status int, ok bool) {
	vm := b.vm
	var src *goja.Object
	if hv != nil && !goja.IsUndefined(hv) {
		o, isObj := hv.(*goja.Object)
		if !isObj || goja.IsNull(hv) {
			return nil, nil, 0, false
		}
		src = o
		if b.sensitive != nil {
			if sv := src.GetSymbol(b.sensitive); sv != nil && !goja.IsUndefined(sv) {
				return nil, nil, 0, false
			}
		}
	}
	hb := headerBuilder{fields: make([]hpack.HeaderField, 1, 8), singles: make([]string, 0, 8)}
	status = 200
	sent = vm.CreateObject(nil)
	hasStatus, hasDate := false, false
	if src != nil {
		for _, k := range src.Keys() {
			v := src.Get(k)
			if v == nil {
				v = goja.Undefined()
			}
			if k == ":status" {
				hasStatus = true
				if !goja.IsUndefined(v) {
					n, isNum := v.Export().(int64)
					if !isNum {
						return nil, nil, 0, false
					}
					if n != 0 {
						status = int(n)
					}
				}
				if status < 200 || status > 599 {
					return nil, nil, 0, false
				}
				sent.Set(k, status)
				continue
			}
			if k == "date" {
				if goja.IsUndefined(v) || goja.IsNull(v) {
					return nil, nil, 0, false
				}
				hasDate = true
			}
			sent.Set(k, v)
			if goja.IsUndefined(v) || k == "" {
				continue
			}
			name, valid := lowerToken(k)
			if !valid {
				return nil, nil, 0, false
			}
			val, scalar := scalarString(v)
			if !scalar || !plainValue(val) || connectionSpecific(name, val) || !hb.add(name, val) {
				return nil, nil, 0, false
			}
		}
		if b.sensitive != nil {
			_ = sent.SetSymbol(b.sensitive, goja.Undefined())
		}
	}
	if !hasStatus {
		sent.Set(":status", status)
	}
	if sendDate && !hasDate {
		d := httpDate()
		if d != b.dateText {
			b.dateText, b.dateValue = d, vm.ToValue(d) // one JS string per second
		}
		sent.Set("date", b.dateValue)
		if !hb.add("date", d) {
			return nil, nil, 0, false
		}
	}
	st := "200"
	if status != 200 {
		st = strconv.Itoa(status)
	}
	hb.fields[0] = hpack.HeaderField{Name: ":status", Value: st}
	return sent, hb.fields, status, true
}

// respondFast(id, headers, sendDate, endStream, waitForTrailers, headRequest)
// is respond() in one call: it returns stream.sentHeaders, or undefined when
// the JS path must handle the headers (nothing was sent then). The response
// ends the stream for endStream, 204, 205, 304 and HEAD requests.
func (h *handle) respondFast(c goja.FunctionCall) goja.Value {
	b := h.b
	sent, fields, status, ok := b.responseHeaders(c.Argument(1), c.Argument(2).ToBoolean())
	if !ok {
		return goja.Undefined()
	}
	s := h.mustSession()
	st := h.stream(c.Argument(0).ToInteger())
	end := c.Argument(3).ToBoolean() || status == 204 || status == 205 || status == 304 || c.Argument(5).ToBoolean()
	// Ending with the headers leaves no DATA for trailers to follow: waitForTrailers is ignored
	// then, as in Node.
	h.check(s.Respond(st, fields, end, c.Argument(4).ToBoolean() && !end))
	return sent
}

// repeatedNames reports whether a header block repeats a name (the common
// block does not, and then needs no joining rules).
func repeatedNames(fields []hpack.HeaderField) bool {
	if len(fields) > 32 {
		return true // not worth the quadratic scan: take the general path
	}
	for i := 1; i < len(fields); i++ {
		for j := 0; j < i; j++ {
			if fields[i].Name == fields[j].Name {
				return true
			}
		}
	}
	return false
}

// uniqueHeadersObject is headersObject for a block without repeated names:
// every value is set once, in order, with no bookkeeping. Each value becomes
// one JS string shared by the object and the raw array, the names and values
// of HPACK's static table come from a cache (strings are primitives: sharing
// them is not observable), and the raw array's arguments are gathered in a
// reused slice: a request's block costs a few allocations per field less.
func (b *binding) uniqueHeadersObject(fields []hpack.HeaderField) (*goja.Object, *goja.Object) {
	vm := b.vm
	obj := vm.CreateObject(nil)
	raw := b.rawScratch[:0]
	var sensitive []any
	for _, f := range fields {
		name := b.headerString(f.Name)
		val := b.headerString(f.Value)
		raw = append(raw, name, val)
		if f.Sensitive {
			sensitive = append(sensitive, name)
		}
		switch f.Name {
		case ":status":
			n, err := strconv.Atoi(f.Value)
			if err != nil {
				n = 0
			}
			obj.Set(f.Name, n)
		case "set-cookie":
			obj.Set(f.Name, vm.NewArray(val))
		default:
			obj.Set(f.Name, val)
		}
	}
	if b.sensitive != nil {
		if sensitive == nil {
			sensitive = []any{}
		}
		_ = obj.SetSymbol(b.sensitive, vm.NewArray(sensitive...))
	}
	arr := vm.NewArray(raw...)
	clear(raw)
	if cap(raw) <= 64 {
		b.rawScratch = raw[:0]
	}
	return obj, arr
}

// hpackStaticStrings are the names and values of HPACK's static table (RFC 7541, Appendix A):
// the strings most header blocks are made of.
var hpackStaticStrings = []string{
	":authority", ":method", "GET", "POST", ":path", "/", "/index.html", ":scheme", "http", "https",
	":status", "200", "204", "206", "304", "400", "404", "500", "accept-charset", "accept-encoding",
	"gzip, deflate", "accept-language", "accept-ranges", "accept", "access-control-allow-origin", "age",
	"allow", "authorization", "cache-control", "content-disposition", "content-encoding",
	"content-language", "content-length", "content-location", "content-range", "content-type", "cookie",
	"date", "etag", "expect", "expires", "from", "host", "if-match", "if-modified-since", "if-none-match",
	"if-range", "if-unmodified-since", "last-modified", "link", "location", "max-forwards",
	"proxy-authenticate", "proxy-authorization", "range", "referer", "refresh", "retry-after", "server",
	"set-cookie", "strict-transport-security", "transfer-encoding", "user-agent", "vary", "via",
	"www-authenticate",
}

// headerString is s as a JS string, from the cache of static-table strings when it is one of them.
func (b *binding) headerString(s string) goja.Value {
	if b.staticStrings == nil {
		b.staticStrings = make(map[string]goja.Value, len(hpackStaticStrings))
		for _, t := range hpackStaticStrings {
			b.staticStrings[t] = b.vm.ToValue(t)
		}
	}
	if v, ok := b.staticStrings[s]; ok {
		return v
	}
	return b.vm.ToValue(s)
}

// fieldList carries a request's converted header block from requestHeaders
// to the request binding (directly, or after the session connected); the
// JS layer only holds it.
type fieldList struct{ fields []hpack.HeaderField }

var fieldListType = reflect.TypeOf((*fieldList)(nil))

// reqEntry is one property of a request's sentHeaders object, in order.
type reqEntry struct {
	key string
	val goja.Value
}

// requestFields does request()'s header work for the common shapes: the
// null-prototype copy of the caller's headers with :authority, :scheme,
// :path and :method defaulted as request() does, and the header block
// mapToHeaders would build from it (pseudo-headers first). ok is false when
// the JS path must run: CONNECT or :protocol, a pseudo-header other than the
// four, symbols (http2.sensitiveHeaders), arrays, objects, null, names that
// are not lower-case-able tokens, non-printable values, connection headers,
// a repeated single-value header. endStream tells whether request() without
// options ends the stream with these headers (GET, HEAD, DELETE).
func (b *binding) requestFields(hv, authority, scheme goja.Value) (sent *goja.Object, fields []hpack.HeaderField, endStream, ok bool) {
	if !goja.IsString(authority) || !goja.IsString(scheme) {
		return nil, nil, false, false
	}
	var entries [8]reqEntry
	list := entries[:0]
	if hv != nil && !goja.IsUndefined(hv) {
		src, isObj := hv.(*goja.Object)
		if !isObj {
			return nil, nil, false, false
		}
		if len(src.Symbols()) > 0 {
			return nil, nil, false, false
		}
		for _, k := range src.Keys() {
			if k != "" && k[0] == ':' && k != ":path" && k != ":method" && k != ":authority" && k != ":scheme" {
				return nil, nil, false, false // (request() checks these names before anything else)
			}
			v := src.Get(k)
			if v == nil {
				v = goja.Undefined()
			}
			list = append(list, reqEntry{k, v})
		}
	}
	// Defaults: a key already present with the value undefined keeps its
	// place (an assignment to an existing property), a missing one goes last.
	find := func(k string) int {
		for i := range list {
			if list[i].key == k {
				return i
			}
		}
		return -1
	}
	isSet := func(k string) bool {
		i := find(k)
		return i >= 0 && !goja.IsUndefined(list[i].val)
	}
	setDefault := func(k string, v goja.Value) {
		if i := find(k); i >= 0 {
			list[i].val = v
		} else {
			list = append(list, reqEntry{k, v})
		}
	}
	if i := find(":method"); i >= 0 {
		if m := list[i].val; goja.IsString(m) && m.String() == "CONNECT" {
			return nil, nil, false, false
		}
	}
	if b.strGET == nil {
		b.strGET, b.strSlash = b.vm.ToValue("GET"), b.vm.ToValue("/")
	}
	if !isSet(":method") {
		setDefault(":method", b.strGET)
	}
	if !isSet(":authority") && !isSet("host") {
		setDefault(":authority", authority)
	}
	if !isSet(":scheme") {
		setDefault(":scheme", scheme)
	}
	if !isSet(":path") {
		setDefault(":path", b.strSlash)
	}

	hb := headerBuilder{fields: make([]hpack.HeaderField, 0, len(list))}
	npseudo := 0
	for _, e := range list {
		if goja.IsUndefined(e.val) || e.key == "" {
			continue
		}
		if e.key[0] == ':' {
			val, scalar := scalarString(e.val)
			if !scalar || !plainValue(val) {
				return nil, nil, false, false
			}
			// Pseudo-headers go first, in their order among themselves.
			hb.fields = append(hb.fields, hpack.HeaderField{})
			copy(hb.fields[npseudo+1:], hb.fields[npseudo:])
			hb.fields[npseudo] = hpack.HeaderField{Name: e.key, Value: val}
			npseudo++
			continue
		}
		name, valid := lowerToken(e.key)
		if !valid {
			return nil, nil, false, false
		}
		val, scalar := scalarString(e.val)
		if !scalar || !plainValue(val) || connectionSpecific(name, val) || !hb.add(name, val) {
			return nil, nil, false, false
		}
	}
	sent = b.vm.NewObject()
	_ = sent.SetPrototype(nil)
	for _, e := range list {
		sent.Set(e.key, e.val)
		if e.key == ":method" {
			// request() ends a GET, HEAD or DELETE with its headers (a string, not a String object).
			if goja.IsString(e.val) {
				switch e.val.String() {
				case "GET", "HEAD", "DELETE":
					endStream = true
				}
			}
		}
	}
	return sent, hb.fields, endStream, true
}

// requestHeaders(headers, authority, scheme) returns [sentHeaders, block]
// for request() (block goes to the request binding as its header list), or
// undefined when the JS path must handle the headers.
func (h *handle) requestHeaders(c goja.FunctionCall) goja.Value {
	b := h.b
	sent, fields, _, ok := b.requestFields(c.Argument(0), c.Argument(1), c.Argument(2))
	if !ok {
		return goja.Undefined()
	}
	return b.vm.NewArray(sent, b.vm.ToValue(&fieldList{fields}))
}

// requestOpen(headers, authority, scheme) is request() without options on a
// connected session: requestHeaders, and for a request that ends with its
// headers (GET, HEAD, DELETE) the HEADERS too, in one call. It returns
// undefined (the JS path must handle the headers), [sentHeaders, block] as
// requestHeaders (nothing sent: the request has a body), [sentHeaders, id]
// (opened), or [sentHeaders, error] (the engine refused the stream).
func (h *handle) requestOpen(c goja.FunctionCall) goja.Value {
	b := h.b
	sent, fields, endStream, ok := b.requestFields(c.Argument(0), c.Argument(1), c.Argument(2))
	if !ok {
		return goja.Undefined()
	}
	if !endStream || h.sess == nil {
		return b.vm.NewArray(sent, b.vm.ToValue(&fieldList{fields}))
	}
	s := h.mustSession()
	st, err := s.Request(fields, bindings.RequestOptions{EndStream: true})
	if id, lost := h.lostRequest(err); lost {
		return b.vm.NewArray(sent, id)
	}
	if err != nil {
		return b.vm.NewArray(sent, b.jsError(err))
	}
	h.streams[st.ID()] = st
	h.applyRef()
	return b.vm.NewArray(sent, st.ID())
}
