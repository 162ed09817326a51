package gl105

import "time"

// A case that may go round again (continue wait) before it breaks out: each result that is
// not the last makes one more timer.
func waitResults(results <-chan int, deadline time.Duration) int {
	sum := 0
process:
	for {
	wait:
		for {
			select {
			case <-time.After(deadline): // want `time\.After in this loop starts a new timer every iteration`
				return sum
			case r := <-results:
				sum += r
				if r != 0 {
					continue wait
				}
				break process
			}
		}
	}
	return sum
}
