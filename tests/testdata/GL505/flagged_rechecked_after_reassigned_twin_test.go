package gl505

import (
	"net"
	"testing"
)

// TestRecheckedAfterReassigned re-checks err after assigning it the result of a write to the peer,
// which fails when the peer has gone.
func TestRecheckedAfterReassigned(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			t.Errorf("accept: %v", err)
			close(done)
			return
		}
		_, err = conn.Write([]byte("pong"))
		if err != nil {
			t.Fatalf("write: %v", err) // want "t.Fatalf in a goroutine ends only this goroutine"
		}
		conn.Close()
		close(done)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	<-done
}
