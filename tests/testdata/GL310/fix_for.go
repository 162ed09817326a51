package gl310

import "sync"

type Queue struct {
	mu    sync.Mutex
	ready *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.ready = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Push(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.ready.Broadcast()
}

func (q *Queue) Pop() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		q.ready.Wait() // want `q.ready.Wait\(\) under an if, not a loop: when it returns, len\(q.items\) == 0 may hold again`
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}
