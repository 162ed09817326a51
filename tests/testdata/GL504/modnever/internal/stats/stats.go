package stats

import (
	"sync"
	"sync/atomic"
)

type Summary struct {
	mu      sync.Mutex
	names   []string
	queries uint64
	remote  uint64
}

func (s *Summary) AddQuery(name string) {
	atomic.AddUint64(&s.queries, 1)
	s.mu.Lock()
	s.names = append(s.names, name)
	s.mu.Unlock()
}

// AddRemote counts a query sent to another node; nothing in the application calls it yet.
func (s *Summary) AddRemote() {
	atomic.AddUint64(&s.remote, 1)
}

// Report reads the remote count plainly: the only function that adds to it never runs.
func (s *Summary) Report() (uint64, uint64) {
	return atomic.LoadUint64(&s.queries), s.remote
}
