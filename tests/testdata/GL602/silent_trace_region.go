package gl602

import (
	"context"
	"io"
	"runtime/trace"
)

// trace.StartRegion(...) only marks a region of the execution trace (it gives a *Region to End, no
// context); the work goes on under what the caller gave.
func phasedRead(ctx context.Context, w *io.PipeWriter) error {
	region := trace.StartRegion(context.Background(), "read-phase")
	err := readParts(ctx, w)
	region.End()
	trace.Logf(context.Background(), "phase", "read done: %v", err)
	return err
}
