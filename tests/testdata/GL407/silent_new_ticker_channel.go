package gl407

import "time"

// The throttle is the channel of a ticker nobody can stop (only its C is kept; NewTicker panics on a
// period that is not positive): it delivers within a period, and the stop is seen on the next turn.

type rateLimited struct {
	stopCh chan struct{}
	Rate   time.Duration
	done   int
}

func (r *rateLimited) step() { r.done++ }

func (r *rateLimited) run(n int) {
	throttle := time.NewTicker(r.Rate).C
	for i := 0; i < n; i++ {
		select {
		case <-r.stopCh:
			return
		default:
			<-throttle
			r.step()
		}
	}
}
