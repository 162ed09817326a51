package gl302

import "sync"

type stateStore struct {
	mu      sync.Mutex
	changes int
}

func (s *stateStore) Lock()   { s.mu.Lock() }
func (s *stateStore) Unlock() { s.mu.Unlock() }

// Unlocker returns a func that releases the store through its Unlock method and hands back how to
// take it again.
func (s *stateStore) Unlocker() (unlock func() (relock func())) {
	return func() func() {
		s.Unlock()
		return s.Lock
	}
}

// The store is let go for a slow step while held: the Lock of that step finds it free.
func slowStep(st *stateStore, work func()) {
	unlocker := st.Unlocker()
	st.Lock()
	defer st.Unlock()
	st.changes++
	relock := unlocker()
	st.Lock()
	work()
	st.Unlock()
	relock()
	st.changes++
}

// releaser returns a func that releases through the Unlock method.
func (s *stateStore) releaser() func() {
	return func() { s.Unlock() }
}

func twoSteps(st *stateStore) {
	st.Lock()
	release := st.releaser()
	st.changes++
	release()
	st.Lock()
	st.changes++
	st.Unlock()
}
