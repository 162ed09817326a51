package gl304

import "sync"

type index struct {
	mu sync.RWMutex
	m  map[string]int
}

func (x *index) Put(k string, v int) {
	x.mu.Lock()
	x.m[k] = v
	x.mu.RUnlock() // want `x.mu.RUnlock\(\) releases a lock taken with x.mu.Lock\(\)`
}
