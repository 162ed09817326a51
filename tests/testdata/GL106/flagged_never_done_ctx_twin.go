package gl106

import (
	"context"
	"time"
)

type liveFeed struct{}

func (f *liveFeed) watchLive(ctx context.Context) <-chan feedEvent {
	ch := make(chan feedEvent)
	go func() {
		ch <- feedEvent{name: "root"} // want "blocks forever once ctx is cancelled"
		close(ch)
	}()
	return ch
}

func followLive(ctx context.Context, f *liveFeed) {
	events := f.watchLive(ctx)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-events:
				if !ok {
					return
				}
			}
		}
	}()
}

// Here the context has a deadline: when it passes first, the receiver leaves.
func runLive() {
	ctx, stop := context.WithTimeout(context.Background(), time.Second)
	defer stop()
	followLive(ctx, &liveFeed{})
}
