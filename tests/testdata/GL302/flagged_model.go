package gl302

import "sync"

// The lock is taken through an embedded mutex, two calls down.
type Registry struct {
	sync.Mutex
	items map[string]int
}

func (r *Registry) count() int {
	r.Lock()
	defer r.Unlock()
	return len(r.items)
}

func (r *Registry) stats() int { return r.count() }

func (r *Registry) Add(k string) {
	r.Lock()
	defer r.Unlock()
	r.items[k] = r.stats() // want `r.stats\(\) locks r.Mutex again while it is held here: it deadlocks`
}

// Conditional locking keyed on a bool parameter: the literal at the call decides.
type Ring struct {
	mu  sync.Mutex
	err error
}

func (r *Ring) readErr(locked bool) error {
	if !locked {
		r.mu.Lock()
		defer r.mu.Unlock()
	}
	return r.err
}

func (r *Ring) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.readErr(false) // want `r.readErr\(\) locks r.mu again while it is held here: it deadlocks`
}

type Queue struct {
	mu sync.Mutex
	n  int
}

func (q *Queue) process(needLock bool) {
	lock := func() {
		if needLock {
			q.mu.Lock()
		}
	}
	lock()
	q.n++
	if needLock {
		q.mu.Unlock()
	}
}

func (q *Queue) Flush() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.process(true) // want `q.process\(\) locks q.mu again while it is held here: it deadlocks`
}
