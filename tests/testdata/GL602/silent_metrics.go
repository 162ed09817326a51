package gl602

import (
	"context"
	"time"
)

// A metrics recorder takes a context for its tags: recording a measure has
// nothing to cancel.
type statsSink interface {
	Record(ctx context.Context, v float64)
}

var sink statsSink

type workflowMonitoring struct{ enabled bool }

func (m *workflowMonitoring) RequestDone(ctx context.Context, ok bool, elapsed time.Duration) {
	if m.enabled {
		sink.Record(ctx, float64(elapsed))
	}
}

var defaultWorkflowMonitoring = &workflowMonitoring{enabled: true}

func handleRequest(ctx context.Context, work func(context.Context) error) error {
	start := time.Now()
	err := work(ctx)
	defaultWorkflowMonitoring.RequestDone(context.Background(), err == nil, time.Since(start))
	return err
}
