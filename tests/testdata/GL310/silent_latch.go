package gl310

import "sync"

// A one-shot latch: done only ever becomes true, and the only Broadcast follows that set, so a
// waiter woken by it finds done true, and it stays true.
type latch struct {
	cond sync.Cond
	done bool
	err  error
}

func newLatch() *latch {
	return &latch{cond: *sync.NewCond(&sync.Mutex{}), done: false}
}

func (l *latch) Wait() {
	l.cond.L.Lock()
	defer l.cond.L.Unlock()
	if !l.done {
		l.cond.Wait()
	}
}

func (l *latch) Release(err error) {
	l.cond.L.Lock()
	defer l.cond.L.Unlock()
	if !l.done {
		l.err = err
		l.done = true
		l.cond.Broadcast()
	}
}

func (l *latch) Err() error {
	l.cond.L.Lock()
	defer l.cond.L.Unlock()
	return l.err
}
