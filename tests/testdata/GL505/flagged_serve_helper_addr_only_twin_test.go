package gl505

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
			t.Error(err) // want `t.Errorf? may run after the test returns`
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
