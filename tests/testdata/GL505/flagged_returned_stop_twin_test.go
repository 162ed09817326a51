package gl505

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
			t.Errorf("write: %s", err) // want `t\.Errorf may run after the test returns`
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
