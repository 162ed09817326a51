package gl505

import "testing"

func pairStorer(t *testing.T, done chan bool) {
	t.Error("reported before its send")
	done <- true
}

func pairDeleter(t *testing.T, done chan bool) {
	t.Error("reported before its send")
	done <- true
}

// Every turn starts two goroutines, and the test receives twice as often as the loop turns: one
// receive per goroutine, each sends once at its end.
func TestReceivePerGoroutinePair(t *testing.T) {
	const numWorkers = 2
	done := make(chan bool)
	for range numWorkers {
		go pairStorer(t, done)
		go pairDeleter(t, done)
	}
	for range 2 * numWorkers {
		<-done
	}
}

func TestReceivePerGoroutinePairCounted(t *testing.T) {
	n := 3
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go pairStorer(t, done)
		go pairDeleter(t, done)
	}
	for i := 0; i < n*2; i++ {
		<-done
	}
}
