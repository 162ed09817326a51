package gl101

import "testing"

// Skipped only in short mode: otherwise the goroutine runs, and the stop
// case strands its send.
func TestSkippedShort(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	results := make(chan int)
	stop := make(chan struct{})
	close(stop)
	go func() {
		results <- 1 // want `goroutine blocks for.ver sending on results`
	}()
	select {
	case <-results:
	case <-stop:
	}
}
