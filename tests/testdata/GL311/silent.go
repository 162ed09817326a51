package gl311

import "sync"

type Buffer struct {
	mu    sync.Mutex
	ready *sync.Cond
	n     int
	Done  *sync.Cond
}

func NewBuffer() *Buffer {
	b := &Buffer{}
	b.ready = sync.NewCond(&b.mu)
	b.Done = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Take() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.n == 0 {
		b.ready.Wait()
	}
	b.n--
}

func (b *Buffer) Add() {
	b.mu.Lock()
	b.n++
	b.mu.Unlock()
	b.ready.Signal()
}

// Exported: other packages may broadcast it.
func (b *Buffer) WaitDone() {
	b.mu.Lock()
	b.Done.Wait()
	b.mu.Unlock()
}

func signalledByGoroutine() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		c.Broadcast()
	}()
	mu.Lock()
	for !ready {
		c.Wait()
	}
	mu.Unlock()
}
