package gl602

import (
	"context"
	"io"
	"runtime/pprof"
)

// pprof.SetGoroutineLabels(...) only resets the profiler labels the goroutine inherited; the read
// itself goes on under what the caller gave.
func partsReader(ctx context.Context, w *io.PipeWriter) {
	pprof.SetGoroutineLabels(context.Background())
	err := readParts(ctx, w)
	w.CloseWithError(err)
}

func readParts(ctx context.Context, w *io.PipeWriter) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
	}
	_, err := w.Write([]byte("x"))
	return err
}
