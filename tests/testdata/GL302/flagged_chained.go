package gl302

import "sync"

// chainMu's Lock and Unlock return the lock itself, for chaining.
type chainMu struct{ mtx sync.Mutex }

func (l *chainMu) Lock() *chainMu   { l.mtx.Lock(); return l }
func (l *chainMu) Unlock() *chainMu { l.mtx.Unlock(); return l }

type chainStore struct {
	mu chainMu
	n  int
}

// 'defer s.mu.Lock().Unlock()' takes the lock now (the deferred call's
// receiver is evaluated at the defer statement): the next Lock deadlocks.
func (s *chainStore) Add() {
	defer s.mu.Lock().Unlock()
	s.mu.Lock() // want `locks s.mu.mtx again while it is held`
	s.n++
}

func (s *chainStore) Get() int {
	defer s.mu.Lock().Unlock()
	return s.n
}
