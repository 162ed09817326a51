package gl505

import (
	"net"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"
)

// A server's Serve returns only once its listener fails (it is closed) or the server is shut
// down; the test does neither, so the report cannot run, late or not.
func TestServeNeverStopped(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		if err := s.Serve(ln); err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	resp, err := http.Get("http://" + ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}

// The package-level Serve on a listener that is only dialled.
func TestHTTPServeNeverStopped(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		err := http.Serve(ln, http.NotFoundHandler())
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

// The error assigned, then tested right after.
func TestServeAssigned(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{}
	go func() {
		var err error
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

// A Fatal (or require) reached only once Serve returned, which it never does.
func TestServeFatalNever(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: http.NotFoundHandler()}
	go func() {
		if err := s.Serve(ln); err != nil {
			t.Fatal(err)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

func TestServeRequireNever(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		require.NoError(t, http.Serve(ln, http.NotFoundHandler()))
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// A guard narrowed by another condition is still reached only once Serve
// returned, which it never does here.
func TestServeNeverStoppedFiltered(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		if err := http.Serve(ln, http.NotFoundHandler()); err != nil && err != http.ErrServerClosed {
			t.Fatal(err)
		}
	}()
	_ = ln.Addr()
}
