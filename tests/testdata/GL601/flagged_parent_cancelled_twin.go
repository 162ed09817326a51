package gl601

import (
	"context"
	"sync"
)

// The parent's shutdown is skipped on the early return too: the child stays registered with it.
func runFerryEarly(v *inlineVerifier, stopEarly bool) {
	ctx, shutdown := context.WithCancel(context.Background())
	child, stopVerifier := context.WithCancel(ctx)
	var wg sync.WaitGroup
	if v.enabled {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v.loop(child)
		}()
	}
	if stopEarly {
		return // want `stopVerifier is not called on this path` `shutdown is not called on this path`
	}
	stopVerifier()
	wg.Wait()
	shutdown()
}
