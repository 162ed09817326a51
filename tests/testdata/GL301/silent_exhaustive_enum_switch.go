package gl301

import "sync"

type offsetSource int

const (
	srcMemory offsetSource = iota
	srcStore
	srcMemoryThenStore
)

type offsets struct {
	mu    sync.RWMutex
	table map[string]int64
}

var offsetsFetchErr error

func (s *offsets) fetch(k string) (int64, error) { return 0, offsetsFetchErr }

// The switch names every constant of the unexported enum, and the package
// never converts a number to it: the empty default cannot be chosen, and no
// path reaches the last return with the read lock held.
func (s *offsets) read(k string, m offsetSource) (int64, error) {
	s.mu.RLock()
	switch m {
	case srcMemory, srcMemoryThenStore:
		if off, ok := s.table[k]; ok {
			s.mu.RUnlock()
			return off, nil
		}
		if m == srcMemory {
			s.mu.RUnlock()
			return -1, nil
		}
		fallthrough
	case srcStore:
		off, err := s.fetch(k)
		s.mu.RUnlock()
		return off, err
	default:
	}
	return -1, nil
}

func use(s *offsets) {
	s.read("a", srcStore)
	s.read("b", srcMemoryThenStore)
}
