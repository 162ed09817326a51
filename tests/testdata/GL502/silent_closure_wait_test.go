package gl502

import (
	"errors"
	"testing"
	"time"
)

func dialCall() error { return errors.New("canceled") }

// A local helper closure waits for the goroutine: it returns only once it received from the channel
// it is given (its other case fails the test), so the read of err after it is ordered after the
// goroutine's write, which comes before the close.
func TestClosureWait(t *testing.T) {
	wait := func(desc string, c chan struct{}) {
		select {
		case <-c:
			return
		case <-time.After(5 * time.Second):
			t.Fatal("failed to wait for", desc)
		}
	}
	var err error
	done := make(chan struct{})
	go func() {
		err = dialCall()
		close(done)
	}()
	wait("client side to be done", done)
	if err == nil {
		t.Fatal("want an error")
	}
}
