package gl311

import "sync"

// A Cond inside an anonymous struct field, broadcast through that field by a method.
type copier struct {
	mu struct {
		sync.Mutex
		cond   sync.Cond
		copied int
		queued int
	}
}

func (c *copier) work() {
	c.mu.Lock()
	c.mu.copied++
	c.mu.cond.Broadcast()
	c.mu.Unlock()
}

func (c *copier) wait() {
	c.mu.Lock()
	for c.mu.queued != c.mu.copied {
		c.mu.cond.Wait()
	}
	c.mu.Unlock()
}

// A field Cond of a value a local holds: a method of its type broadcasts it.
type store struct {
	mu   sync.Mutex
	cond sync.Cond
	busy int
}

func openStore() *store {
	d := &store{}
	d.cond.L = &d.mu
	return d
}

func (d *store) finish() {
	d.mu.Lock()
	d.busy--
	d.cond.Broadcast()
	d.mu.Unlock()
}

func waitIdle() {
	d := openStore()
	d.mu.Lock()
	for d.busy > 0 {
		d.cond.Wait()
	}
	d.mu.Unlock()
}

// A value of a type goleash cannot see, not made here: its own code may signal it.
func waitOther(get func() *struct {
	sync.Mutex
	C *sync.Cond
}) {
	x := get()
	x.Lock()
	x.C.Wait()
	x.Unlock()
}
