package gl301

import "sync"

type shard struct {
	mu   sync.Mutex
	keys map[string]int
}

type shardSet struct{ shards [16]shard }

func shardOf(key string) int { return len(key) % 16 }

// Every shard a key picks is locked in one loop and unlocked in another, the
// index a local the loop's body computes from the turn's key: each turn names
// another mutex, which one flow cannot follow.
func (s *shardSet) putAll(keys []string) {
	for _, k := range keys {
		i := shardOf(k)
		s.shards[i].mu.Lock()
	}
	for _, k := range keys {
		s.shards[shardOf(k)].keys[k]++
	}
	for _, k := range keys {
		i := shardOf(k)
		s.shards[i].mu.Unlock()
	}
}
