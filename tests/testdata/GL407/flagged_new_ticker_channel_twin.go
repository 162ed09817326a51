package gl407

import "time"

// The twin: the ticker is kept and stopped by another method; once stopped, its channel never
// delivers again and the receive in the default blocks forever while the stop is not watched.

type stoppableLimiter struct {
	stopCh chan struct{}
	tick   *time.Ticker
	done   int
}

func (r *stoppableLimiter) halt() { r.tick.Stop() }

func (r *stoppableLimiter) run(n int) {
	r.tick = time.NewTicker(time.Millisecond)
	throttle := r.tick.C
	for i := 0; i < n; i++ {
		select {
		case <-r.stopCh:
			return
		default:
			<-throttle // want `this blocks in the select's default, where the stop is not watched`
			r.done++
		}
	}
}
