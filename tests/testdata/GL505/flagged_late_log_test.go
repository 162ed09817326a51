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

func checkPositive(t *testing.T, v int) {
	if v < 0 {
		t.Errorf("negative: %d", v)
	}
}

// A package helper that reports, run as the goroutine's body.
func TestNamedLateReport(t *testing.T) {
	for i := 0; i < 3; i++ {
		go checkPositive(t, i) // want `checkPositive may call t\.Errorf after the test returns`
	}
}

// A subtest returns as soon as its function does.
func TestSubtestLateReport(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		go func() {
			t.Error("late") // want `t\.Error may run after the test returns`
		}()
	})
}

// collect, after the go statement, is a call that could wait for the goroutine as
// far as the test shows: the late report stays silent.
func TestSpinFixed(t *testing.T) {
	go func() {
		if err := work(); err != nil {
			t.Errorf("work: %v", err) // (silent)
		}
	}()
	for i := 0; i < 128; i++ {
		collect()
	}
}

func collect() {}
