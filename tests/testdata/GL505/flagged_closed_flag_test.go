package gl505

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
		require.True(t, q.push(1)) // want `require\.True in a goroutine ends only this goroutine when it fails`
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
		require.True(t, ok) // want `require\.True in a goroutine ends only this goroutine when it fails`
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
		defer close(done)
		for i := 0; i < 3; i++ {
			require.True(t, b.push(i)) // want `require\.True in a goroutine ends only this goroutine when it fails`
		}
	}()
	<-done
}

// A queue made shut: its push reports false.
func TestQueueMadeShut(t *testing.T) {
	q := &jobQueue{closed: true}
	done := make(chan struct{})
	go func() {
		defer close(done)
		require.True(t, q.push(1)) // want `require\.True in a goroutine ends only this goroutine when it fails`
	}()
	<-done
}
