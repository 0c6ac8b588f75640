package jsapi

import (
	"errors"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/net/http2/hpack"

	"github.com/goja-node/http2/bindings"
	"github.com/goja-node/http2/host"
)

// event is one engine event waiting for the loop.
type event struct {
	kind     int
	st       *bindings.Stream
	promised *bindings.Stream
	headers  []hpack.HeaderField
	info     bindings.HeadersInfo
	data     []byte
	end      bool
	code     uint32
	n        uint32
	text     string
	text2    string
	list     []string
	settings bindings.Settings
	err      error
	fn       func() // a Go callback to run on the loop (ping/settings acks)
}

// sink implements bindings.SessionSink: it queues events and hands the loop
// one Post per batch. Only queue/posted/sess are shared with engine
// goroutines (under mu); h and everything behind it belong to the loop.
type sink struct {
	b *binding

	mu     sync.Mutex
	queue  []event
	posted bool
	seq    uint64 // sinkPosts when this sink last posted a job
	cuts   []int  // queue[:cuts[0]] is for the job running first; each cut has a job of its own
	sess   *bindings.Session
	info   map[string]any

	server *server // set for server sessions
	h      *handle // loop only
	jc     *jsConn // the session runs over a script's Duplex (set before the first flush)
}

func newSink(b *binding) *sink { return &sink{b: b} }

// sinkPosts counts the jobs sinks hand to the loop. A sink whose job is
// still pending keeps adding events to it only while no other sink posted
// since: otherwise an event could reach JS before another session's event
// that the engines produced earlier (a server session's 'close' before the
// response its client already read), so later events get a job of their own.
var sinkPosts atomic.Uint64

// eventQueues recycles the queues of delivered events across sinks. A spare
// queue per sink would pin its array (hundreds of bytes) to every idle
// session; shared, a few arrays serve all sessions that are busy.
var eventQueues sync.Pool

const maxPooledQueue = 256 // events; larger arrays go to the GC

func (k *sink) push(ev event) {
	k.mu.Lock()
	if k.queue == nil {
		if q, ok := eventQueues.Get().(*[]event); ok {
			k.queue = *q
		}
	}
	k.queue = append(k.queue, ev)
	post := !k.posted
	if !post && sinkPosts.Load() != k.seq {
		k.cuts = append(k.cuts, len(k.queue)-1)
		post = true
	}
	if post {
		k.posted = true
		k.seq = sinkPosts.Add(1)
	}
	k.mu.Unlock()
	if post {
		if !k.b.host.Post(k.flush) {
			k.mu.Lock()
			k.queue = nil
			k.cuts = nil
			k.mu.Unlock()
		}
	}
}

// flush runs on the loop: it delivers the queued events of its job in order.
func (k *sink) flush() {
	k.mu.Lock()
	q := k.queue
	if len(k.cuts) > 0 {
		// Events after the first cut belong to a later job.
		n := k.cuts[0]
		k.cuts = k.cuts[1:]
		for i := range k.cuts {
			k.cuts[i] -= n
		}
		if len(k.cuts) == 0 {
			k.cuts = nil
		}
		k.queue = append([]event(nil), q[n:]...)
		q = q[:n:n]
	} else {
		k.queue = nil
		k.posted = false
	}
	sess, info := k.sess, k.info
	k.mu.Unlock()
	if k.jc != nil {
		defer k.jc.settle()
	}
	for i := range q {
		k.deliver(&q[i], sess, info)
		q[i] = event{}
	}
	if c := cap(q); c > 0 && c <= maxPooledQueue {
		q = q[:0]
		eventQueues.Put(&q)
	}
}

