package gl602

import "context"

// The context given is dropped when there is one: Background replaces it.
func adapterIgnoring(ctx ...context.Context) *adapterCtx {
	if len(ctx) > 0 {
		return newAdapterCtxWith(context.Background()) // want `context.Background\(\) drops the received ctx \(ctx\)`
	}
	return newAdapterCtxWith(nil)
}
