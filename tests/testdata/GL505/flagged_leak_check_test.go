package gl505

import (
	"testing"

	"go.uber.org/goleak"
)

// The leak check runs at the start, not when the test ends: nothing waits for the goroutine.
func TestLeakCheckedFirst(t *testing.T) {
	goleak.VerifyNone(t)
	go func() {
		if err := workOnce(); err != nil {
			t.Errorf("unexpected %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
}
