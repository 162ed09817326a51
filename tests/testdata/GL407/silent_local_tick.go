package gl407

import "time"

// The throttle is a running ticker's channel (a positive constant period, held in a local): the clock
// delivers within a second, and the stop case is seen again on the next turn.

type tickWorker struct {
	stopCh chan struct{}
	sent   int
}

func (w *tickWorker) send() { w.sent++ }

func (w *tickWorker) runThrottled(n int) {
	throttle := time.Tick(100 * time.Millisecond)
	for i := 0; i < n; i++ {
		select {
		case <-w.stopCh:
			return
		default:
			<-throttle
			w.send()
		}
	}
}
