package gl602

import (
	"context"

	"example.com/tracing"
)

type uploader struct {
	trace tracing.Handle
	ch    chan []byte
}

func (u *uploader) put(ctx context.Context, b []byte) error { return ctx.Err() }

// The Background context only opens a span: its derived context is discarded, the finisher is called at
// the end, and the work runs under the received ctx.
func (u *uploader) run(ctx context.Context) {
	_, finishSpan := u.trace.TraceUpload(context.Background(), "uploader")
	defer finishSpan()
	for b := range u.ch {
		_ = u.put(ctx, b)
	}
}

// A StartTrace helper: the span's context is discarded, and its end func is run with an end option on
// the error path.
func (u *uploader) build(ctx context.Context) error {
	_, endTrace := tracing.StartTrace(context.Background(), "build")
	defer endTrace()
	if err := u.put(ctx, nil); err != nil {
		endTrace(tracing.EndError(err))
		return err
	}
	return nil
}
