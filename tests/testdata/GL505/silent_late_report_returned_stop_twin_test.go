package gl505

// Silent: a late t.Error is reported only where the test can be shown to return before it runs. The
// goroutine is started by the test itself (a test function or a t.Run literal; a helper's return does not
// end the test), and either nothing on the test's way from the go statement to its return can wait for
// the goroutine (no call that may block, channel operation, loop or select; time.Sleep and a context's
// cancel wait for no one), or the test's own deferred close makes the goroutine's accept loop fail. Each
// test below calls or waits on something after the go statement, or starts the goroutine in a helper.

import (
	"context"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// startServingLate's stop function joins its goroutine, but the test may stop before it defers it.
func startServingLate(t *testing.T, h http.Handler) (string, func()) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %s", err)
	}
	srv := http.Server{Handler: h}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := os.WriteFile(filepath.Join(t.TempDir(), "g"), []byte("x"), 0o600); err != nil {
			t.Errorf("write: %s", err)
			return
		}
		_ = srv.Serve(l)
	}()
	return l.Addr().String(), func() {
		_ = srv.Shutdown(context.Background())
		wg.Wait()
	}
}

func TestStartServingLate(t *testing.T) {
	addr, stop := startServingLate(t, http.NotFoundHandler())
	if addr == "" {
		t.Fatal("no address")
	}
	defer stop()
}
