package gl104

import "time"

// watchQueue's only return waits on halt, which no value of monitoredQueue ever has (the package never
// makes it): a receive on a nil channel never fires, so the loop never ends and the ticker goes on only
// while the function does.
type monitoredQueue struct {
	name string
	halt chan struct{}
	jobs chan int
}

func newMonitoredQueue(name string) *monitoredQueue {
	q := &monitoredQueue{name: name, jobs: make(chan int, 16)}
	go q.watchQueue()
	return q
}

func (q *monitoredQueue) watchQueue() {
	ticker := time.NewTicker(time.Second)
	for {
		select {
		case <-ticker.C:
			println(q.name, len(q.jobs))
		case <-q.halt:
			return
		}
	}
}
