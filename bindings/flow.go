package bindings

// outflow is the peer's flow-control window for data we send: on a stream
// or on the connection. It may go negative when the peer lowers
// SETTINGS_INITIAL_WINDOW_SIZE (RFC 9113 §6.9.2).
type outflow struct {
	n int64
}

func (f *outflow) available() int64 {
	if f.n < 0 {
		return 0
	}
	return f.n
}

// add applies a WINDOW_UPDATE increment or a SETTINGS delta. It reports
// false when the window would exceed 2^31-1, which is a FLOW_CONTROL_ERROR.
func (f *outflow) add(d int64) bool {
	if f.n+d > maxWindow {
		return false
	}
	f.n += d
	return true
}

func (f *outflow) take(n int64) { f.n -= n }

// inflow is our receive window as the peer sees it. avail is what the peer
// may still send; unacked counts bytes the consumer has processed that we
// have not yet returned with WINDOW_UPDATE; target is the window size we
// want the peer to have (initial window or SetLocalWindowSize).
//
// Credit is returned only when the consumer says so (Consumed), which is
// what makes a slow JS reader slow down the peer.
type inflow struct {
	avail   int64
	unacked int64
	target  int64
}

func newInflow(size uint32) inflow {
	return inflow{avail: int64(size), target: int64(size)}
}

// take accounts for n received bytes; false means the peer overran the
// window.
func (f *inflow) take(n int64) bool {
	if n > f.avail {
		return false
	}
	f.avail -= n
	return true
}

// consumed records n processed bytes and returns the WINDOW_UPDATE
// increment to send now (0 for none). Updates are batched until half the
// target window was consumed so that a chunk-by-chunk consumer does not
// produce a frame per chunk.
func (f *inflow) consumed(n int64) uint32 {
	f.unacked += n
	return f.flush(false)
}

// flush returns the increment to announce; force skips the half-window
// batching threshold.
func (f *inflow) flush(force bool) uint32 {
	room := f.target - f.avail
	if room <= 0 {
		f.unacked = 0
		return 0
	}
	inc := min(f.unacked, room)
	if inc <= 0 {
		return 0
	}
	// Waiting for half a window avoids the silly-window syndrome of a
	// sender chasing tiny increments; the peer still has the other half.
	if !force && inc < (f.target+1)/2 {
		return 0
	}
	f.avail += inc
	f.unacked = 0
	if inc > maxWindow {
		inc = maxWindow
	}
	return uint32(inc)
}

// setTarget changes the desired window and returns the increment that
// grows the peer's window to it (0 when shrinking: a window cannot be taken
// back, it just is not refilled past the new target).
func (f *inflow) setTarget(n int64) uint32 {
	old := f.target
	f.target = n
	if n > old {
		inc := n - old
		f.avail += inc
		return uint32(inc)
	}
	return 0
}

// adjust applies a change of our SETTINGS_INITIAL_WINDOW_SIZE once the peer
// acknowledged it: the peer has already adjusted its view by delta.
func (f *inflow) adjust(delta int64) {
	f.avail += delta
	f.target += delta
}
