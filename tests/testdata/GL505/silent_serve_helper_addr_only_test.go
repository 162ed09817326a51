package gl505

import (
	"net"
	"net/http"
	"testing"
)

// startHTTP starts a server and hands back the server and its listener.
func startHTTP(t *testing.T) (*http.Server, net.Listener) {
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

// The only caller drops the server and asks the listener for its address:
// nothing closes it, so Serve never returns and the report never runs.
func TestUsesAddrOnly(t *testing.T) {
	_, l := startHTTP(t)
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	_ = c.Close()
}
