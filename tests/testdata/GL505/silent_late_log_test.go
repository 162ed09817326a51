package gl505

import (
	"sync"
	"testing"
)

func TestWaitedLog(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t.Log("inside")
	}()
	wg.Wait()
}

func TestDeferredWait(t *testing.T) {
	done := make(chan struct{})
	defer func() { <-done }()
	go func() {
		defer close(done)
		t.Error("reported while the test waits")
	}()
}
