package gl106

import "context"

type feedEvent struct{ name string }

type fakeFeed struct{}

// watch hands one event to its caller on an unbuffered channel.
func (f *fakeFeed) watch(ctx context.Context) <-chan feedEvent {
	ch := make(chan feedEvent)
	go func() {
		ch <- feedEvent{name: "root"}
		close(ch)
	}()
	return ch
}

func followFeed(ctx context.Context, f *fakeFeed) {
	events := f.watch(ctx)
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

// Every call gives a context that is never done: the receiver above never stops on it.
func runFeed() {
	followFeed(context.Background(), &fakeFeed{})
}
