package gl502

import "time"

// The same start signal, but the function reads the variable again after sending it: that read races
// with the goroutine's write.
func startThenPeek(n int) bool {
	for i := 0; i < n; i++ {
		c := make(chan int, i)
		done := false
		go func() {
			_ = <-c
			done = true // want `data race on done`
		}()
		c <- 0
		time.Sleep(time.Millisecond)
		if done {
			return false
		}
	}
	return true
}
