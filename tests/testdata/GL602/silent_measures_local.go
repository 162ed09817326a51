package gl602

import (
	"context"
	"time"

	"go.opentelemetry.io/otel/metric"
)

type readerMetrics struct {
	downloads metric.Int64Counter
	latency   metric.Float64Histogram
}

// Download fetches under ctx, then records two measures. The local context is
// handed only to the instruments, which read it for exemplars and baggage.
func Download(ctx context.Context, rm *readerMetrics) {
	dlCtx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	start := time.Now()
	if err := fetchOne(dlCtx); err != nil {
		return
	}
	if rm != nil {
		ctxBg := context.Background()
		rm.downloads.Add(ctxBg, 1)
		rm.latency.Record(ctxBg, float64(time.Since(start).Milliseconds()))
	}
}

func fetchOne(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }
