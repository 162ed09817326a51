package gl101

import (
	"net"
	"testing"
)

// acceptPair's early error return leaves its accept goroutine blocked on done; its one caller calls it in
// a loop and fails the test on that error at once: the path is a failed test.
func acceptPair(ln net.Listener) (net.Conn, error) {
	done := make(chan error)
	go func() {
		c, aerr := ln.Accept()
		if c != nil {
			c.Close()
		}
		done <- aerr
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

func TestDialPeers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for i := 0; i < 3; i++ {
		c, err := acceptPair(ln)
		if err != nil {
			t.Fatal(err)
		}
		c.Close()
	}
}
