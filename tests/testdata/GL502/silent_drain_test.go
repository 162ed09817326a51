package gl502

import (
	"testing"
	"time"
)

// drainN receives expect values (or stops the test): called with 2, it receives from both senders
// before it returns.
func drainN(t *testing.T, errCh chan error, expect int) {
	t.Helper()
	timer := time.After(time.Second)
	for found := 0; found < expect; {
		select {
		case <-timer:
			t.Fatalf("timeout")
		case err := <-errCh:
			if err != nil {
				t.Fatalf("err: %v", err)
			} else {
				found++
			}
		}
	}
}

func openInt() (*int, error) { x := 1; return &x, nil }

func TestDrainCounted(t *testing.T) {
	errCh := make(chan error, 2)
	var got *int
	go func() {
		var err error
		got, err = openInt()
		errCh <- err
	}()
	go func() {
		errCh <- nil
	}()
	drainN(t, errCh, 2)
	if *got != 1 {
		t.Fatal("bad")
	}
}
