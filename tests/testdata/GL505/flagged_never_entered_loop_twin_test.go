package gl505

import (
	"net"
	"testing"
)

// The flag starts true here: the loop runs until term arrives, and a failed
// write calls t.Fatalf in the goroutine.
func TestEnteredLoop(t *testing.T) {
	events := make(chan net.Conn)
	term := make(chan bool)
	done := make(chan bool)
	go func() {
		run := true
		for run {
			select {
			case c := <-events:
				if _, err := c.Write([]byte("x")); err != nil {
					t.Fatalf("write: %v", err) // want `t\.Fatalf in a goroutine`
				}
			case <-term:
				run = false
			}
		}
		done <- true
	}()
	term <- true
	<-done
}

// The flag starts false but a statement before the loop may set it.
func loopFlagSetBefore(t *testing.T, c net.Conn, ready bool) {
	done := make(chan bool)
	go func() {
		again := false
		if ready {
			again = true
		}
		for again {
			if _, err := c.Write([]byte("x")); err != nil {
				t.Fatalf("write: %v", err) // want `t\.Fatalf in a goroutine`
			}
			again = false
		}
		done <- true
	}()
	<-done
}

var _ = loopFlagSetBefore // (run by a test)
