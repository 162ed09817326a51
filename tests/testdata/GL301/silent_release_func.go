package gl301

import (
	"errors"
	"sync"
)

type userQueues struct {
	mtx     sync.RWMutex
	stopped bool
	queues  map[string]chan int
}

// enqueue read-locks and hands the lock to getQueue, which may upgrade it and
// returns a cleanup func that releases whichever lock it left held; the
// deferred cleanup runs on every return after it.
func (q *userQueues) enqueue(user string, v int) error {
	q.mtx.RLock()
	if q.stopped {
		q.mtx.RUnlock()
		return errors.New("stopped")
	}
	ch, cleanup, err := q.getQueue(user)
	defer cleanup()
	if err != nil {
		return err
	}
	select {
	case ch <- v:
		return nil
	default:
		return errors.New("full")
	}
}

// getQueue is called with q.mtx read-locked.
func (q *userQueues) getQueue(user string) (chan int, func(), error) {
	cleanup := func() { q.mtx.RUnlock() }
	if ch := q.queues[user]; ch != nil {
		return ch, cleanup, nil
	}
	q.mtx.RUnlock()
	q.mtx.Lock()
	cleanup = func() { q.mtx.Unlock() }
	if user == "" {
		return nil, cleanup, errors.New("no user")
	}
	ch := make(chan int, 8)
	q.queues[user] = ch
	return ch, cleanup, nil
}
