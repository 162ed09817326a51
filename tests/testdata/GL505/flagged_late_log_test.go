package gl505

import (
	"testing"
	"time"
)

func TestBackgroundLog(t *testing.T) {
	go func() {
		time.Sleep(10 * time.Millisecond)
		t.Errorf("late") // want `t.Errorf in a goroutine the test does not wait for: if it runs after the test returns, the testing package panics`
	}()
}
