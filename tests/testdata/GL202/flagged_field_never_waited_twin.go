package gl202

import "sync"

// The same field, but Stop waits on it: the early return leaves Stop blocked.
type blockExchange struct {
	pollers *sync.WaitGroup
	blocks  chan int
}

func (e *blockExchange) start() {
	e.pollers = &sync.WaitGroup{}
	e.pollers.Add(1)
	go func() {
		if e.blocks == nil {
			return // want `goroutine returns here without calling e\.pollers\.Done\(\)`
		}
		defer e.pollers.Done()
		for b := range e.blocks {
			_ = b
		}
	}()
}

func (e *blockExchange) Stop() {
	e.pollers.Wait()
}

// The same with a method started by name: Stop waits on the field.
func (e *blockExchange) startNamed() {
	e.pollers.Add(1)
	go e.poll() // want `goroutine poll can return without calling e\.pollers\.Done\(\)`
}

func (e *blockExchange) poll() {
	if e.blocks == nil || e.pollers == nil {
		return
	}
	defer e.pollers.Done()
	for b := range e.blocks {
		_ = b
	}
}
