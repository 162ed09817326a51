package gl502

import (
	"net"
	"net/http"
	"testing"
)

// Serve returns only once its listener fails or its server is closed. Here every close comes after
// the function's last use of err: the caller's, once the server is handed back, or a deferred one.
// The goroutine's write of err follows that close, and so every use of err above it.
func startServer(t *testing.T) (*http.Server, string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		err = s.Serve(ln)
	}()
	if err != nil {
		t.Fatal(err)
	}
	return s, ln.Addr().String()
}

func TestServeClosedByDefer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	defer s.Close()
	go func() {
		err = s.Serve(ln)
		if err != http.ErrServerClosed {
			t.Log(err)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

func TestStartedServer(t *testing.T) {
	s, addr := startServer(t)
	defer s.Close()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

func registerHealth(s *http.Server, h http.Handler) { s.Handler = h }

// Registering a service on the server before starting it does not stop it.
func TestServeRegisteredFirst(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{}
	registerHealth(s, http.NotFoundHandler())
	go func() {
		err = s.Serve(ln)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	t.Cleanup(func() { s.Close() })
}