func (k *sink) OnRemoteSettings(s bindings.Settings) {
	k.push(event{kind: evRemoteSettings, settings: s})
}
func (k *sink) OnLocalSettingsAck(s bindings.Settings) {
	k.push(event{kind: evLocalSettings, settings: s})
}
func (k *sink) OnPing(p [8]byte) { k.push(event{kind: evPing, data: append([]byte(nil), p[:]...)}) }
func (k *sink) OnGoaway(code, last uint32, opaque []byte) {
	k.push(event{kind: evGoaway, code: code, n: last, data: append([]byte(nil), opaque...)})
}
func (k *sink) OnAltsvc(id uint32, origin, value string) {
	k.push(event{kind: evAltsvc, n: id, text: origin, text2: value})
}
func (k *sink) OnOrigin(origins []string) { k.push(event{kind: evOrigin, list: origins}) }
func (k *sink) OnFrameError(t uint8, code, id uint32) {
	k.push(event{kind: evFrameError, code: code, n: id, end: false, data: []byte{t}})
}
func (k *sink) OnStreamHeaders(st *bindings.Stream, h []hpack.HeaderField, info bindings.HeadersInfo) {
	k.push(event{kind: evHeaders, st: st, headers: h, info: info})
}
func (k *sink) OnStreamData(st *bindings.Stream, data []byte, end bool) {
	k.push(event{kind: evData, st: st, data: data, end: end})
}
func (k *sink) OnStreamPush(parent, promised *bindings.Stream, h []hpack.HeaderField) {
	k.push(event{kind: evPush, st: parent, promised: promised, headers: h})
}
func (k *sink) OnStreamReset(st *bindings.Stream, code uint32) {
	k.push(event{kind: evReset, st: st, code: code})
}
func (k *sink) OnStreamWantTrailers(st *bindings.Stream) {
	k.push(event{kind: evWantTrailers, st: st})
}
func (k *sink) OnStreamWritten(st *bindings.Stream, n int) {
	k.push(event{kind: evWritten, st: st, n: uint32(n)})
}
func (k *sink) OnStreamClose(st *bindings.Stream, code uint32) {
	k.push(event{kind: evStreamClose, st: st, code: code})
}
func (k *sink) OnError(err error) { k.push(event{kind: evError, err: err}) }
func (k *sink) OnClose()          { k.push(event{kind: evClose}) }

// deliver dispatches one event into JS (on the loop).
func (k *sink) deliver(ev *event, sess *bindings.Session, info map[string]any) {
	b := k.b
	vm := b.vm
	if ev.fn != nil {
		ev.fn()
		return
	}
	h := k.h
	if ev.kind == evConnect {
		if k.server != nil {
			// A new server session: create its handle and announce it.
			h = newHandle(b, k)
			k.h = h
			h.sess = sess
			h.bridged, _ = info["_bridged"].(bool)
			h.ref()
			h.closer = b.host.OnClose(func() { sess.Destroy(nil, bindings.NGHTTP2_CANCEL) })
			b.host.Call(k.server.onSession, goja.Undefined(), h.obj, vm.ToValue(info))
			h.applyRef()
			return
		}
		if sess == nil {
			// The TCP connect of a session destroyed while dialing (see binding.connect).
			if h.owner != nil {
				h.call(evConnect, goja.Undefined())
			}
			return
		}
		if h.destroyed {
			// Destroyed after the dial finished but before this event: as above, an h2c
			// connect is still reported; EV_CLOSE follows once the session is gone.
			if enc, _ := info["encrypted"].(bool); !enc && h.owner != nil {
				h.call(evConnect, goja.Undefined())
			}
			sess.Destroy(nil, bindings.NGHTTP2_CANCEL)
			return
		}
		h.sess = sess
		if h.closer != nil {
			b.host.Remove(h.closer)
		}
		h.closer = b.host.OnClose(func() { sess.Destroy(nil, bindings.NGHTTP2_CANCEL) })
		h.bridged, _ = info["_bridged"].(bool)
		h.call(evConnect, vm.ToValue(info))
		h.applyRef()
		return
	}
	if h == nil || h.owner == nil {
		if ev.kind == evData && ev.st != nil {
			ev.st.Consumed(len(ev.data))
		}
		if ev.kind == evClose && h != nil {
			h.finish()
		}
		return
	}
	switch ev.kind {
	case evRemoteSettings, evLocalSettings:
		h.call(ev.kind, b.settingsObject(ev.settings))
	case evPing:
		h.call(evPing, b.wrapBytes(ev.data))
	case evGoaway:
		h.goawaySeen = true
		h.call(evGoaway, vm.ToValue(ev.code), vm.ToValue(ev.n), b.wrapBytes(ev.data))
	case evAltsvc:
		h.call(evAltsvc, vm.ToValue(ev.n), vm.ToValue(ev.text), vm.ToValue(ev.text2))
	case evOrigin:
		h.call(evOrigin, vm.ToValue(ev.list))
	case evFrameError:
		h.call(evFrameError, vm.ToValue(ev.data[0]), vm.ToValue(ev.code), vm.ToValue(ev.n))
	case evHeaders:
		id := ev.st.ID()
		if ev.info.Category == bindings.CategoryRequest {
			h.streams[id] = ev.st
			h.applyRef()
		}
		flags := 4
		if ev.info.EndStream {
			flags |= 1
		}
		obj, raw := b.headersObject(ev.headers)
		h.call(evHeaders, vm.ToValue(id), obj, vm.ToValue(int(ev.info.Category)), vm.ToValue(flags), raw)
	case evData:
		var d goja.Value = goja.Null()
		if len(ev.data) > 0 {
			d = b.wrapBytes(ev.data)
		}
		h.call(evData, vm.ToValue(ev.st.ID()), d, vm.ToValue(ev.end))
	case evPush:
		pid := ev.promised.ID()
		h.streams[pid] = ev.promised
		h.applyRef()
		obj, raw := b.headersObject(ev.headers)
		h.call(evPush, vm.ToValue(ev.st.ID()), vm.ToValue(pid), obj, raw)
	case evReset:
		h.call(evReset, vm.ToValue(ev.st.ID()), vm.ToValue(ev.code))
	case evWantTrailers:
		h.call(evWantTrailers, vm.ToValue(ev.st.ID()))
	case evWritten:
		h.call(evWritten, vm.ToValue(ev.st.ID()), vm.ToValue(ev.n))
	case evStreamClose:
		id := ev.st.ID()
		delete(h.streams, id)
		h.applyRef()
		h.call(evStreamClose, vm.ToValue(id), vm.ToValue(ev.code))
	case evError:
		h.call(evError, b.jsError(ev.err))
	case evClose:
		for _, id := range h.lost {
			h.call(evStreamClose, vm.ToValue(id), vm.ToValue(bindings.NGHTTP2_CANCEL))
		}
		h.lost = nil
		h.finish()
		h.call(evClose)
	}
}

