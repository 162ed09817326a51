package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"io"
	"net"
	"testing"
)

// The deferred drain reads a pipe the goroutine never closes: it waits on
// the test's own close of side, not on the goroutine.
func TestMatchGreetingOtherPipe(t *testing.T) {
	in, out := net.Pipe()
	side, sink := net.Pipe()
	defer func() {
		_ = side.Close()
		_, _ = io.Copy(io.Discard, sink)
	}()
	go func() {
		_, err := in.Write([]byte("HELLO\n"))
		if err != nil {
			t.Errorf("write: %v", err)
		}
		_ = in.Close()
	}()
	ok, err := matchGreeting(out)
	if err != nil || !ok {
		t.Fatalf("no match: %v", err)
	}
	_ = out.Close()
}
