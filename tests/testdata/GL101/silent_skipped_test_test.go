package gl101

import "testing"

// The test is skipped on every run: its goroutine never starts.
func TestSkippedManual(t *testing.T) {
	t.Skip("run by hand")
	results := make(chan int)
	stop := make(chan struct{})
	go func() {
		results <- 1
	}()
	select {
	case <-results:
	case <-stop:
	}
}