// lostRequest handles a request the engine refused because it already lost the connection while
// JS has not yet been told (its close events are queued behind the one being handled: the
// engine's reader runs ahead of the loop, e.g. a server that drops the connection at once can be
// seen before the client's own 'connect' is). Node would have sent the request and then seen the
// connection end: the stream closes with CANCEL and no error. So the request gets the next stream
// ID and closes that way just before the session does. After a GOAWAY the JS layer treats the
// refusal as the peer's (REFUSED_STREAM), as node does; that stays as it is.
func (h *handle) lostRequest(err error) (uint32, bool) {
	var e *bindings.Error
	if err == nil || h.closed || h.goawaySeen || !errors.As(err, &e) || e.NodeCode != bindings.ErrCodeInvalidSession {
		return 0, false
	}
	if h.lostNext == 0 {
		h.lostNext = h.sess.State().NextStreamID
	}
	id := h.lostNext
	h.lostNext += 2
	h.lost = append(h.lost, id)
	return id, true
}

// handle is the JS-visible native object of one session.
type handle struct {
	b       *binding
	k       *sink
	obj     *goja.Object
	owner   goja.Value // the JS Http2Session
	sess    *bindings.Session
	streams map[uint32]*bindings.Stream
	refed   bool
	hasRef  bool // ref wanted (ref()/unref() state), applied while open
	// bridged: the session runs over a JS Duplex (jsConn). Like Node's sessions over a JS stream,
	// it never keeps the process alive by itself once connected: only its jsConn holds the loop,
	// while work is on its way between the loop and the engine (jsConn.busy).
	bridged    bool
	closing    bool // close()/goaway()/destroy() asked: hold the loop until the session closed
	pending    int  // settings()/ping() awaiting their answer
	destroyed  bool
	closed     bool
	closer     *host.Closer
	cancelDial func()
	// abandoned: destroy() came while dialing. The dial may still finish its TCP connect (see
	// dialGrace) and then closes the connection at once, as Node's socket does.
	abandoned atomic.Bool
	corked    *bindings.Session     // Cork()ed until the loop job ends (binding.cork)
	props     map[string]goja.Value // own properties of the JS object (useSocket), see build
	// lost: requests made after the engine lost the connection but before JS heard of it
	// (request); their streams close with CANCEL just before the session's close.
	lost       []uint32
	lostNext   uint32
	goawaySeen bool // JS got a GOAWAY: a refused request is the peer's refusal (core.js)
}

func newHandle(b *binding, k *sink) *handle {
	h := &handle{b: b, k: k, streams: map[uint32]*bindings.Stream{}, hasRef: true}
	h.obj = h.build()
	return h
}

func (h *handle) call(kind int, args ...goja.Value) {
	all := make([]goja.Value, 0, len(args)+1)
	all = append(all, h.b.kinds[kind])
	all = append(all, args...)
	h.b.host.Call(h.b.dispatch, h.owner, all...)
}

