package gl505

import (
	"errors"
	"testing"
)

func check(n int) error {
	if n > 1 {
		return errors.New("too big")
	}
	return nil
}

func TestWorkers(t *testing.T) {
	errc := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func(n int) {
			if err := check(n); err != nil {
				t.Fatalf("bad worker %d: %v", n, err) // want `t.Fatalf in a goroutine`
			}
			errc <- nil
		}(i)
	}
	go func() {
		t.FailNow() // want `t.FailNow in a goroutine`
	}()
	<-errc
	<-errc
}
