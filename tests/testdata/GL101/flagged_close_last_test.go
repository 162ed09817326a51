package gl101

import (
	"testing"
	"time"
)

func validate(v int) bool { return v > 0 }

// The first worker sends on errCh only before close(stopCh), its last act:
// when the select takes <-stopCh, its send has been taken or never happens.
// The second worker does not close stopCh: that path strands its send.
func TestCloseAsLastAct(t *testing.T) {
	stopCh := make(chan struct{})
	errCh := make(chan string)

	go func() {
		if !validate(1) {
			errCh <- "first failed"
		}
		close(stopCh)
	}()

	go func() {
		if !validate(2) {
			errCh <- "second failed" // want `goroutine blocks forever sending on errCh.*case <-stopCh`
		}
	}()

	select {
	case <-time.After(2 * time.Second):
		t.Fatal("timeout")
	case e := <-errCh:
		t.Fatal(e)
	case <-stopCh:
	}
}