func (h *handle) ref() {
	h.hasRef = true
	h.applyRef()
}

func (h *handle) unref() {
	h.hasRef = false
	h.applyRef()
}

// applyRef holds or releases the loop ref the session wants now: while open and not unref()'d,
// except that a connected session over a JS Duplex never holds it (see bridged).
func (h *handle) applyRef() {
	idle := h.bridged && h.sess != nil
	// A dial in progress holds the loop even when unref()'d, as libuv's connect request does.
	// So does a dial whose session was destroyed meanwhile, until it reported (EV_CLOSE).
	dialing := h.cancelDial != nil && h.sess == nil && (!h.destroyed || h.abandoned.Load())
	want := (h.hasRef || dialing) && !h.closed && !idle
	if want && !h.refed {
		h.refed = true
		h.b.host.Ref()
	} else if !want && h.refed {
		h.refed = false
		h.b.host.Unref()
	}
}

// finish releases what the session held once it closed.
func (h *handle) finish() {
	if h.closed {
		return
	}
	if h.refed {
		h.refed = false
		h.b.host.Unref()
	}
	h.closed = true
	h.destroyed = true
	if h.closer != nil {
		h.b.host.Remove(h.closer)
		h.closer = nil
	}
	h.streams = map[uint32]*bindings.Stream{}
}

func (h *handle) mustSession() *bindings.Session {
	if h.sess == nil {
		panic(h.b.mkError("ERR_HTTP2_INVALID_SESSION", "The session has been destroyed", nil))
	}
	if h.corked == nil {
		h.b.cork(h)
	}
	return h.sess
}

func (h *handle) stream(id int64) *bindings.Stream {
	st := h.streams[uint32(id)]
	if st == nil {
		panic(h.b.mkError("ERR_HTTP2_INVALID_STREAM", "The stream has been destroyed", nil))
	}
	return st
}

func (h *handle) check(err error) {
	if err != nil {
		h.b.throw(err)
	}
}

// build makes the JS handle object: a goja dynamic object backed by the
// *handle itself (Get/Set/Has/Delete/Keys below), which takes its methods
// from a prototype shared by all handles of the runtime (33 native functions
// per session would cost ~20 KB each). An ordinary object holding the
// *handle under a symbol cost ~750 bytes per session more (its property
// maps and the reflect wrapper of the pointer), for every idle connection.
func (h *handle) build() *goja.Object {
	b := h.b
	o := b.vm.NewDynamicObject(h)
	_ = o.SetPrototype(b.handleProto())
	return o
}

// Get, Set, Has, Delete and Keys make *handle a goja.DynamicObject: the
// handle object's own properties, which the JS layer does not use besides
// the useSocket function of a client handle (socket.go).
func (h *handle) Get(key string) goja.Value { return h.props[key] }
func (h *handle) Set(key string, v goja.Value) bool {
	if h.props == nil {
		h.props = map[string]goja.Value{}
	}
	h.props[key] = v
	return true
}
func (h *handle) Has(key string) bool    { _, ok := h.props[key]; return ok }
func (h *handle) Delete(key string) bool { delete(h.props, key); return true }
func (h *handle) Keys() []string {
	keys := make([]string, 0, len(h.props))
	for k := range h.props {
		keys = append(keys, k)
	}
	return keys
}

// handleOf returns the *handle behind a JS handle object (the method's this).
func (b *binding) handleOf(this goja.Value) *handle {
	if o, ok := this.(*goja.Object); ok {
		if h, ok := o.Export().(*handle); ok {
			return h
		}
	}
	panic(b.vm.NewTypeError("Illegal invocation"))
}

