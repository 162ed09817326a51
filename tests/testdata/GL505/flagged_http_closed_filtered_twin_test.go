package gl505

import (
	"context"
	"net"
	"net/http"
	"testing"
	"time"
)

// The closer closes the listener before shutting the server down: Serve's Accept fails first, with an
// error other than http.ErrServerClosed, which the report does not leave out.
func closingServer(tb testing.TB) (string, func()) {
	tb.Helper()
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	server := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		if err := server.Serve(listener); err != nil && err != http.ErrServerClosed {
			tb.Fatal(err) // want `tb.Fatal may run after the test returned`
		}
	}()
	return "http://" + listener.Addr().String(), func() {
		_ = listener.Close()
		ctx, done := context.WithTimeout(context.Background(), 5*time.Second)
		defer done()
		server.Shutdown(ctx)
	}
}

func TestClosingServer(t *testing.T) {
	addr, closer := closingServer(t)
	defer closer()
	if _, err := http.Get(addr); err != nil {
		t.Fatal(err)
	}
}
