package gl602

import (
	"context"
	"errors"
)

// The twin: the fresh root is made while the caller's ctx is alive, and the send no longer stops with it.
func writeDetached(ctx context.Context, msg string) error {
	if ctx.Err() == nil {
		sendCtx, cancel := context.WithTimeout(context.Background(), doneSendTimeout) // want `context\.Background\(\) drops the received ctx`
		defer cancel()
		return sendFrame(sendCtx, msg)
	}
	return errors.New("already done")
}
