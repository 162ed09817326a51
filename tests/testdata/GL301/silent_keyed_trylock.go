package gl301

import (
	"context"
	"database/sql"
	"sync"
)

// shardLocks holds one lock per key: TryLock(key) and Unlock(key) take and release the key's lock, not
// the mutex that guards the map. CountRows spins on TryLock(key) and releases with a deferred Unlock(key):
// it holds nothing when it returns, and neither does its caller.
type shardLocks struct {
	mu   sync.Mutex
	held map[string]bool
}

func (k *shardLocks) TryLock(key string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.held[key] {
		return false
	}
	k.held[key] = true
	return true
}

func (k *shardLocks) Unlock(key string) {
	k.mu.Lock()
	delete(k.held, key)
	k.mu.Unlock()
}

var shardTable = &shardLocks{held: map[string]bool{}}

type shardClient struct {
	name     string
	readOnly bool
}

func lockShard(name string) {
	for !shardTable.TryLock(name) {
	}
}

func unlockShard(name string) { shardTable.Unlock(name) }

func (c *shardClient) lockShardIfNeeded() {
	if !c.readOnly {
		lockShard(c.name)
	}
}

func (c *shardClient) unlockShardIfNeeded() {
	if !c.readOnly {
		unlockShard(c.name)
	}
}

func (c *shardClient) CountRows(ctx context.Context, db *sql.DB) (int, error) {
	c.lockShardIfNeeded()
	defer c.unlockShardIfNeeded()
	rows, err := db.QueryContext(ctx, "select 1")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	return n, nil
}
