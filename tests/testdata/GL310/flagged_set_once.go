package gl310

import "sync"

// A result that is cleared again: a waiter woken by one set can find it nil.
type slot struct {
	mu   sync.Mutex
	cond *sync.Cond
	val  *block
}

func newSlot() *slot {
	s := &slot{}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *slot) put(b *block) {
	s.mu.Lock()
	s.val = b
	s.mu.Unlock()
	s.cond.Broadcast()
}

func (s *slot) take() *block {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.val == nil {
		s.cond.Wait() // want `s\.cond\.Wait\(\) under an if, not a loop`
	}
	b := s.val
	s.val = nil
	return b
}

// Set once and never cleared, but one Broadcast can run before anything was set.
type once struct {
	mu   sync.Mutex
	cond *sync.Cond
	val  *block
}

func newOnce() *once {
	o := &once{}
	o.cond = sync.NewCond(&o.mu)
	return o
}

func (o *once) set(b *block, wake bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if wake {
		o.cond.Broadcast() // wakes waiters while val may still be nil
		return
	}
	o.val = b
	o.cond.Broadcast()
}

func (o *once) get() *block {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.val == nil {
		o.cond.Wait() // want `o\.cond\.Wait\(\) under an if, not a loop`
	}
	return o.val
}
