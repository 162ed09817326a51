package gl505

import (
	"sync"
	"testing"
	"time"
)

// waitOrLog gives up after the timeout and returns: the test can end before the reader does.
func waitOrLog(t *testing.T, f func()) {
	ok := make(chan struct{}, 1)
	go func() {
		f()
		ok <- struct{}{}
	}()
	select {
	case <-time.After(3 * time.Second):
		t.Log("gave up waiting")
	case <-ok:
	}
}

func TestNoEchoBackLogged(t *testing.T) {
	in := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case v := <-in:
				if v != 0 {
					t.Errorf("should not get data back, got %d", v) // want `t.Errorf may run after the test returns`
				}
			case <-time.After(100 * time.Millisecond):
				return
			}
		}
	}()
	waitOrLog(t, wg.Wait)
}
