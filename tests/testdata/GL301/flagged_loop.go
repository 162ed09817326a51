package gl301

import "sync"

type queue struct {
	mu    sync.Mutex
	items []int
}

// break leaves the loop with the lock held, and the function returns holding it.
func (q *queue) drain(limit int) int {
	n := 0
	for {
		q.mu.Lock()
		if len(q.items) == 0 {
			break
		}
		q.items = q.items[1:]
		n++
		q.mu.Unlock()
		if n == limit {
			return n
		}
	}
	return n // want `return with q.mu locked: q.mu.Unlock\(\) is skipped on this path`
}

// A conditional lock whose unlock is under another condition.
func (q *queue) push(v int, locked bool, flush bool) {
	if !locked {
		q.mu.Lock()
	}
	q.items = append(q.items, v)
	if flush { // want `end of function with q.mu locked`
		q.mu.Unlock() // want `q.mu may not be locked when this Unlock runs`
	}
}
