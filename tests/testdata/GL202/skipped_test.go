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
			t.Fatal(err) // want `goroutine stops here \(the test fails and the goroutine exits\) without calling wg.Done\(\)` `t.Fatal`
		}
		wg.Done()
	}()
	wg.Wait()
}
