package gl601

import (
	"context"
	"testing"
	"time"
)

type server struct{ cancel context.CancelFunc }

func deferred(parent context.Context) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	defer cancel()
	return ctx.Err()
}

func deferredClosure(parent context.Context) {
	ctx, cancel := context.WithCancel(parent)
	defer func() {
		cancel()
	}()
	<-ctx.Done()
}

func calledOnEveryPath(parent context.Context, fail bool) error {
	ctx, cancel := context.WithCancel(parent)
	if fail {
		cancel()
		return ctx.Err()
	}
	cancel()
	return nil
}

func returned(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	return ctx, cancel
}

func namedResult(parent context.Context) (ctx context.Context, cancel func()) {
	ctx, cancel = context.WithCancel(parent)
	return
}

func stored(s *server, parent context.Context) context.Context {
	ctx, cancel := context.WithCancel(parent)
	s.cancel = cancel
	return ctx
}

func cleanup(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	t.Cleanup(cancel)
	return ctx
}

func byGoroutine(parent context.Context, done chan struct{}) context.Context {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		<-done
		cancel()
	}()
	return ctx
}

// The parent's cancel is deferred: the child's timer ends with it.
func child(parent context.Context) error {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	tctx, _ := context.WithTimeout(ctx, time.Second)
	return tctx.Err()
}

// Both tests of one flag take the same branch.
func maybeTimeout(parent context.Context, limit bool) error {
	ctx := parent
	var cancel context.CancelFunc
	if limit {
		ctx, cancel = context.WithTimeout(parent, time.Second)
	}
	err := ctx.Err()
	if limit {
		cancel()
	}
	return err
}

// Cancelled from a goroutine: go cancel() calls it.
func cancelInBackground(parent context.Context) error {
	ctx, cancel := context.WithCancel(parent)
	go cancel()
	<-ctx.Done()
	return ctx.Err()
}
