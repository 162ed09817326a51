package gl505

import "testing"

func tripleStorer(t *testing.T, done chan bool) {
	t.Error("reported before its send")
	done <- true
}

func tripleDeleter(t *testing.T, done chan bool) {
	t.Error("reported before its send")
	done <- true
}

// Two goroutines per turn, but one receive per turn: half of them may still run when the test returns.
func TestReceivePerTurnOnly(t *testing.T) {
	n := 3
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go tripleStorer(t, done)  // want `tripleStorer may call t\.Errorf? after the test returns`
		go tripleDeleter(t, done) // want `tripleDeleter may call t\.Errorf? after the test returns`
	}
	for i := 0; i < n; i++ {
		<-done
	}
}
