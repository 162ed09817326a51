package gl602

import "context"

type imapSession struct {
	reqCtx context.Context
	lim    *limiter
}

// The twin: the field is given a context that a cancel ends.
func newIMAPSession(parent context.Context, lim *limiter) (*imapSession, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	return &imapSession{reqCtx: ctx, lim: lim}, cancel
}

func (s *imapSession) fetch(ctx context.Context, box string) error {
	return s.lim.Take(context.Background(), box) // want "drops the received ctx"
}

func (s *imapSession) Fetch(box string) error {
	return s.fetch(s.reqCtx, box)
}
