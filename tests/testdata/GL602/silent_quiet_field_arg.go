package gl602

import (
	"context"
	"time"
)

type limiter struct{}

func (l *limiter) Take(ctx context.Context, key string) error {
	select {
	case <-time.After(time.Millisecond):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type smtpSession struct {
	// traceCtx carries trace values only: the package sets it to context.Background().
	traceCtx context.Context
	lim      *limiter
}

func newSMTPSession(lim *limiter) *smtpSession {
	return &smtpSession{traceCtx: context.Background(), lim: lim}
}

// deliver is called only with the session's traceCtx, which never ends: a fresh context loses nothing.
func (s *smtpSession) deliver(ctx context.Context, from string) error {
	return s.lim.Take(context.Background(), from)
}

func (s *smtpSession) Data(from string) error {
	return s.deliver(s.traceCtx, from)
}
