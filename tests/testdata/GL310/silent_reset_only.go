package gl310

import "sync"

// A one-shot barrier: after waking, the waiter only resets the flag and unlocks; it acts on nothing
// the condition tested.
type oneShot struct {
	mu    sync.Mutex
	cond  *sync.Cond
	ready bool
}

func newOneShot() *oneShot {
	o := &oneShot{}
	o.cond = sync.NewCond(&o.mu)
	return o
}

func (o *oneShot) fire() {
	o.mu.Lock()
	o.ready = true
	o.cond.Signal()
	o.mu.Unlock()
}

func (o *oneShot) wait() {
	o.mu.Lock()
	if !o.ready {
		o.cond.Wait()
	}
	o.ready = false
	o.mu.Unlock()
}
