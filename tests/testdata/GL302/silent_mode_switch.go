package gl302

import "sync"

const (
	WorkerModeBind    = "Bind"
	WorkerModeDynamic = "DynamicBind"
)

type workerConfig struct{ Mode string }

var workerCfg = &workerConfig{}

type workerPool struct {
	mu   sync.Mutex
	free map[uint32]struct{}
}

// The two ifs test the one mode against two different constants: no run takes both, so the deferred
// unlock of the first never overlaps the second Lock.
func (p *workerPool) take() uint32 {
	if workerCfg.Mode == WorkerModeBind {
		p.mu.Lock()
		defer p.mu.Unlock()
		for k := range p.free {
			delete(p.free, k)
			return k
		}
	}
	if workerCfg.Mode == WorkerModeDynamic {
		p.mu.Lock()
		for k := range p.free {
			delete(p.free, k)
			p.mu.Unlock()
			return k
		}
		p.mu.Unlock()
	}
	return 0
}
