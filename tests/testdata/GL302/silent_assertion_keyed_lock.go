package gl302

import "sync"

type diskStore struct{ mu sync.Mutex }
type memoryStore struct{ mu sync.Mutex }

type stream struct{ store interface{} }

func (fs *diskStore) expire()   { fs.mu.Lock(); fs.mu.Unlock() }
func (ms *memoryStore) expire() { ms.mu.Lock(); ms.mu.Unlock() }

// The store's lock is taken and released under the same type assertion of the same field: the field
// is read before and after that Lock, but the Lock itself is keyed on it, and the release takes the
// same branch.
func holdThenExpire(s *stream) {
	if fs, ok := s.store.(*diskStore); ok {
		fs.mu.Lock()
	} else if ms, ok := s.store.(*memoryStore); ok {
		ms.mu.Lock()
	}
	if fs, ok := s.store.(*diskStore); ok {
		fs.mu.Unlock()
	} else if ms, ok := s.store.(*memoryStore); ok {
		ms.mu.Unlock()
	}
	if fs, ok := s.store.(*diskStore); ok {
		fs.expire()
	} else if ms, ok := s.store.(*memoryStore); ok {
		ms.expire()
	}
}
