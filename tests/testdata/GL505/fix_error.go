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

func TestWorker(t *testing.T) {
	done := make(chan struct{})
	go func() {
		if err := check(2); err != nil {
			t.Fatalf("bad worker: %v", err) // want `t.Fatalf in a goroutine ends only this goroutine: the test then hangs`
		}
		close(done)
	}()
	<-done
}
