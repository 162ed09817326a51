package gl601

import (
	"context"
	"time"
)

// The twin: the path leaves on another context's Done(), with this turn's context still
// holding its timer.
func relayEachUntil(quit context.Context, in <-chan int, out chan<- int) {
	go func() {
		for {
			waitCtx, stop := context.WithTimeout(context.Background(), time.Minute)
			select {
			case <-quit.Done():
				return // want `stop is not called on this path`
			case v, ok := <-in:
				if !ok {
					stop()
					return
				}
				select {
				case out <- v:
				case <-waitCtx.Done():
				}
			}
			stop()
		}
	}()
}
