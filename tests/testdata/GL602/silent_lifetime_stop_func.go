package gl602

import (
	"context"
	"errors"
	"sync"
)

// A component's lifetime: Start's ctx bounds only the start; the goroutines run under a context of
// their own, ended by the Stop that calls the kept cancel.
type reconcilerComp struct {
	stop func()
}

func (r *reconcilerComp) loop(ctx context.Context) { <-ctx.Done() }

func (r *reconcilerComp) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancelCause(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.loop(ctx)
	}()
	r.stop = func() {
		cancel(errors.New("stopping"))
		<-done
	}
	return nil
}

func (r *reconcilerComp) Stop() { r.stop() }

type watcherComp struct {
	stop func() error
}

func (w *watcherComp) Start(ctx context.Context) (err error) {
	wctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stop := func() error {
		cancel()
		wg.Wait()
		return nil
	}
	defer func() {
		if err == nil {
			w.stop = stop
		}
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-wctx.Done()
	}()
	return nil
}

type cancelComp struct {
	cancel context.CancelFunc
}

func (c *cancelComp) Start(ctx context.Context) {
	lctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	go func() { <-lctx.Done() }()
}
