package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"os"
	"testing"
)

// The loop after the spawns takes back half the tokens only: goroutines
// may still run when the test returns.
func TestWritesHalfRefilled(t *testing.T) {
	const parallel = 4
	sem := make(chan bool, parallel)
	dir := t.TempDir()
	for n := 16; n > 0; n-- {
		sem <- true
		go func() {
			defer func() { <-sem }()
			f, err := os.CreateTemp(dir, "w")
			if err != nil {
				t.Errorf("create: %v", err)
				return
			}
			f.Close()
		}()
	}
	for n := parallel / 2; n > 0; n-- {
		sem <- true
	}
}
