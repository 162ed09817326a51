package gl505

import (
	"testing"
	"time"
)

func TestBackgroundLog(t *testing.T) {
	go func() {
		time.Sleep(10 * time.Millisecond)
		t.Errorf("late") // want `t\.Errorf may run after the test returns: the test binary panics`
	}()
}