func (b *binding) handleProto() *goja.Object {
	if b.hproto != nil {
		return b.hproto
	}
	vm := b.vm
	o := vm.NewObject()
	b.hproto = o
	set := func(name string, fn func(h *handle, call goja.FunctionCall) goja.Value) {
		o.Set(name, func(c goja.FunctionCall) goja.Value { return fn(b.handleOf(c.This), c) })
	}
	arg := func(c goja.FunctionCall, i int) goja.Value { return c.Argument(i) }
	set("attach", func(h *handle, c goja.FunctionCall) goja.Value {
		h.owner = arg(c, 0)
		return goja.Undefined()
	})
	set("request", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		opts := bindings.RequestOptions{EndStream: arg(c, 1).ToBoolean(), WaitForTrailers: arg(c, 2).ToBoolean()}
		if p := arg(c, 3); !goja.IsUndefined(p) && !goja.IsNull(p) {
			po := p.ToObject(vm)
			opts.HasPriority = true
			opts.Parent = uint32(po.Get("parent").ToInteger())
			opts.Weight = int(po.Get("weight").ToInteger())
			opts.Exclusive = po.Get("exclusive").ToBoolean()
		}
		st, err := s.Request(b.headerList(arg(c, 0)), opts)
		if id, ok := h.lostRequest(err); ok {
			return vm.ToValue(id)
		}
		h.check(err)
		h.streams[st.ID()] = st
		h.applyRef()
		return vm.ToValue(st.ID())
	})
	set("respond", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		st := h.stream(arg(c, 0).ToInteger())
		h.check(s.Respond(st, b.headerList(arg(c, 1)), arg(c, 2).ToBoolean(), arg(c, 3).ToBoolean()))
		return goja.Undefined()
	})
	set("respondFast", func(h *handle, c goja.FunctionCall) goja.Value { return h.respondFast(c) })
	set("requestHeaders", func(h *handle, c goja.FunctionCall) goja.Value { return h.requestHeaders(c) })
	set("requestOpen", func(h *handle, c goja.FunctionCall) goja.Value { return h.requestOpen(c) })
	set("info", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		st := h.stream(arg(c, 0).ToInteger())
		h.check(s.SendInfoHeaders(st, b.headerList(arg(c, 1))))
		return goja.Undefined()
	})
	set("write", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		st := h.stream(arg(c, 0).ToInteger())
		// A Buffer's bytes are queued as they are, not copied: as in Node, the chunk
		// belongs to the stream until its write callback (EV_WRITTEN) and must not be
		// changed before. Strings arrive as fresh bytes. Copying cost a 1 MB body about
		// three quarters of the server's CPU (fresh pages for every copy).
		var data []byte
		if v := arg(c, 1); !goja.IsUndefined(v) && !goja.IsNull(v) {
			data = bytesOf(vm, v)
		}
		h.check(s.WriteData(st, data, arg(c, 2).ToBoolean()))
		return vm.ToValue(len(data)) // the JS layer counts bytes in flight against EV_WRITTEN

	})
	set("trailers", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		st := h.stream(arg(c, 0).ToInteger())
		h.check(s.SendTrailers(st, b.headerList(arg(c, 1))))
		return goja.Undefined()
	})
	set("rst", func(h *handle, c goja.FunctionCall) goja.Value {
		if h.sess == nil {
			return goja.Undefined()
		}
		if st := h.streams[uint32(arg(c, 0).ToInteger())]; st != nil {
			h.b.cork(h)
			h.sess.ResetStream(st, uint32(arg(c, 1).ToInteger()))
		}
		return goja.Undefined()
	})
	set("push", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		st := h.stream(arg(c, 0).ToInteger())
		pr, err := s.Push(st, b.headerList(arg(c, 1)))
		h.check(err)
		h.streams[pr.ID()] = pr
		h.applyRef()
		return vm.ToValue(pr.ID())
	})
	set("priority", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		st := h.stream(arg(c, 0).ToInteger())
		h.check(s.Priority(st, uint32(arg(c, 1).ToInteger()), int(arg(c, 2).ToInteger()), arg(c, 3).ToBoolean()))
		return goja.Undefined()
	})
	set("consume", func(h *handle, c goja.FunctionCall) goja.Value {
		if st := h.streams[uint32(arg(c, 0).ToInteger())]; st != nil {
			h.b.cork(h)
			st.Consumed(int(arg(c, 1).ToInteger()))
		}
		return goja.Undefined()
	})
	set("streamState", func(h *handle, c goja.FunctionCall) goja.Value {
		st := h.streams[uint32(arg(c, 0).ToInteger())]
		if st == nil {
			return goja.Undefined()
		}
		si := st.State()
		r := vm.NewObject()
		// In Node's key order (util.inspect of a stream shows it).
		r.Set("state", int(si.State))
		r.Set("weight", si.Weight)
		r.Set("sumDependencyWeight", si.SumDependencyWeight)
		r.Set("localClose", boolInt(si.LocalClose))
		r.Set("remoteClose", boolInt(si.RemoteClose))
		r.Set("localWindowSize", si.LocalWindowSize)
		return r
	})
	set("bufferSize", func(h *handle, c goja.FunctionCall) goja.Value {
		if st := h.streams[uint32(arg(c, 0).ToInteger())]; st != nil {
			return vm.ToValue(st.BufferedAmount())
		}
		return vm.ToValue(0)
	})
	set("settings", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		list := b.settingsList(arg(c, 0))
		cb := arg(c, 1)
		k := h.k
		h.pending++
		h.applyRef()
		h.check(s.Settings(list, func(err error) {
			k.push(event{fn: func() {
				h.pending--
				h.applyRef()
				if _, ok := goja.AssertFunction(cb); !ok {
					return
				}
				var e goja.Value = goja.Null()
				if err != nil {
					e = b.jsError(err)
				}
				b.host.Call(cb, goja.Undefined(), e)
			}})
		}))
		return goja.Undefined()
	})
	set("ping", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		var p [8]byte
		copy(p[:], bytesOf(vm, arg(c, 0)))
		cb := arg(c, 1)
		k := h.k
		h.pending++
		h.applyRef()
		h.check(s.Ping(p, func(rtt time.Duration, payload [8]byte, err error) {
			k.push(event{fn: func() {
				h.pending--
				h.applyRef()
				if err != nil {
					// As in Node, a failed ping's callback gets the error alone.
					b.host.Call(cb, goja.Undefined(), b.jsError(err))
					return
				}
				var e goja.Value = goja.Null()
				ms := float64(rtt.Nanoseconds()) / 1e6
				b.host.Call(cb, goja.Undefined(), e, vm.ToValue(ms), b.wrapBytes(append([]byte(nil), payload[:]...)))
			}})
		}))
		return goja.Undefined()
	})
	set("goaway", func(h *handle, c goja.FunctionCall) goja.Value {
		s := h.mustSession()
		var opaque []byte
		if v := arg(c, 2); !goja.IsUndefined(v) && !goja.IsNull(v) {
			opaque = bytesOf(vm, v)
		}
		h.closing = true
		h.applyRef()
		h.check(s.Goaway(uint32(arg(c, 0).ToInteger()), uint32(arg(c, 1).ToInteger()), opaque))
		return goja.Undefined()
	})
	set("close", func(h *handle, c goja.FunctionCall) goja.Value {
		h.closing = true
		h.applyRef()
		if h.sess != nil {
			h.sess.Close()
		}
		return goja.Undefined()
	})
	set("destroy", func(h *handle, c goja.FunctionCall) goja.Value {
		code := uint32(arg(c, 0).ToInteger())
		h.closing = true
		h.applyRef()
		if h.sess != nil {
			h.sess.Destroy(nil, code)
		} else if !h.destroyed {
			// Still connecting. Node has already sent the TCP connect by now, so the server
			// still sees a connection that closes: let the dial finish for a moment and close
			// it (the dial goroutine checks abandoned), then stop it. Its outcome comes back
			// as EV_CONNECT (h2c connected) and EV_CLOSE, which JS waits for (true).
			h.destroyed = true
			if h.cancelDial != nil {
				h.abandoned.Store(true)
				h.applyRef()
				time.AfterFunc(dialGrace, h.cancelDial)
				return h.b.vm.ToValue(true)
			}
			h.finish()
		}
		return goja.Undefined()
	})
	set("abort", func(h *handle, c goja.FunctionCall) goja.Value {
		h.closing = true
		h.applyRef()
		if h.sess != nil {
			h.sess.Abort()
		}
		return goja.Undefined()
	})
	set("setLocalWindowSize", func(h *handle, c goja.FunctionCall) goja.Value {
		h.check(h.mustSession().SetLocalWindowSize(uint32(arg(c, 0).ToInteger())))
		return goja.Undefined()
	})
	set("altsvc", func(h *handle, c goja.FunctionCall) goja.Value {
		h.check(h.mustSession().Altsvc(uint32(arg(c, 0).ToInteger()), arg(c, 1).String(), arg(c, 2).String()))
		return goja.Undefined()
	})
	set("origin", func(h *handle, c goja.FunctionCall) goja.Value {
		var list []string
		if err := vm.ExportTo(arg(c, 0), &list); err != nil {
			panic(err)
		}
		h.check(h.mustSession().Origin(list))
		return goja.Undefined()
	})
	set("state", func(h *handle, c goja.FunctionCall) goja.Value {
		if h.sess == nil {
			return goja.Undefined()
		}
		st := h.sess.State()
		r := vm.NewObject()
		// Node reports nghttp2's pair: the effective window is the size we want (lowered at once
		// by setLocalWindowSize), the local window is what the peer may still send, which a
		// lower size cannot take back. The engine's State names them the other way round.
		r.Set("effectiveLocalWindowSize", st.LocalWindowSize)
		r.Set("effectiveRecvDataLength", st.EffectiveRecvDataLength)
		r.Set("nextStreamID", st.NextStreamID)
		r.Set("localWindowSize", st.EffectiveLocalWindowSize)
		r.Set("lastProcStreamID", st.LastProcStreamID)
		r.Set("remoteWindowSize", st.RemoteWindowSize)
		r.Set("outboundQueueSize", st.OutboundQueueSize)
		r.Set("deflateDynamicTableSize", st.DeflateDynamicTableSize)
		r.Set("inflateDynamicTableSize", st.InflateDynamicTableSize)
		return r
	})
	set("setNextStreamID", func(h *handle, c goja.FunctionCall) goja.Value {
		if h.sess == nil {
			return vm.ToValue(false)
		}
		// The JS side range-checked the number; ToUint32 as nghttp2's binding takes it.
		return vm.ToValue(h.sess.SetNextStreamID(uint32(arg(c, 0).ToInteger())))
	})
	set("localSettings", func(h *handle, c goja.FunctionCall) goja.Value {
		if h.sess == nil {
			return goja.Undefined()
		}
		return b.settingsObject(h.sess.LocalSettings())
	})
	set("remoteSettings", func(h *handle, c goja.FunctionCall) goja.Value {
		if h.sess == nil {
			return goja.Undefined()
		}
		return b.settingsObject(h.sess.RemoteSettings())
	})
	set("pendingSettingsAck", func(h *handle, c goja.FunctionCall) goja.Value {
		if h.sess == nil {
			return vm.ToValue(false)
		}
		return vm.ToValue(h.sess.PendingSettingsAck() > 0)
	})
	set("ref", func(h *handle, c goja.FunctionCall) goja.Value { h.ref(); return goja.Undefined() })
	set("unref", func(h *handle, c goja.FunctionCall) goja.Value { h.unref(); return goja.Undefined() })
	return o
}

