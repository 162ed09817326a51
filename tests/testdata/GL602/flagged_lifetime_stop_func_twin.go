package gl602

import "context"

// The cancel is kept, but the start's own work runs under the new context too: the caller's
// cancellation no longer stops it.
type loaderComp struct {
	cancel context.CancelFunc
}

func (l *loaderComp) load(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }

func (l *loaderComp) Start(ctx context.Context) error {
	lctx, cancel := context.WithCancel(context.Background()) // want `context\.Background\(\) drops the received ctx`
	l.cancel = cancel
	go func() { <-lctx.Done() }()
	return l.load(lctx)
}

// Only goroutines use the new context, but nothing keeps its cancel: nothing can stop them.
type forgetfulComp struct{}

func (f *forgetfulComp) Start(ctx context.Context) error {
	lctx, cancel := context.WithCancel(context.Background()) // want `context\.Background\(\) drops the received ctx`
	go func() { <-lctx.Done() }()
	_ = cancel
	return nil
}
