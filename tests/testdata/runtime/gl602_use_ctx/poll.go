package rt

import (
	"context"
	"time"
)

func pollUntilDone(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Watch polls in the background for as long as the caller's ctx lives.
func Watch(ctx context.Context) {
	go pollUntilDone(context.Background(), time.Millisecond) // want `context\.Background\(\) drops the received ctx \(ctx\)`
}
