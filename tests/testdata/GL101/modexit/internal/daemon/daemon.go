package daemon

import (
	"context"
	"errors"
	"time"
)

func watch(events chan string) {
	for i := 0; i < 3; i++ {
		events <- "change"
	}
	close(events)
}

// Run relays events until ctx ends; it returns with the watcher maybe blocked on its send, and the
// program, whose last act this is, ends with it.
func Run(ctx context.Context, period time.Duration) error {
	events := make(chan string)
	go watch(events)
	for {
		select {
		case <-ctx.Done():
			return errors.New("stopped")
		case _, ok := <-events:
			if !ok {
				return nil
			}
			time.Sleep(period)
		}
	}
}
