package gl502

import (
	"testing"
	"time"
)

// The same helper closure, but its timeout case returns instead of failing the test: the read of err
// after it may run while the goroutine still writes.
func TestClosureWaitTwin(t *testing.T) {
	wait := func(desc string, c chan struct{}) {
		select {
		case <-c:
		case <-time.After(5 * time.Second):
			t.Log("gave up waiting for", desc)
		}
	}
	var err error
	done := make(chan struct{})
	go func() {
		err = dialCall() // want `data race on err`
		close(done)
	}()
	wait("client side to be done", done)
	if err == nil {
		t.Fatal("want an error")
	}
}

// A closure given another channel than the one the goroutine closes waits for nothing of it.
func TestClosureWaitOtherChannel(t *testing.T) {
	wait := func(c chan struct{}) {
		<-c
	}
	var err error
	done := make(chan struct{})
	other := make(chan struct{})
	close(other)
	go func() {
		err = dialCall() // want `data race on err`
		close(done)
	}()
	wait(other)
	if err == nil {
		t.Fatal("want an error")
	}
	<-done
}
