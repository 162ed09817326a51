package gl505

import (
	"net"
	"testing"
)

// TestRecheckedAccept checks the accept error once, then again in the read loop: the second check tests
// the same err, already nil there (the loop's own err is a new variable), so it never fails.
func TestRecheckedAccept(t *testing.T) {
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
		defer conn.Close()
		buf := make([]byte, 4)
		for i := 0; i < 2; i++ {
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			_, err := conn.Read(buf)
			if err != nil {
				break
			}
		}
		close(done)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Write([]byte("ping"))
	c.Close()
	<-done
}
