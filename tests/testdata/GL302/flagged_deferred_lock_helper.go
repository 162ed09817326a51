package gl302

import "sync"

type stateStore struct {
	mu   sync.Mutex
	data string
}

// lockStore locks and returns the unlock: `defer s.lockStore()()` holds it to the end.
func (s *stateStore) lockStore() func() {
	s.mu.Lock()
	return s.mu.Unlock
}

func (s *stateStore) Put(v string) {
	defer s.lockStore()()
	s.data = v
}

func (s *stateStore) Reset() {
	defer s.lockStore()()
	s.Put("") // want `s\.Put\(\) locks s\.mu again while it is held here: deadlock`
}
