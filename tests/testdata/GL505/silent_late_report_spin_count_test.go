package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

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
				t.Errorf("unexpected %v", err)
			}
			atomic.AddInt64(&done, 1)
		}()
	}
	for atomic.LoadInt64(&done) < 5 {
		runtime.Gosched()
	}
}
