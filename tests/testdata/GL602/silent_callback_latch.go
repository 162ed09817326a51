package gl602

import (
	"context"
	"errors"
	"time"
)

// RetainHandler waits for blocks to be retained.
type RetainHandler struct{ events Events }

// Events calls each hook with the id of a block retained.
type Events interface {
	Hook(f func(id string)) (unhook func())
}

var errRet = errors.New("retained")

func (r *RetainHandler) submit(id string) error { return nil }

// Await submits a block and waits until a hook reports it retained (the hook fires the fresh
// context's end func), or until the timeout made from the caller's ctx ends the select.
func (r *RetainHandler) Await(ctx context.Context, id string) error {
	processingCtx, processingCtxCancel := context.WithTimeout(ctx, 10*time.Second)
	defer processingCtxCancel()

	blockCtx, blockCtxCancel := context.WithCancelCause(context.Background())
	defer blockCtxCancel(context.Canceled)

	unhook := r.events.Hook(func(got string) {
		if got != id {
			return
		}
		blockCtxCancel(errRet)
	})
	defer unhook()

	if err := r.submit(id); err != nil {
		return err
	}
	select {
	case <-processingCtx.Done():
		return processingCtx.Err()
	case <-blockCtx.Done():
		if err := context.Cause(blockCtx); !errors.Is(err, errRet) {
			return err
		}
		return nil
	}
}
