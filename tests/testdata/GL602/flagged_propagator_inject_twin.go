package gl602

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

// The twin: the root carrying the span context is handed to work, which loses the caller's stop.
func runUnderOrigin(ctx context.Context, origin trace.SpanContext, work func(context.Context) error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return work(trace.ContextWithSpanContext(context.Background(), origin)) // want `context\.Background\(\) drops the received ctx`
}
