package gl301

import "sync"

type pinShard struct {
	mu   sync.Mutex
	keys map[string]int
}

type pinShardSet struct{ shards [16]pinShard }

// A local of the loop's body that picks the element, locked and released in
// the same turn: followed as one mutex, and the early return leaves it locked.
func (s *pinShardSet) putAll(keys []string) bool {
	for _, k := range keys {
		i := len(k) % 16
		s.shards[i].mu.Lock()
		if s.shards[i].keys[k] > 10 {
			return false // want `return with s\.shards\.mu locked`
		}
		s.shards[i].keys[k]++
		s.shards[i].mu.Unlock()
	}
	return true
}
