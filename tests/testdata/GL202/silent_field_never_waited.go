package gl202

import "sync"

// The exchange counts its workers in a WaitGroup field but nothing in the package waits on it: a Done
// skipped by an early return blocks nobody.
type headerExchange struct {
	workers *sync.WaitGroup
	headers chan int
}

func (e *headerExchange) start() {
	e.workers = &sync.WaitGroup{}
	e.workers.Add(1)
	go func() {
		if e.headers == nil || e.workers == nil {
			return
		}
		defer e.workers.Done()
		for h := range e.headers {
			_ = h
		}
	}()
}

// The same with a method started by name: its early return skips Done on a field nobody waits on.
func (e *headerExchange) startNamed() {
	e.workers.Add(1)
	go e.drain()
}

func (e *headerExchange) drain() {
	if e.headers == nil || e.workers == nil {
		return
	}
	defer e.workers.Done()
	for h := range e.headers {
		_ = h
	}
}
