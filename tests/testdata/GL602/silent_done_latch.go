package gl602

import "context"

type gate struct {
	open context.CancelFunc
	wait <-chan struct{}
}

func admit(ready <-chan struct{}) func() {
	return func() { <-ready }
}

// NewGate's context is a one-shot latch: only its Done channel is handed out, and the cancel that
// closes it is kept in the value built.
func NewGate(ctx context.Context) (g *gate, handler func()) {
	ready, open := context.WithCancel(context.Background())
	g = &gate{open: open, wait: ready.Done()}
	return g, admit(ready.Done())
}
