package gl301

import "sync"

// Each call makes its own mutex and shares it with no one: once the function has returned, no Lock
// anywhere can wait for the one left held.
func Local(k string) int {
	var st struct {
		mu sync.RWMutex
		m  map[string]int
	}
	st.mu.RLock()
	if k == "" {
		return 1
	}
	st.mu.RUnlock()
	return 0
}

func localLiteral(b bool) int {
	mu := &sync.Mutex{}
	mu.Lock()
	if b {
		return 1
	}
	mu.Unlock()
	return 0
}
