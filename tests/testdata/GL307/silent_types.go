package gl307

import "sync"

// One order through calls everywhere: Store.mu, then Index.mu.
type Store struct {
	mu  sync.Mutex
	idx *Index
}

type Index struct {
	mu   sync.Mutex
	keys []string
}

func (x *Index) add(k string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.keys = append(x.keys, k)
}

func (s *Store) Put(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.idx.add(k)
}

// Index.mu is released before Store.mu is taken.
func (x *Index) Flush(s *Store) {
	x.mu.Lock()
	keys := x.keys
	x.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	_ = keys
}
