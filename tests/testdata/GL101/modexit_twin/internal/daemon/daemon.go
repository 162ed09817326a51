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

// Run relays events until ctx ends; it returns with the watcher maybe blocked on its send, while a
// test goes on after it.
func Run(ctx context.Context, period time.Duration) error {
	events := make(chan string)
	go watch(events) // want "goroutine blocks forever sending on events"
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
