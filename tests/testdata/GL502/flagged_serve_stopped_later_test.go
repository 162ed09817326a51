package gl502

import (
	"net"
	"net/http"
	"testing"
)

// The server is handed to a helper before the function's last use of err: the helper may close it
// (it does), Serve returns and writes err while the test reads it.
func shutdown(s *http.Server) { s.Close() }

func TestServeHandedOn(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		err = s.Serve(ln) // want `data race on err`
	}()
	shutdown(s)
	if err != nil {
		t.Log(err)
	}
}

// Closed in a loop that also uses err: the next iteration's use follows the last one's close.
func TestServeClosedInLoop(t *testing.T) {
	for i := 0; i < 2; i++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		s := &http.Server{Handler: http.NotFoundHandler()}
		var serveErr error
		go func() {
			serveErr = s.Serve(ln) // want `data race on serveErr`
		}()
		for j := 0; j < 2; j++ {
			t.Log(serveErr)
			if j == 1 {
				s.Close()
			}
		}
	}
}

func shutdownFirst(s *http.Server) { _ = s.Close() }

// A helper given the server before the test's own use of err may stop it: Serve can return then.
func TestServeHandedToCloser(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{}
	go func() {
		err = s.Serve(ln) // want `data race on err: written here with no mutex held`
	}()
	shutdownFirst(s)
	c, err := net.Dial("tcp", ln.Addr().String())
	if err == nil {
		c.Close()
	}
}
