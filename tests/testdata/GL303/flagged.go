package gl303

import "sync"

func (c Counter) Inc() { // want `receiver of type Counter is passed by value: its lock is copied`
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func report(s Stats) string { // want `parameter of type Stats is passed by value: its lock is copied`
	return s.name
}

func guard(mu sync.RWMutex) { // want `parameter of type sync.RWMutex is passed by value`
	mu.Lock()
	println("guarded")
	mu.Unlock()
}

func printReport(s *Stats) {
	println(report(*s))
}

// A plain Mutex copied by value methods that never lock it while Push locks the stored queue: a waiter's
// atomic write races with the copy.
type plainQueue struct {
	mu sync.Mutex
	s  []int
}

func (q plainQueue) Len() int { return len(q.s) } // want `receiver of type plainQueue is passed by value: its lock is copied. Copying plainQueue .* a data race`

func (q *plainQueue) Push(v int) {
	q.mu.Lock()
	q.s = append(q.s, v)
	q.mu.Unlock()
}

func (q plainQueue) Idle() bool { // want `receiver of type plainQueue is passed by value`
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.s) == 0
}
