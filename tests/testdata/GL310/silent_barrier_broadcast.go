package gl310

import (
	"sync"
	"sync/atomic"
)

// RunTogether starts every job at once: each waits until the last one
// arrived, whose Broadcast is the one wake-up.
func RunTogether(jobs []func()) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var arrived atomic.Int32
	ready := func() {
		if v := arrived.Add(1); v < int32(len(jobs)) {
			cond.Wait()
		} else {
			cond.Broadcast()
		}
	}
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func()) {
			defer wg.Done()
			cond.L.Lock()
			ready()
			cond.L.Unlock()
			job()
		}(job)
	}
	wg.Wait()
}
