package gl602

import (
	"context"

	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

// The span context is put on an empty root only to be copied into the carrier: the propagator reads
// values from the context, nothing runs under it.
func originHeaders(ctx context.Context, prop propagation.TextMapPropagator, origin trace.SpanContext) map[string]string {
	if ctx.Err() != nil {
		return nil
	}
	carrier := propagation.MapCarrier{}
	prop.Inject(trace.ContextWithSpanContext(context.Background(), origin), carrier)
	return carrier
}
