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
	for b.n > 0 {
		b.Done.Wait()
	}
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

type gated struct {
	gate *sync.Cond
	n    int
}

func (j *gated) run() {
	if j.gate != nil {
		j.gate.L.Lock()
		for j.n == 0 {
			j.gate.Wait()
		}
		j.gate.L.Unlock()
	}
}

// Stored from a local that is broadcast under its own name.
func startGated() {
	gate := sync.NewCond(&sync.Mutex{})
	j := &gated{gate: gate}
	go j.run()
	gate.Broadcast()
}

type neverSet struct {
	c *sync.Cond
	n int
}

// The field is never set: this Wait cannot run on a live Cond.
func (x *neverSet) wait() {
	if x.c != nil {
		x.c.L.Lock()
		for x.n == 0 {
			x.c.Wait()
		}
		x.c.L.Unlock()
	}
}
