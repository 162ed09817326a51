package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"io"
	"testing"
)

// process stands for a type of another module: its Wait waits for the
// process, not for the goroutines the test starts beside it.
type process interface {
	Start() error
	Wait() error
}

var (
	newProcess func(stdin io.WriteCloser) process
	stdin      io.WriteCloser
)

func TestProcessFeeds(t *testing.T) {
	p := newProcess(stdin)
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		if err := stdin.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}()
	if err := p.Wait(); err == nil {
		t.Fatal("succeeded unexpectedly")
	}
}
