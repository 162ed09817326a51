package gl302

import "sync"

// The worker takes and releases the lock itself: nothing releases what enqueueLocked keeps.

type lockedPool struct {
	gate  sync.Mutex
	tasks chan func()
}

func (p *lockedPool) startWorker() {
	go func() {
		for task := range p.tasks {
			p.gate.Lock()
			task()
			p.gate.Unlock()
		}
	}()
}

func (p *lockedPool) enqueueLocked(task func()) {
	p.gate.Lock()
	p.tasks <- task
}

func (p *lockedPool) submitTwo(a, b func()) {
	p.enqueueLocked(a)
	p.enqueueLocked(b) // want `p.enqueueLocked\(\) locks p.gate again while it is held here`
}
