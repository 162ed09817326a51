package gl602

import "context"

type gate2 struct {
	open context.CancelFunc
}

func admitWith(ctx context.Context) func() {
	return func() { <-ctx.Done() }
}

// The context itself is handed to the handler, which may do work under it.
func NewGate2(ctx context.Context) (g *gate2, handler func()) {
	ready, open := context.WithCancel(context.Background()) // want `context\.Background\(\) drops the received ctx`
	g = &gate2{open: open}
	return g, admitWith(ready)
}
