package gl602

import (
	"context"
	"time"
)

// AwaitAlone waits for the hook alone: the caller's ctx does not end the wait.
func (r *RetainHandler) AwaitAlone(ctx context.Context, id string) error {
	processingCtx, processingCtxCancel := context.WithTimeout(ctx, 10*time.Second)
	defer processingCtxCancel()

	blockCtx, blockCtxCancel := context.WithCancelCause(context.Background()) // want `context\.Background\(\) drops the received ctx`
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
	<-blockCtx.Done()
	return processingCtx.Err()
}
