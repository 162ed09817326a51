package gl505

import (
	"net"
	"net/http"
	"testing"
)

// Shut down while the test returns: Serve returns http.ErrServerClosed, maybe after the test.
func TestServeShutDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		if err := s.Serve(ln); err != nil {
			t.Errorf("serve: %v", err) // want `t\.Errorf may run after the test returns`
		}
	}()
	defer s.Close()
	resp, err := http.Get("http://" + ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}

// The listener is closed when the test returns: Serve then returns the Accept error.
func TestServeListenerClosed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		err := http.Serve(ln, http.NotFoundHandler())
		if err != nil {
			t.Error(err) // want `t\.Error may run after the test returns`
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// Shut down when the test returns: Serve fails then, and Fatal ends only the goroutine.
func TestServeFatalShutDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	defer s.Close()
	go func() {
		if err := s.Serve(ln); err != nil {
			t.Fatal(err) // want `may run after the test returned`
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
