package gl602

import "context"

type adapterCtx struct {
	ctx context.Context
}

func newAdapterCtxWith(ctx context.Context) *adapterCtx {
	if ctx == nil {
		ctx = context.Background()
	}
	return &adapterCtx{ctx: ctx}
}

// newAdapterCtx uses the context it is given, if any; with none, a background one.
func newAdapterCtx(ctx ...context.Context) *adapterCtx {
	if len(ctx) > 0 {
		return newAdapterCtxWith(ctx[0])
	}
	return newAdapterCtxWith(context.Background())
}

func adapterFor(ctx ...context.Context) *adapterCtx {
	var c context.Context
	if len(ctx) == 0 {
		c = context.Background()
	} else {
		c = ctx[0]
	}
	return &adapterCtx{ctx: c}
}
