package gl105

import "time"

// collectSlow waits up to 100 ms per turn: a busy channel keeps 100 ms
// worth of timers alive.
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
