package gl106

import "context"

type relayWatcher struct {
	events chan int
	src    chan int
}

// Events hands out the field channel.
func (w *relayWatcher) Events() chan int { return w.events }

// The relay's send does not watch ctx; its only receiver selects on a
// ctx.Done beside it and stops when that is cancelled.
func (w *relayWatcher) join(ctx context.Context) {
	go func() {
		for v := range w.src {
			w.events <- v // want `this send blocks for.ver once ctx is cancelled`
		}
	}()
}

func (w *relayWatcher) consume(ctx context.Context) {
	for {
		select {
		case v := <-w.Events():
			_ = v
		case <-ctx.Done():
			return
		}
	}
}
