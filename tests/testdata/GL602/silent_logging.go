package gl602

import (
	"context"
	"log"
)

// Logger takes a context for its values (a trace id); a log line has nothing to cancel.
type Logger interface {
	Printf(ctx context.Context, format string, v ...any)
}

var logger Logger

func auditLog(ctx context.Context, event string) {
	if ctx.Value("trace") != nil {
		log.Print(event)
	}
}

func handoff(ctx context.Context, conn string) error {
	logger.Printf(context.Background(), "handing off %s", conn)
	auditLog(context.Background(), "handoff")
	return dialContext(ctx, conn)
}

func dialContext(ctx context.Context, addr string) error {
	<-ctx.Done()
	return ctx.Err()
}
