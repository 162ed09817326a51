package gl203

import (
	"context"
	"sync"
)

type runner interface{ Run(ctx context.Context) error }

type mockRunner struct{ RunFunc func(ctx context.Context) error }

func (m *mockRunner) Run(ctx context.Context) error { return m.RunFunc(ctx) }

type controller struct{ runners []runner }

// Run runs every runner until ctx ends.
func (c *controller) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, r := range c.runners {
		wg.Add(1)
		go func(r runner) {
			defer wg.Done()
			_ = r.Run(ctx)
		}(r)
	}
	wg.Wait()
	return nil
}

// runAll counts the controller's goroutine and the two runners' callbacks, which the controller runs.
func runAll(ctx context.Context) {
	var wg sync.WaitGroup
	c := &controller{}
	for i := 0; i < 2; i++ {
		c.runners = append(c.runners, &mockRunner{RunFunc: func(ctx context.Context) error {
			<-ctx.Done()
			wg.Done()
			return nil
		}})
	}
	wg.Add(3)
	go func() {
		_ = c.Run(ctx)
		wg.Done()
	}()
	wg.Wait()
}
