package gl105

import "time"

// The twin: after the timer's select the loop goes on, a new timer each time closeC is ready.
func drainPoolAgain(tick <-chan time.Time, closeC <-chan struct{}, pool chan int) {
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
			case <-time.After(time.Second): // want `time\.After in this loop starts a new timer every iteration`
			}
		}
	}
}
