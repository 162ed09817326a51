package gl601

import (
	"context"
	"time"
)

// Each turn waits for one item with a deadline of its own; the path that leaves after the
// context's own Done() fired finds it cancelled already (timer stopped, parent let go).
func relayEach(in <-chan int, out chan<- int) {
	go func() {
		for {
			waitCtx, stop := context.WithTimeout(context.Background(), time.Minute)
			select {
			case <-waitCtx.Done():
				return
			case v, ok := <-in:
				if !ok {
					stop()
					return
				}
				out <- v
			}
			stop()
		}
	}()
}
