package gl505

import (
	"net"
	"testing"
)

// TestRecheckedRead checks the read error of the previous turn: err is the loop's last read's, which
// fails when the peer resets the connection.
func TestRecheckedRead(t *testing.T) {
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
				t.Fatalf("read: %v", err) // want "t.Fatalf in a goroutine ends only this goroutine"
			}
			_, err = conn.Read(buf)
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
