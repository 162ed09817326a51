package gl602

import (
	"context"

	"example.com/tracing"
)

// The twin of silent_trace_helper_span_only.go: the span's context is kept, and the work runs under it.
func (u *uploader) runDetached(ctx context.Context) {
	spanCtx, finishSpan := u.trace.TraceUpload(context.Background(), "uploader") // want `context\.Background\(\) drops the received ctx`
	defer finishSpan()
	for b := range u.ch {
		_ = u.put(spanCtx, b)
	}
	_ = ctx
}

// The StartTrace helper's context is kept and the work runs under it.
func (u *uploader) buildDetached(ctx context.Context) error {
	traceCtx, endTrace := tracing.StartTrace(context.Background(), "build") // want `context\.Background\(\) drops the received ctx`
	defer endTrace()
	_ = ctx
	return u.put(traceCtx, nil)
}
