package gl301

import "sync"

type mapShard struct {
	mu  sync.Mutex
	buf []byte
}

type shardMapper struct {
	shards []mapShard
}

// writeShard releases the shard its caller locked.
func (m *shardMapper) writeShard(buf []byte, i int) {
	_ = buf
	m.shards[i].mu.Unlock()
}

// Each turn locks its shard and hands it to writeShard, which unlocks it.
func (m *shardMapper) flushAll() {
	for i := range m.shards {
		sh := &m.shards[i]
		if len(sh.buf) > 0 {
			sh.mu.Lock()
			m.writeShard(sh.buf, i)
		}
	}
}
