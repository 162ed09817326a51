package gl502

import "time"

// A start signal: the goroutine writes only after it received from a channel that only this function
// sends on, and only after its last read of the variable. The receive cannot complete before that
// send, so the write comes after the read.
func startSignal(n int) bool {
	for i := 0; i < n; i++ {
		c := make(chan int, i)
		done := false
		go func() {
			_ = <-c
			done = true
		}()
		time.Sleep(time.Millisecond)
		if done {
			return false
		}
		c <- 0
	}
	return true
}
