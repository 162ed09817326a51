package gl105

import "time"

// The timer's select runs once: every path after it leaves the loop.
func drainPool(tick <-chan time.Time, closeC <-chan struct{}, pool chan int) {
	for {
		select {
		case <-tick:
			select {
			case <-pool:
			default:
			}
		case <-closeC:
			select {
			case <-pool:
			case <-time.After(time.Second):
			}
			close(pool)
			return
		}
	}
}
