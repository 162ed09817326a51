package gl505

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// jobQueue: push and pop report false only once the queue is shut (closed set by shut).
type jobQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func newJobQueue() *jobQueue {
	q := &jobQueue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *jobQueue) shut() {
	q.mu.Lock()
	q.closed = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

func (q *jobQueue) push(v int) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	q.items = append(q.items, v)
	q.cond.Signal()
	return true
}

func (q *jobQueue) pop() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		if q.closed {
			return 0, false
		}
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

// Nothing here shuts the queue: the pushes and pops cannot report false.
func TestQueueNeverShut(t *testing.T) {
	q := newJobQueue()
	done := make(chan struct{})
	go func() {
		defer func() { done <- struct{}{} }()
		require.True(t, q.push(1))
		require.True(t, q.push(2))
	}()
	go func() {
		defer func() { done <- struct{}{} }()
		_, ok := q.pop()
		require.True(t, ok)
		_, ok = q.pop()
		require.True(t, ok)
	}()
	<-done
	<-done
}
