package gl301

import "sync"

type leaseTable struct {
	mu     sync.RWMutex
	ready  bool
	leases map[string]int
}

// lockReady returns holding the lock on every path once the table is ready,
// releasing it between tries: its callers unlock it.
func (t *leaseTable) lockReady() {
	for {
		t.mu.Lock()
		if t.ready {
			return
		}
		t.mu.Unlock()
	}
}

func (t *leaseTable) grant(k string) {
	t.lockReady()
	defer t.mu.Unlock()
	t.leases[k]++
}

// rlockFresh is released by its partner, releaseFresh, which unlocks without
// locking.
func (t *leaseTable) rlockFresh() {
	for {
		t.mu.RLock()
		if t.ready {
			return
		}
		t.mu.RUnlock()
	}
}

func (t *leaseTable) releaseFresh() {
	t.mu.RUnlock()
}

// waitLocked is entered holding the lock: it lets it go while it waits and
// takes it again, as its caller expects.
func (t *leaseTable) waitLocked() {
	for !t.ready {
		t.mu.Unlock()
		t.mu.Lock()
	}
}

func (t *leaseTable) renew(k string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.waitLocked()
	t.leases[k]++
}

// LockWhenReady is exported: callers in other packages may unlock it.
func (t *leaseTable) LockWhenReady() {
	for {
		t.mu.Lock()
		if t.ready {
			return
		}
		t.mu.Unlock()
	}
}

type leaseShard struct {
	mu     sync.RWMutex
	leases []int
}

// Each turn read-locks another shard; the early return needs a callback that
// says stop, and whichever shard it leaves held is that turn's, not a retry of
// one mutex (what it leaves depends on values goleash does not follow).
func rangeLeases(shards []*leaseShard, f func(int) bool) {
	for _, sh := range shards {
		sh.mu.RLock()
		for _, l := range sh.leases {
			if !f(l) {
				return
			}
		}
		sh.mu.RUnlock()
	}
}
