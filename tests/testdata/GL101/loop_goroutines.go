package gl101

import "time"

func grow() {}

// A new goroutine each turn; when the deadline wins the last one is left sending.
func spinUntil(d time.Duration) {
	deadline := time.After(d)
	c := make(chan bool)
	for {
		go func() {
			grow()
			c <- true // want `goroutine blocks forever sending on c`
		}()
		select {
		case <-deadline:
			return
		case <-c:
		}
	}
}
