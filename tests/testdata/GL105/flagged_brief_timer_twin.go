package gl105

import "time"

// collectSlow waits up to a second per turn: a busy channel keeps a
// second's worth of timers alive.
func collectSlow(in <-chan int, max int) []int {
	var got []int
	done := false
	for !done {
		select {
		case v := <-in:
			got = append(got, v)
			if len(got) >= max {
				done = true
			}
		case <-time.After(100 * time.Millisecond): // want `time.After in this loop starts a new timer`
			done = true
		}
	}
	return got
}
