package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

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
		go tripleStorer(t, done)
		go tripleDeleter(t, done)
	}
	for i := 0; i < n; i++ {
		<-done
	}
}