func boolInt(v bool) int {
	if v {
		return 1
	}
	return 0
}

// bytesOf returns the bytes of a Buffer/TypedArray/ArrayBuffer/DataView or
// the UTF-8 of a string.
func bytesOf(vm *goja.Runtime, v goja.Value) []byte {
	switch x := v.Export().(type) {
	case []byte:
		return x
	case goja.ArrayBuffer:
		return x.Bytes()
	case string:
		return []byte(x)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return []byte(v.String())
	}
	abv := o.Get("buffer")
	ab, ok := abv.Export().(goja.ArrayBuffer)
	if !ok {
		return nil
	}
	off := int(o.Get("byteOffset").ToInteger())
	n := int(o.Get("byteLength").ToInteger())
	return ab.Bytes()[off : off+n]
}

// headerList converts the flat JS array [name, value, sensitive?, …] built
// by the JS layer (name, value, flags triples) into hpack fields; a block
// built by requestHeaders is taken as it is.
func (b *binding) headerList(v goja.Value) []hpack.HeaderField {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	arr := v.ToObject(b.vm)
	if arr.ExportType() == fieldListType {
		return arr.Export().(*fieldList).fields
	}
	n := int(arr.Get("length").ToInteger())
	out := make([]hpack.HeaderField, 0, n/3)
	for i := 0; i+2 < n; i += 3 {
		out = append(out, hpack.HeaderField{
			Name:      arr.Get(strconv.Itoa(i)).String(),
			Value:     arr.Get(strconv.Itoa(i + 1)).String(),
			Sensitive: arr.Get(strconv.Itoa(i + 2)).ToBoolean(),
		})
	}
	return out
}

