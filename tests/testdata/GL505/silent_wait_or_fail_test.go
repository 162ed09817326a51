package gl505

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// waitOrFail runs f in a goroutine and returns only once it returned; on a timeout it stops the
// test. Given wg.Wait, the test waits for the readers before it returns.
func waitOrFail(t *testing.T, f func(), what string) {
	ok := make(chan struct{}, 1)
	go func() {
		f()
		ok <- struct{}{}
	}()
	select {
	case <-time.After(3 * time.Second):
	case <-ok:
		return
	}
	require.Failf(t, "timeout", "while %s", what)
}

func TestNoEchoBack(t *testing.T) {
	in := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case v := <-in:
				if v != 0 {
					t.Errorf("should not get data back, got %d", v)
				}
			case <-time.After(100 * time.Millisecond):
				return
			}
		}
	}()
	waitOrFail(t, wg.Wait, "waiting for the reader")
}
