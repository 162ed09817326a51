package gl504

import (
	"sync"
	"sync/atomic"
)

type Once struct {
	done uint32
	m    sync.Mutex
}

func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

var total int64

func init() {
	total = 100
}

func add(n int64) { atomic.AddInt64(&total, n) }

func current() int64 { return atomic.LoadInt64(&total) }

func newServer() *Server {
	s := &Server{}
	s.hits = 10 // a fresh value, not yet shared
	return s
}

type Plain struct{ n int }

func (p *Plain) Inc() { p.n++ }

type Mutex struct{ state int32 }

func (m *Mutex) TryLock() bool {
	old := m.state
	if old != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, 1)
}

func (m *Mutex) Close() {
	// exclusive access here: no atomic read needed
	if m.state == 0 {
		println("idle")
	}
}

func (s *Server) Init() {
	s.hits = 0
}

// Only the fields' addresses are taken here; the values are read with atomic through them.
type usage struct {
	mem, store int64
}

func (u *usage) add(n int64) { atomic.AddInt64(&u.mem, n); atomic.AddInt64(&u.store, n) }

func (u *usage) total(mem bool) int64 {
	var p *int64
	if mem {
		p = &u.mem
	} else {
		p = &u.store
	}
	return atomic.LoadInt64(p)
}
