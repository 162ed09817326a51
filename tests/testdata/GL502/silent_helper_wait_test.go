package gl502

import (
	"testing"
	"time"
)

func drainN(t testing.TB, ch chan error, expect int, d time.Duration) {
	timeout := time.After(d)
	for found := 0; found < expect; {
		select {
		case <-timeout:
			t.Fatal("timeout")
		case err := <-ch:
			if err != nil {
				t.Fatal(err)
			}
			found++
		}
	}
}

func openCounter() (*int, error) { return new(int), nil }

func TestDrain(t *testing.T) {
	errCh := make(chan error, 2)
	var s *int
	go func() {
		var err error
		s, err = openCounter()
		errCh <- err
	}()
	go func() { errCh <- nil }()
	drainN(t, errCh, 2, time.Second) // both goroutines have sent: s is written
	if *s != 0 {
		t.Error("bad")
	}
}
