package gl601

import (
	"context"
	"sync"
)

type inlineVerifier struct{ enabled bool }

func (v *inlineVerifier) loop(ctx context.Context) { <-ctx.Done() }

// The child's own stop runs only when the verifier is enabled, but the parent's shutdown runs on
// every path before the return, and it releases the child with it.
func runFerry(v *inlineVerifier) {
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
	if v.enabled {
		stopVerifier()
		wg.Wait()
	}
	shutdown()
}
