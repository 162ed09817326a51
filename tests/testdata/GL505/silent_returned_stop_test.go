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

// startServing's stop function shuts the server down and waits for its goroutine.
func startServing(t *testing.T, h http.Handler) (string, func()) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %s", err)
	}
	srv := http.Server{Handler: h}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := os.WriteFile(filepath.Join(t.TempDir(), "f"), []byte("x"), 0o600); err != nil {
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

func TestStartServing(t *testing.T) {
	addr, stop := startServing(t, http.NotFoundHandler())
	defer stop()
	resp, err := http.Get("http://" + addr)
	if err == nil {
		resp.Body.Close()
	}
}
