package gl602

import (
	"context"
	"io"
)

// The line is logged, and then the copy runs on a fresh root: the caller's stop is lost.
func LoggedRootCopy(ctx context.Context, w *io.PipeWriter) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	InfofCtx(context.Background(), "copy starts")
	return readParts(context.Background(), w) // want `context\.Background\(\) drops the received ctx`
}
