package gl505

import (
	"net"
	"testing"
)

// lifetime stands for a tomb-like type of another module: Done marks the
// goroutine dead, Wait returns once it is. goleash cannot see its methods.
type lifetime interface {
	Dying() <-chan struct{}
	Kill()
	Done()
	Wait()
}

var newLifetime func() lifetime

// The test waits for the goroutine (lt.Wait) before it closes response and
// returns: neither the late report nor the send can come after them.
func TestEchoJoined(t *testing.T) {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	response := make(chan []byte, 1)
	lt := newLifetime()
	go func() {
		defer lt.Done()
		c, err := ln.Accept()
		if err != nil {
			select {
			case <-lt.Dying():
			default:
				t.Error("accept failed")
			}
			return
		}
		buf := make([]byte, 16)
		n, _ := c.Read(buf)
		response <- buf[:n]
	}()
	lt.Kill()
	ln.Close()
	lt.Wait()
	close(response)
}
