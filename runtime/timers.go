package runtime

import (
	"container/heap"
	"time"
)

// timerQueue schedules the JS timers of one runtime: a heap of deadlines served by a single Go
// time.Timer, so timers fire in deadline order and, for equal deadlines, in creation order, as in
// Node. Fired timers go to the loop as one job that runs every expired timer.
type timerQueue struct {
	items   timerHeap
	byID    map[int64]*timerItem
	seq     uint64
	wake    *time.Timer
	wakeAt  time.Time
	pending bool // a job to run expired timers is already posted
	post    func(func()) bool
	fire    func(id int64)
}

type timerItem struct {
	id       int64
	deadline time.Time
	seq      uint64
	index    int
}

type timerHeap []*timerItem

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].deadline.Equal(h[j].deadline) {
		return h[i].seq < h[j].seq
	}
	return h[i].deadline.Before(h[j].deadline)
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	it := x.(*timerItem)
	it.index = len(*h)
	*h = append(*h, it)
}
func (h *timerHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	it.index = -1
	return it
}

func newTimerQueue(post func(func()) bool, fire func(id int64)) *timerQueue {
	return &timerQueue{byID: map[int64]*timerItem{}, post: post, fire: fire}
}

// schedule (re)arms timer id to fire after d. Loop goroutine only.
func (q *timerQueue) schedule(id int64, d time.Duration) {
	q.cancel(id)
	q.seq++
	it := &timerItem{id: id, deadline: time.Now().Add(d), seq: q.seq}
	q.byID[id] = it
	heap.Push(&q.items, it)
	q.rearm()
}

// cancel removes timer id if it is scheduled. Loop goroutine only.
func (q *timerQueue) cancel(id int64) {
	if it := q.byID[id]; it != nil {
		delete(q.byID, id)
		heap.Remove(&q.items, it.index)
	}
}

// rearm points the Go timer at the earliest deadline.
func (q *timerQueue) rearm() {
	if len(q.items) == 0 {
		if q.wake != nil {
			q.wake.Stop()
			q.wakeAt = time.Time{}
		}
		return
	}
	next := q.items[0].deadline
	if q.wake != nil && q.wakeAt.Equal(next) {
		return
	}
	d := time.Until(next)
	if d < 0 {
		d = 0
	}
	q.wakeAt = next
	if q.wake == nil {
		q.wake = time.AfterFunc(d, q.onWake)
	} else {
		q.wake.Reset(d)
	}
}

// onWake runs on the Go timer's goroutine: hand the expired timers to the loop.
func (q *timerQueue) onWake() {
	q.post(q.runExpired)
}

// runExpired fires, in order, every timer whose deadline has passed. Timers scheduled while this
// runs (a setTimeout(0) inside a callback) wait for the next round, as in Node.
func (q *timerQueue) runExpired() {
	q.wakeAt = time.Time{}
	now := time.Now()
	var due []int64
	for len(q.items) > 0 && !q.items[0].deadline.After(now) {
		it := heap.Pop(&q.items).(*timerItem)
		delete(q.byID, it.id)
		due = append(due, it.id)
	}
	for _, id := range due {
		q.fire(id)
	}
	q.rearm()
}

// stop releases the Go timer; used when the runtime closes.
func (q *timerQueue) stop() {
	if q.wake != nil {
		q.wake.Stop()
	}
	q.items = nil
	q.byID = map[int64]*timerItem{}
}
