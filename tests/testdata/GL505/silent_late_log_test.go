package gl505

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestWaitedLog(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		t.Log("inside")
		wg.Done()
	}()
	wg.Wait()
}

func TestDeferredWait(t *testing.T) {
	done := make(chan struct{})
	defer func() { <-done }()
	go func() {
		t.Error("reported while the test waits")
		close(done)
	}()
}

// The test waits in a Cleanup (a method value): it runs before the test completes.
func TestCleanupWait(t *testing.T) {
	var wg sync.WaitGroup
	t.Cleanup(wg.Wait)
	wg.Add(1)
	go func() {
		t.Error("reported before the cleanup returns")
		wg.Done()
	}()
}

// The goroutine is never started: the test is skipped first.
func TestSkippedFirst(t *testing.T) {
	t.Skip("not on this platform")
	go func() {
		t.Error("never runs")
	}()
}

// One receive per goroutine, in a loop as long as the one that starts them.
func TestReceivePerGoroutine(t *testing.T) {
	n := 3
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			t.Error("reported before its send")
			done <- struct{}{}
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
}

// A loop over a literal with elements runs: its receive joins.
func TestLoopOverLiteral(t *testing.T) {
	results := make(chan int)
	go func() {
		t.Error("reported before its sends")
		results <- 1
		results <- 2
	}()
	for range []int{1, 2} {
		<-results
	}
}

func checkEven(t *testing.T, v int) {
	if v%2 != 0 {
		t.Errorf("odd: %d", v)
	}
}

// The named helper's goroutines are waited for.
func TestNamedWaited(t *testing.T) {
	done := make(chan struct{})
	go func() {
		checkEven(t, 2)
		close(done)
	}()
	<-done
}

// Waited for through a WaitGroup the helper is not told about.
func TestNamedWaitGroup(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		checkEven(t, 4)
		wg.Done()
	}()
	wg.Wait()
}

// Run under a subtest that waits for it.
func TestSubtestWaited(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		ch := make(chan struct{})
		go func() {
			t.Error("in time")
			close(ch)
		}()
		<-ch
	})
}

// A helper that only logs: a late Log is not a panic.
func logValue(t *testing.T, v int) { t.Logf("v=%d", v) }

func TestNamedLogOnly(t *testing.T) {
	go logValue(t, 1)
}

// The test spins until the goroutine's last act sets an atomic flag: it
// cannot return before the goroutine's reports.
func TestSpinUntilDone(t *testing.T) {
	var done atomic.Bool
	go func() {
		defer done.Store(true)
		if err := work(); err != nil {
			t.Errorf("work: %v", err)
		}
	}()
	for i := 1; i%128 != 0 || !done.Load(); i++ {
		gc()
	}
}

func gc() {}
