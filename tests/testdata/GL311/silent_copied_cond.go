package gl311

import "sync"

type slot struct {
	c    *sync.Cond
	full bool
}

type ring struct {
	slots []slot
	cur   *sync.Cond // the Cond of the slot being served: signalled under this name
}

func newRing() *ring {
	r := &ring{slots: make([]slot, 1)}
	r.slots[0].c = sync.NewCond(&sync.Mutex{})
	return r
}

// put waits on the slot's Cond, which done signals through r.cur.
func (r *ring) put() {
	s := &r.slots[0]
	s.c.L.Lock()
	for s.full {
		s.c.Wait()
	}
	s.full = true
	s.c.L.Unlock()
}

func (r *ring) serve() {
	s := &r.slots[0]
	r.cur = s.c
	s.c.L.Lock()
	s.full = false
	s.c.L.Unlock()
}

func (r *ring) done() { r.cur.Signal() }
