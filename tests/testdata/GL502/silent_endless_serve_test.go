package gl502

import (
	"net"
	"net/http"
	"testing"
)

// Serve returns only once its listener fails or the server is shut down, and the test does
// neither: the goroutine's write of err never happens.
func TestServeForever(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		err = s.Serve(ln)
		if err != nil {
			t.Error(err)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
