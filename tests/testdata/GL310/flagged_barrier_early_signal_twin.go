package gl310

import (
	"sync"
	"sync/atomic"
)

// RunGated also signals on every nudge: a waiter can wake before
// the last job arrived.
func RunGated(jobs []func(), nudge <-chan struct{}) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	var arrived atomic.Int32
	ready := func() {
		if v := arrived.Add(1); v < int32(len(jobs)) {
			gate.Wait() // want `gate\.Wait\(\) under an if, not a loop`
		} else {
			gate.Broadcast()
		}
	}
	go func() {
		for range nudge {
			gate.Signal()
		}
	}()
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func()) {
			defer wg.Done()
			gate.L.Lock()
			ready()
			gate.L.Unlock()
			job()
		}(job)
	}
	wg.Wait()
}
