package gl502

import (
	"net"
	"net/http"
	"testing"
)

// Closed, then err used: Serve returns once the server is closed and writes err while the test reads it.
func TestServeClosed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		err = s.Serve(ln) // want `data race on err`
		if err != nil {
			t.Log(err)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	s.Close()
	t.Log(err)
}
