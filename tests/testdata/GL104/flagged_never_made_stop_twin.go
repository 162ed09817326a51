package gl104

import "time"

// The constructor makes quit: stopWatching ends watchQueue, and its ticker keeps firing after.
type stoppableQueue struct {
	name string
	quit chan struct{}
	jobs chan int
}

func newStoppableQueue(name string) *stoppableQueue {
	q := &stoppableQueue{name: name, quit: make(chan struct{}), jobs: make(chan int, 16)}
	go q.watchQueue()
	return q
}

func (q *stoppableQueue) watchQueue() {
	ticker := time.NewTicker(time.Second) // want `ticker ticker is never stopped`
	for {
		select {
		case <-ticker.C:
			println(q.name, len(q.jobs))
		case <-q.quit:
			return
		}
	}
}

func (q *stoppableQueue) stopWatching() {
	close(q.quit)
}
