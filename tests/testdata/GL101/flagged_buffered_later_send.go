package gl101

import "time"

// One slot takes the first send; the second, after the loop, is the one that
// waits forever once the function has taken the timeout.
func waitForCount(in <-chan int, limit int, timeout time.Duration) bool {
	done := make(chan struct{}, 1)
	go func() {
		n := 0
		for range in {
			n++
			if n == limit {
				done <- struct{}{}
				break
			}
		}
		done <- struct{}{} // want `goroutine blocks forever sending on done`
	}()
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}
