package gl101

import "time"

// Two slots: one run sends twice at most, so both sends find room.
func waitForCountRoomy(in <-chan int, limit int, timeout time.Duration) bool {
	done := make(chan struct{}, 2)
	go func() {
		n := 0
		for range in {
			n++
			if n == limit {
				done <- struct{}{}
				break
			}
		}
		done <- struct{}{}
	}()
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}
