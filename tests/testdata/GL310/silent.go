package gl310

import "sync"

type Gate struct {
	mu     sync.Mutex
	opened *sync.Cond
	open   bool
}

func (g *Gate) Wait() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for !g.open {
		g.opened.Wait()
	}
}

func (g *Gate) Open() {
	g.mu.Lock()
	g.open = true
	g.mu.Unlock()
	g.opened.Broadcast()
}

// Waits for the next change and reads the state it brings: "next event" semantics.
func (g *Gate) Next() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.opened.Wait()
	return g.open
}

type Events struct {
	mu sync.Mutex
	c  *sync.Cond
	n  int
}

// An event loop that waits for each signal: no single state to re-check.
func (e *Events) Loop() {
	e.mu.Lock()
	defer e.mu.Unlock()
	for {
		e.c.Wait()
		e.n++
	}
}

func (e *Events) Poke() {
	e.c.Signal()
}

type job struct {
	gate *sync.Cond
	n    int
}

// An optional gate: the if tests whether there is one, not a condition.
func (j *job) run() {
	if j.gate != nil {
		j.gate.L.Lock()
		j.gate.Wait()
		j.gate.L.Unlock()
	}
	j.n++
}

type Q struct {
	mu    sync.Mutex
	cnd   *sync.Cond
	items []int
}

// Nothing is acted on after waking: Pop re-checks in its loop.
func (q *Q) tryPop() (v int, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		q.cnd.Wait()
		return 0, false
	}
	v, q.items = q.items[0], q.items[1:]
	return v, true
}

func (q *Q) Pop() int {
	for {
		if v, ok := q.tryPop(); ok {
			return v
		}
	}
}

func (q *Q) Push(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cnd.Signal()
}

// Reads what is there; on EOF it waits for the next change and returns what it read: the
// caller's loop calls it again.
type pipe struct {
	mu     sync.Mutex
	cnd    *sync.Cond
	buf    []byte
	closed bool
}

func newPipe() *pipe {
	p := &pipe{}
	p.cnd = sync.NewCond(&p.mu)
	return p
}

func (p *pipe) write(b []byte) {
	p.mu.Lock()
	p.buf = append(p.buf, b...)
	p.mu.Unlock()
	p.cnd.Broadcast()
}

func (p *pipe) read(b []byte) (int, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	if n == 0 {
		if p.closed {
			return 0, false
		}
		p.cnd.Wait()
	}
	return n, true
}

// The state the goroutine sets under the lock is checked in a loop: no lost wake-up.
func startAndWaitFlag(work func()) {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	finished := false
	go func() {
		work()
		mu.Lock()
		finished = true
		mu.Unlock()
		cond.Signal()
	}()
	mu.Lock()
	for !finished {
		cond.Wait()
	}
	mu.Unlock()
}

// The waiter holds the mutex from before the go statement to the Wait, and the goroutine
// signals under it: the Signal comes after the Wait released it.
func startLocked(work func()) {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	go func() {
		work()
		mu.Lock()
		c.Signal()
		mu.Unlock()
	}()
	c.Wait()
	mu.Unlock()
}

// A pass-through Wait: the caller holds the lock and re-checks its condition in a loop.
type waker struct{ cond *sync.Cond }

func (w *waker) Wait() {
	w.cond.Wait()
}

type queue struct {
	mu    sync.Mutex
	ready waker
	items []int
}

func (q *queue) pop() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.ready.Wait()
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x
}
