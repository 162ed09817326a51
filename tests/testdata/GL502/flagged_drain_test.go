package gl502

import (
	"testing"
	"time"
)

// drainOrGiveUp returns on its timeout without receiving: it may not wait at all.
func drainOrGiveUp(t *testing.T, errCh chan error, expect int) {
	timer := time.After(time.Second)
	for found := 0; found < expect; {
		select {
		case <-timer:
			return
		case err := <-errCh:
			if err != nil {
				t.Errorf("err: %v", err)
			}
			found++
		}
	}
}

func TestDrainGiveUp(t *testing.T) {
	errCh := make(chan error, 1)
	var got *int
	go func() {
		x := 1
		got = &x // want `data race on got`
		errCh <- nil
	}()
	drainOrGiveUp(t, errCh, 1)
	if got == nil {
		t.Log("not yet")
	}
}
