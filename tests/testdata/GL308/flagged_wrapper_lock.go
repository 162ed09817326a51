package gl308

import (
	"example.com/syncutil"
)

// A wrapper of sync.RWMutex (a type named RWMutex): writers still hold back new readers.
type Index struct {
	mu   syncutil.RWMutex
	keys []string
}

func (x *Index) size() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.keys)
}

func (x *Index) Size() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.size() // want `x\.mu is read-locked again while its read lock is held`
}

func (x *Index) Add(k string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.keys = append(x.keys, k)
}
