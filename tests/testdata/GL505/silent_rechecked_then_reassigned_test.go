package gl505

import (
	"net"
	"testing"
)

// TestRecheckedThenReassigned re-checks the accept error in the read loop, where it is still the nil one
// (the loop's err is its own); the goroutine assigns err again only after the loop.
func TestRecheckedThenReassigned(t *testing.T) {
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
		err = conn.Close()
		_ = err
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
