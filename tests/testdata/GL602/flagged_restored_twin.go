package gl602

import "context"

type holder struct{ ctx context.Context }

func (h *holder) SetContext(ctx context.Context) { h.ctx = ctx }

func (h *holder) Run() error { return h.ctx.Err() }

// The same method given the caller's ctx before, but one that works under
// it, not a setter: the second call runs without the caller's cancellation.
func (h *holder) Load(ctx context.Context) error {
	h.ctx = context.WithValue(ctx, holder{}, 1)
	return h.ctx.Err()
}

func (h *holder) LoadTwice(ctx context.Context) {
	h.Load(ctx)
	h.Load(context.Background()) // want `drops the received ctx`
}

// Another holder was given the caller's ctx: this one never was.
func (h *holder) CallOther(ctx context.Context, other *holder) error {
	other.SetContext(ctx)
	h.SetContext(context.Background()) // want `drops the received ctx`
	return h.Run()
}
