package gl602

import (
	"context"
	"io"
	"runtime/trace"
)

// The region is marked, and then the read runs on a fresh root: the caller's stop is lost.
func PhasedRootRead(ctx context.Context, w *io.PipeWriter) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	region := trace.StartRegion(context.Background(), "read-phase")
	defer region.End()
	return readParts(context.Background(), w) // want `context\.Background\(\) drops the received ctx`
}
