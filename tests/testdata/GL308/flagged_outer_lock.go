package gl308

import "sync"

type shard struct {
	mtx  sync.RWMutex
	keys []string
}

func (s *shard) put(k string) {
	s.mtx.Lock()
	s.keys = append(s.keys, k)
	s.mtx.Unlock()
}

func (s *shard) count() int {
	s.mtx.RLock()
	defer s.mtx.RUnlock()
	return len(s.keys)
}

func (s *shard) stats() (int, int) {
	s.mtx.RLock()
	defer s.mtx.RUnlock()
	return len(s.keys), s.count() // want `s\.mtx is read-locked again while its read lock is held`
}

type ring struct {
	mtx    sync.RWMutex
	shards []*shard
}

// Load puts under the ring's lock, but Grow puts without it: a writer of the shard can be waiting
// between stats' two read locks even while the ring is read-locked.
func (r *ring) Load(k string) {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	r.shards[0].put(k)
}

func (r *ring) Grow(k string) { r.shards[0].put(k) }

func (r *ring) Stats() (int, int) {
	r.mtx.RLock()
	defer r.mtx.RUnlock()
	return r.shards[0].stats()
}
