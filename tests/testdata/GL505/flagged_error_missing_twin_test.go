package gl505

import (
	"net"
	"testing"
)

// The goroutine stops the test when the dial fails: a failure of the environment.
func TestDialFails(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := net.Dial("tcp", "127.0.0.1:1"); err != nil {
			t.Fatal(err) // want `t\.Fatal in a goroutine ends only this goroutine`
		}
	}()
	<-done
}
