package gl602

import (
	"context"
	"time"

	"go.opentelemetry.io/otel/metric"
)

type readerMetricsTwin struct {
	downloads metric.Int64Counter
	latency   metric.Float64Histogram
}

// DownloadTwin fetches under ctx, records a measure, then fetches again under
// the local context: that fetch no longer follows ctx.
func DownloadTwin(ctx context.Context, rm *readerMetricsTwin) {
	dlCtx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	start := time.Now()
	if err := fetchOneTwin(dlCtx); err != nil {
		return
	}
	if rm != nil {
		ctxBg := context.Background() // want "drops the received ctx"
		rm.downloads.Add(ctxBg, 1)
		rm.latency.Record(ctxBg, float64(time.Since(start).Milliseconds()))
		_ = fetchOneTwin(ctxBg)
	}
}

func fetchOneTwin(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }
