package gl505

import (
	"context"
	"net"
	"net/http"
	"testing"
	"time"
)

// The server is shut down by the closer the helper returns, and the report leaves http.ErrServerClosed
// out: Serve returns only that error (the listener is closed by Shutdown alone), so nothing can fail late.
func badServer(tb testing.TB) (string, func()) {
	tb.Helper()
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	server := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "500 internal server error", http.StatusInternalServerError)
		}),
		ReadTimeout: time.Second,
	}
	go func() {
		if err := server.Serve(listener); err != nil && err != http.ErrServerClosed {
			tb.Fatal(err)
		}
	}()
	return "http://" + listener.Addr().String(), func() {
		ctx, done := context.WithTimeout(context.Background(), 5*time.Second)
		defer done()
		server.Shutdown(ctx)
	}
}

func TestBadServer(t *testing.T) {
	addr, closer := badServer(t)
	defer closer()
	if _, err := http.Get(addr); err != nil {
		t.Fatal(err)
	}
}
