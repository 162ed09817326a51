package gl505

import (
	"os"
	"runtime"
	"sync/atomic"
	"testing"
)

func workOnce() error {
	_, err := os.Stat("once.lock")
	return err
}

// Each goroutine counts itself out after its report; the test spins until the count is back to zero.
func TestSpinCount(t *testing.T) {
	var pending int64
	for i := 0; i < 10; i++ {
		atomic.AddInt64(&pending, 1)
		go func() {
			if err := workOnce(); err != nil {
				t.Errorf("unexpected %v", err)
			}
			atomic.AddInt64(&pending, -1)
		}()
	}
	for atomic.LoadInt64(&pending) != 0 {
		runtime.Gosched()
	}
}
