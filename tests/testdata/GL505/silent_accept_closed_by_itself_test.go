package gl505

import (
	"net"
	"testing"
)

// The goroutine closes the listener itself, in a defer: that runs once it has stopped accepting, so
// it cannot make its own Accept fail, and nothing else closes the listener.
func TestAcceptClosedByItself(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		defer ln.Close()
		conn, err := ln.Accept()
		if err != nil {
			t.Error(err)
			return
		}
		conn.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// The listener is a helper's parameter: every caller made it and only asks for its address.
func acceptOnce(t *testing.T, ln net.Listener, greeting ...string) {
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			t.Error(err)
			return
		}
		defer func() {
			if err := ln.Close(); err != nil {
				t.Log(err)
			}
		}()
		for _, g := range greeting {
			conn.Write([]byte(g))
		}
		conn.Close()
	}()
}

func TestAcceptHelperListener(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	acceptOnce(t, ln, "hello")
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