// singleValue are the headers Node keeps only the first value of.
var singleValue = map[string]bool{
	":status": true, ":method": true, ":authority": true, ":scheme": true, ":path": true, ":protocol": true,
	"access-control-allow-credentials": true, "access-control-max-age": true, "access-control-request-method": true,
	"age": true, "authorization": true, "content-encoding": true, "content-language": true, "content-length": true,
	"content-location": true, "content-md5": true, "content-range": true, "content-type": true, "date": true,
	"dnt": true, "etag": true, "expires": true, "from": true, "host": true, "if-match": true,
	"if-modified-since": true, "if-none-match": true, "if-range": true, "if-unmodified-since": true,
	"last-modified": true, "location": true, "max-forwards": true, "proxy-authorization": true, "range": true,
	"referer": true, "retry-after": true, "tk": true, "upgrade-insecure-requests": true, "user-agent": true,
	"x-content-type-options": true,
}

// headersObject builds Node's header object (null prototype, :status a
// number, duplicates joined per Node's rules, set-cookie an array, the
// sensitive names under http2.sensitiveHeaders) and the raw headers array,
// straight from the decoded fields.
func (b *binding) headersObject(fields []hpack.HeaderField) (*goja.Object, *goja.Object) {
	if !repeatedNames(fields) {
		return b.uniqueHeadersObject(fields)
	}
	vm := b.vm
	obj := vm.NewObject()
	_ = obj.SetPrototype(nil)
	raw := make([]any, 0, 2*len(fields))
	var sensitive []any
	type multi struct {
		s     string
		slice []any
	}
	var seen map[string]*multi
	for _, f := range fields {
		raw = append(raw, f.Name, f.Value)
		if f.Sensitive {
			sensitive = append(sensitive, f.Name)
		}
		if seen == nil {
			seen = make(map[string]*multi, len(fields))
		}
		if m, ok := seen[f.Name]; ok {
			if singleValue[f.Name] {
				continue
			}
			switch f.Name {
			case "set-cookie":
				m.slice = append(m.slice, f.Value)
			case "cookie":
				m.s += "; " + f.Value
			default:
				m.s += ", " + f.Value
			}
			continue
		}
		if f.Name == "set-cookie" {
			seen[f.Name] = &multi{slice: []any{f.Value}}
		} else {
			seen[f.Name] = &multi{s: f.Value}
		}
		obj.Set(f.Name, goja.Undefined()) // fixes the key order
	}
	for name, m := range seen {
		switch {
		case name == ":status":
			n, err := strconv.Atoi(m.s)
			if err != nil {
				obj.Set(name, 0)
			} else {
				obj.Set(name, n)
			}
		case m.slice != nil:
			obj.Set(name, vm.NewArray(m.slice...))
		default:
			obj.Set(name, m.s)
		}
	}
	if b.sensitive != nil {
		if sensitive == nil {
			sensitive = []any{}
		}
		_ = obj.SetSymbol(b.sensitive, vm.NewArray(sensitive...))
	}
	return obj, vm.NewArray(raw...)
}

