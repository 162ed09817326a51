package gl505

import (
	"runtime"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// The test ends only once its goroutines have: the deferred leak check waits for them (or fails).
func TestLeakChecked(t *testing.T) {
	defer goleak.VerifyNone(t)
	go func() {
		if err := workOnce(); err != nil {
			t.Errorf("unexpected %v", err)
		}
	}()
}

// noLeak waits until every goroutine started since the snapshot has exited.
func noLeak(before int) {
	for runtime.NumGoroutine() > before {
		time.Sleep(time.Millisecond)
	}
}

func TestLeakCheckedByHelper(t *testing.T) {
	defer noLeak(runtime.NumGoroutine())
	go func() {
		if err := workOnce(); err != nil {
			t.Errorf("unexpected %v", err)
		}
	}()
}
