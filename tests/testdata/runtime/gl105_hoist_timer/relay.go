package rt

import "time"

// Relay counts the values from in until it is idle for the given time.
func Relay(in <-chan int, idle time.Duration) int {
	n := 0
	for {
		select {
		case <-in:
			n++
		case <-time.After(idle): // want `starts a new timer every iteration`
			return n
		}
	}
}
