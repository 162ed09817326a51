package gl302

import "sync"

// currentShard locks the shard a field picks, the same one on both calls.
type currentShard struct {
	shards []paddedShard
	cur    int
	mu     sync.Mutex
}

func (s *currentShard) lockCur() { s.shards[s.cur].mt.Lock() }

func lockCurrentTwice(s *currentShard) {
	s.lockCur()
	s.lockCur() // want `locks s.shards.mt again`
}
