package gl310

import "sync"

// A bounded ring queue whose Enqueue/Dequeue wait on a sync.Cond under an
// `if`, then `goto` a label placed before the condition checks: the goto
// jumps back and re-checks everything after every wake-up, so the Wait is
// in a loop even though no `for` is written.
type gotoQueue struct {
	mu      sync.Mutex
	notFull *sync.Cond
	notEmp  *sync.Cond
	closed  bool
	buf     []int
	head    int
	tail    int
}

func newGotoQueue(n int) *gotoQueue {
	q := &gotoQueue{buf: make([]int, n)}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmp = sync.NewCond(&q.mu)
	return q
}

func (q *gotoQueue) empty() bool { return q.head == q.tail }
func (q *gotoQueue) full() bool  { return (q.tail+1)%len(q.buf) == q.head }

func (q *gotoQueue) Put(v int) {
	q.mu.Lock()
again:
	if q.closed {
		q.mu.Unlock()
		return
	}
	if q.full() {
		q.notFull.Wait()
		goto again
	}
	q.tail = (q.tail + 1) % len(q.buf)
	q.buf[q.tail] = v
	q.notEmp.Signal()
	q.mu.Unlock()
}

func (q *gotoQueue) Get() (int, bool) {
	q.mu.Lock()
again:
	if q.closed {
		q.mu.Unlock()
		return 0, false
	}
	if q.empty() {
		q.notEmp.Wait()
		goto again
	}
	q.head = (q.head + 1) % len(q.buf)
	v := q.buf[q.head]
	q.notFull.Signal()
	q.mu.Unlock()
	return v, true
}

func (q *gotoQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.notFull.Broadcast()
	q.notEmp.Broadcast()
	q.mu.Unlock()
}
