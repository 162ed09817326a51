package gl602

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

// The twin: the span starts under a fresh root, and the work it traces loses the caller's stop.
func startDetachedSpan(ctx context.Context, tp trace.TracerProvider) (context.Context, trace.Span) {
	if ctx.Err() != nil {
		return ctx, trace.SpanFromContext(ctx)
	}
	return tp.Tracer("reconciler").Start(context.Background(), "reconcile") // want `context\.Background\(\) drops the received ctx`
}
