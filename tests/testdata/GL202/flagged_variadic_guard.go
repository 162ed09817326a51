package gl202

import "sync"

// The deferred Done tests a different element than the Add did: with a nil first WaitGroup and a
// second one, the goroutine is counted on the second and never releases it.

func fireAndForgetMismatch(f func(), wg ...*sync.WaitGroup) {
	if len(wg) > 0 && wg[0] != nil {
		wg[0].Add(1)
	}
	go func() {
		if len(wg) > 1 && wg[0] != nil {
			defer wg[0].Done()
		}
		f() // want `goroutine reaches its end after this without calling wg.Done\(\)`
	}()
}
