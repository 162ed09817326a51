package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"net"
	"net/http"
	"testing"
)

func startHTTPClosed(t *testing.T) (*http.Server, net.Listener) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{}
	go func() {
		if err := srv.Serve(l); err != nil {
			t.Error(err)
		}
	}()
	return srv, l
}

// The caller closes the listener: Serve returns its error, maybe after the
// test has returned.
func TestClosesListener(t *testing.T) {
	_, l := startHTTPClosed(t)
	_ = l.Close()
}
