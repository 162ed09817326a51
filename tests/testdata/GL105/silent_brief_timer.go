package gl105

import "time"

// collectBurst gathers what arrives until the channel pauses for a
// millisecond: each timer fires, and is freed, 1 ms after it was made.
func collectBurst(in <-chan int, max int) []int {
	var got []int
	done := false
	for !done {
		select {
		case v := <-in:
			got = append(got, v)
			if len(got) >= max {
				done = true
			}
		case <-time.After(time.Millisecond):
			done = true
		}
	}
	return got
}

// pollBurst waits at most 5 ms per turn.
func pollBurst(in <-chan int, out chan<- int) {
	for {
		select {
		case v := <-in:
			out <- v
		case <-time.After(5 * time.Millisecond):
		}
	}
}
