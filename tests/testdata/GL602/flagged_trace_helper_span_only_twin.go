package gl602

import (
	"context"
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