func (b *binding) settingsObject(s bindings.Settings) *goja.Object {
	o := b.vm.NewObject()
	o.Set("headerTableSize", s.HeaderTableSize)
	o.Set("enablePush", s.EnablePush)
	o.Set("initialWindowSize", s.InitialWindowSize)
	o.Set("maxFrameSize", s.MaxFrameSize)
	o.Set("maxConcurrentStreams", s.MaxConcurrentStreams)
	o.Set("maxHeaderListSize", s.MaxHeaderListSize)
	o.Set("maxHeaderSize", s.MaxHeaderListSize)
	o.Set("enableConnectProtocol", s.EnableConnectProtocol)
	if len(s.Custom) > 0 {
		c := b.vm.NewObject()
		for id, v := range s.Custom {
			c.Set(strconv.Itoa(int(id)), v)
		}
		o.Set("customSettings", c)
	}
	return o
}

// settingsList reads a validated JS settings object.
func (b *binding) settingsList(v goja.Value) []bindings.Setting {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	o := v.ToObject(b.vm)
	var out []bindings.Setting
	add := func(name string, id uint16, isBool bool) {
		x := o.Get(name)
		if x == nil || goja.IsUndefined(x) {
			return
		}
		if isBool {
			out = append(out, bindings.Setting{ID: id, Val: uint32(boolInt(x.ToBoolean()))})
			return
		}
		out = append(out, bindings.Setting{ID: id, Val: uint32(x.ToInteger())})
	}
	add("headerTableSize", bindings.SettingHeaderTableSize, false)
	add("enablePush", bindings.SettingEnablePush, true)
	add("maxConcurrentStreams", bindings.SettingMaxConcurrentStreams, false)
	add("initialWindowSize", bindings.SettingInitialWindowSize, false)
	add("maxFrameSize", bindings.SettingMaxFrameSize, false)
	add("maxHeaderListSize", bindings.SettingMaxHeaderListSize, false)
	add("enableConnectProtocol", bindings.SettingEnableConnectProtocol, true)
	if c := o.Get("customSettings"); c != nil && !goja.IsUndefined(c) && !goja.IsNull(c) {
		co := c.ToObject(b.vm)
		for _, k := range co.Keys() {
			id, err := strconv.Atoi(k)
			if err == nil {
				out = append(out, bindings.Setting{ID: uint16(id), Val: uint32(co.Get(k).ToInteger())})
			}
		}
	}
	return out
}

var _ = errors.New
