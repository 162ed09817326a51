package gl505

import (
	"net"
	"testing"
)

// The loop's condition starts false and only the loop's own body sets it: the
// body never runs, and neither does its t.Fatalf.
func TestNeverEnteredLoop(t *testing.T) {
	events := make(chan net.Conn)
	term := make(chan bool)
	done := make(chan bool)
	go func() {
		stop := false
		for stop {
			select {
			case c := <-events:
				if _, err := c.Write([]byte("x")); err != nil {
					t.Fatalf("write: %v", err)
				}
			case <-term:
				stop = true
			}
		}
		done <- true
	}()
	term <- true
	<-done
}
