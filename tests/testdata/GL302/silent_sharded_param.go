package gl302

import "sync"

type paddedShard struct {
	mt sync.Mutex
	_  [56]byte
}

// shardedMutex locks the shard its argument picks.
type shardedMutex struct{ shards []paddedShard }

func (s shardedMutex) Lock(i int)   { s.shards[i].mt.Lock() }
func (s shardedMutex) Unlock(i int) { s.shards[i].mt.Unlock() }

// Each turn locks another shard: the calls name different mutexes.
func lockEveryShard(s shardedMutex, n int) {
	for i := 0; i < n; i++ {
		s.Lock(i)
	}
	for i := 0; i < n; i++ {
		s.Unlock(i)
	}
}
