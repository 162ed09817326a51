package gl101

import (
	"net"
	"testing"
)

// The twin of silent_helper_error_fails_callers_test.go: one caller only skips on
// the error, and the test goes on (passing) with the accept goroutine blocked.
func pipePair() (net.Conn, net.Conn, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	defer ln.Close()
	done := make(chan error)
	var server net.Conn
	go func() {
		var aerr error
		server, aerr = ln.Accept()
		done <- aerr // want `goroutine blocks forever sending on done`
	}()
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		return nil, nil, err
	}
	if err := <-done; err != nil {
		return nil, nil, err
	}
	return client, server, nil
}

func TestPipePairMaybe(t *testing.T) {
	c, s, err := pipePair()
	if err != nil {
		t.Log("no network:", err)
		return
	}
	defer c.Close()
	defer s.Close()
}

func TestPipePairMust(t *testing.T) {
	c, s, err := pipePair()
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	s.Close()
}
