package gl506

import "sync"

// dirLocks hands out one mutex per key.
type dirLocks struct {
	mu    sync.Mutex
	locks map[string]*sync.Mutex
}

func (k *dirLocks) get(key string) *sync.Mutex {
	k.mu.Lock()
	defer k.mu.Unlock()
	m, ok := k.locks[key]
	if !ok {
		m = &sync.Mutex{}
		k.locks[key] = m
	}
	return m
}

func (k *dirLocks) Lock(key string)   { k.get(key).Lock() }
func (k *dirLocks) Unlock(key string) { k.get(key).Unlock() }

var metaLocks = &dirLocks{locks: map[string]*sync.Mutex{}}

type unitConfig struct {
	Dir  string
	Meta map[string]string
}

// copyMeta writes target.Meta under the lock of target.Dir.
func copyMeta(src, target *unitConfig) {
	metaLocks.Lock(target.Dir)
	defer metaLocks.Unlock(target.Dir)
	if target.Meta == nil {
		target.Meta = map[string]string{}
	}
	for k, v := range src.Meta {
		target.Meta[k] = v
	}
}

// CopyAllMeta: every goroutine copies into one target, under one key.
func CopyAllMeta(srcs []*unitConfig, target *unitConfig) {
	var wg sync.WaitGroup
	for _, s := range srcs {
		wg.Add(1)
		go func(s *unitConfig) {
			defer wg.Done()
			copyMeta(s, target)
		}(s)
	}
	wg.Wait()
}
