package gl302

import "sync"

// Acquire locks the cache and returns a handle; the handle's Release, promoted from the embedded
// cache, unlocks it, deferred by addMount: nothing is held from one mount to the next.

type marshalCache struct {
	mu    sync.Mutex
	cache map[string]int
}

type marshalCacheInstance struct {
	*marshalCache
}

func (mc *marshalCache) Acquire() *marshalCacheInstance {
	mc.mu.Lock()
	return &marshalCacheInstance{mc}
}

func (mc *marshalCacheInstance) Release() {
	mc.mu.Unlock()
}

type execOp struct {
	cache  marshalCache
	mounts []string
}

func (e *execOp) addMount(target string) {
	c := e.cache.Acquire()
	defer c.Release()
	e.mounts = append(e.mounts, target)
}

func (e *execOp) addMounts(targets []string) {
	for _, t := range targets {
		e.addMount(t)
	}
}
