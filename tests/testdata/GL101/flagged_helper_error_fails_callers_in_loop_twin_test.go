package gl101

import (
	"net"
	"testing"
)

// The twin of silent_helper_error_fails_callers_in_loop_test.go: the loop only skips a failed dial, and
// the test goes on (passing) with the accept goroutine blocked.
func acceptPairMaybe(ln net.Listener) (net.Conn, error) {
	done := make(chan error)
	go func() {
		c, aerr := ln.Accept()
		if c != nil {
			c.Close()
		}
		done <- aerr // want `goroutine blocks forever sending on done`
	}()
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		return nil, err
	}
	if err := <-done; err != nil {
		client.Close()
		return nil, err
	}
	return client, nil
}

func TestDialPeersMaybe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for i := 0; i < 3; i++ {
		c, err := acceptPairMaybe(ln)
		if err != nil {
			continue
		}
		c.Close()
	}
}
