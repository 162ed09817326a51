package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"os"
	"sync"
	"testing"
)

// The twin of silent_join_called_in_values_test.go: a caller may stop the test
// before it calls the join, and the goroutine's report then comes after the test.
func statAsync(t *testing.T, name string) func() int64 {
	var wg sync.WaitGroup
	var size int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		fi, err := os.Stat(name)
		if err != nil {
			t.Errorf("stat %s: %v", name, err)
			return
		}
		size = fi.Size()
	}()
	return func() int64 { wg.Wait(); return size }
}

func TestStatBoth(t *testing.T) {
	getA := statAsync(t, "a.txt")
	if _, err := os.Stat("b.txt"); err != nil {
		t.Fatal(err)
	}
	getB := statAsync(t, "b.txt")
	a, b := getA(), getB()
	if a != b {
		t.Errorf("sizes differ: %d, %d", a, b)
	}
}
