package gl602

import (
	"context"
	"time"
)

const doneSendTimeout = 3 * time.Second

func sendFrame(ctx context.Context, msg string) error { return ctx.Err() }

// The frame must still go out when the caller's ctx has ended: a fresh root then, bounded by a
// timeout of its own; the caller's ctx while it is alive.
func sendContext(ctx context.Context) (context.Context, context.CancelFunc) {
	switch {
	case ctx.Err() == context.Canceled || ctx.Err() == context.DeadlineExceeded:
		return context.WithTimeout(context.Background(), doneSendTimeout)
	default:
		return ctx, func() {}
	}
}

func finalContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx.Err() != nil {
		return context.WithTimeout(context.Background(), doneSendTimeout)
	}
	return ctx, func() {}
}
