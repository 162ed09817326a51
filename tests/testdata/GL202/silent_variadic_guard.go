package gl202

import "sync"

// The goroutine is counted only when an optional WaitGroup is passed, and its deferred Done runs
// under the same test of the same unchanged argument.

func fireAndForget(f func(), wg ...*sync.WaitGroup) {
	if len(wg) > 0 && wg[0] != nil {
		wg[0].Add(1)
	}
	go func() {
		if len(wg) > 0 && wg[0] != nil {
			defer wg[0].Done()
		}
		f()
	}()
}

func fireAll(fs []func()) {
	var wg sync.WaitGroup
	for _, f := range fs {
		fireAndForget(f, &wg)
	}
	wg.Wait()
}
