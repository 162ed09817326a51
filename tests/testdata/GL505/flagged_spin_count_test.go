package gl505

import (
	"runtime"
	"sync/atomic"
	"testing"
)

// The spin waits for half of them only: the others may report after the test returned.
func TestSpinHalf(t *testing.T) {
	var done int64
	for i := 0; i < 10; i++ {
		go func() {
			if err := workOnce(); err != nil {
				t.Errorf("unexpected %v", err) // want `t\.Errorf may run after the test returns`
			}
			atomic.AddInt64(&done, 1)
		}()
	}
	for atomic.LoadInt64(&done) < 5 {
		runtime.Gosched()
	}
}
