package gl505

// Value assertions (require.True, require.NotNil) check what the code under test computed from the
// test's own inputs: they fail on every run alike or on none, and the test is marked failed all
// the same. Silent, even here where they always fail.

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The test shuts the queue: a push after it reports false.
func TestQueueShut(t *testing.T) {
	q := newJobQueue()
	done := make(chan struct{})
	go func() {
		defer func() { done <- struct{}{} }()
		require.True(t, q.push(1))
	}()
	q.shut()
	<-done
}

// drain shuts the queue it is given: calling it is shutting the queue.
func drain(q *jobQueue) {
	q.shut()
}

func TestQueueDrained(t *testing.T) {
	q := newJobQueue()
	done := make(chan struct{})
	go func() {
		defer func() { done <- struct{}{} }()
		_, ok := q.pop()
		require.True(t, ok)
	}()
	drain(q)
	<-done
}

// boundedQueue's push also reports false when full: not only once shut.
type boundedQueue struct {
	items  []int
	closed bool
}

func (b *boundedQueue) push(v int) bool {
	if b.closed || len(b.items) >= 2 {
		return false
	}
	b.items = append(b.items, v)
	return true
}

func TestBoundedQueue(t *testing.T) {
	b := &boundedQueue{}
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			require.True(t, b.push(i))
		}
		close(done)
	}()
	<-done
}

// A queue made shut: its push reports false.
func TestQueueMadeShut(t *testing.T) {
	q := &jobQueue{closed: true}
	done := make(chan struct{})
	go func() {
		require.True(t, q.push(1))
		close(done)
	}()
	<-done
}
