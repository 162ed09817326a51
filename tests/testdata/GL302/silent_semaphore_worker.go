package gl302

import "sync"

// The gate is a semaphore: enqueue locks it for a task and hands the task to the worker goroutine,
// which releases the lock once the task has run. A second enqueue waits for that worker.

type gateTask struct {
	run       func()
	exclusive bool
}

type gatedPool struct {
	gate  sync.RWMutex
	tasks chan gateTask
}

func (p *gatedPool) startWorker() {
	go func() {
		for task := range p.tasks {
			task.run()
			if task.exclusive {
				p.gate.Unlock()
			} else {
				p.gate.RUnlock()
			}
		}
	}()
}

func (p *gatedPool) enqueue(task gateTask) {
	if task.exclusive {
		p.gate.Lock()
	} else {
		p.gate.RLock()
	}
	p.tasks <- task
}

func (p *gatedPool) submitAll(fns []func()) {
	for _, fn := range fns {
		p.enqueue(gateTask{run: fn})
		p.enqueue(gateTask{run: fn, exclusive: true})
	}
}
