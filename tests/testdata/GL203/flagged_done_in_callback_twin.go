package gl203

import (
	"context"
	"sync"
)

// runAllUncounted counts three, but only its goroutine calls Done: the runners' callbacks do not.
func runAllUncounted(ctx context.Context) {
	var wg sync.WaitGroup
	c := &controller{}
	for i := 0; i < 2; i++ {
		c.runners = append(c.runners, &mockRunner{RunFunc: func(ctx context.Context) error {
			<-ctx.Done()
			return nil
		}})
	}
	wg.Add(3) // want `wg\.Add\(3\) but 1 goroutine calls wg\.Done\(\) before wg\.Wait\(\)`
	go func() {
		_ = c.Run(ctx)
		wg.Done()
	}()
	wg.Wait()
}
