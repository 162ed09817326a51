package gl106

import (
	"context"
	"errors"
	"sync"
)

type stageRunner struct {
	stop context.Context // the workflow's own stop
}

func (r *stageRunner) step(ctx context.Context, n int) error { return ctx.Err() }

// runStage returns a channel that carries the stage's first error.
func (r *stageRunner) runStage(runnerCtx context.Context, steps []int) <-chan error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	done := make(chan error)
	for _, s := range steps {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			if err := r.step(runnerCtx, s); err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
			}
		}(s)
	}
	go func() {
		wg.Wait()
		done <- first
		close(done)
	}()
	return done
}

// Every caller takes the stage's value on every path: the stop case drains
// it before it returns.
func (r *stageRunner) run(runnerCtx context.Context) error {
	cleanup := sync.OnceFunc(func() {
		if runnerCtx.Err() != nil {
			return
		}
	})
	defer cleanup()
	for _, stage := range [][]int{{1, 2}, {3}} {
		ch := r.runStage(runnerCtx, stage)
		select {
		case <-r.stop.Done():
			<-ch
			return errors.New("stopped")
		case err := <-ch:
			if err != nil {
				return err
			}
		}
	}
	return nil
}
