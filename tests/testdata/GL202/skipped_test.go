package gl202

import (
	"sync"
	"testing"
)

// t.Fatal ends the goroutine (its deferred calls run), and Wait hangs.
func TestWorkers(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		if err := process(11); err != nil {
			t.Fatal(err) // want `t.Fatal`
		}
		wg.Done()
	}()
	wg.Wait()
}
