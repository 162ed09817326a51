package gl602

import (
	"context"
	"io"
	"runtime/pprof"
)

// The profiler labels are reset, and then the read runs on a fresh root: the caller's stop is lost.
func RelabelledRead(ctx context.Context, w *io.PipeWriter) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	pprof.SetGoroutineLabels(context.Background())
	return readParts(context.Background(), w) // want `context\.Background\(\) drops the received ctx`
}
