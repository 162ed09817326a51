package gl302

import "sync"

type workerPool2 struct {
	mu   sync.Mutex
	free map[uint32]struct{}
}

// The second test is of another setting: a run can take both ifs, and the second Lock waits for the
// first, whose deferred unlock runs only at return.
func (p *workerPool2) take2(extra bool) uint32 {
	if workerCfg.Mode == WorkerModeBind {
		p.mu.Lock()
		defer p.mu.Unlock()
		for k := range p.free {
			delete(p.free, k)
			return k
		}
	}
	if extra {
		p.mu.Lock() // want `p\.mu is locked again while this goroutine holds it`
		p.free = map[uint32]struct{}{}
		p.mu.Unlock()
	}
	return 0
}
