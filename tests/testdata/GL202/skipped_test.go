package gl202

import (
	"os"
	"sync"
	"testing"
)

// t.Fatal ends the goroutine (its deferred calls run), and Wait hangs.
func TestWorkers(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		if _, err := os.ReadFile("worker.conf"); err != nil {
			t.Fatal(err) // want `t.Fatal`
		}
		wg.Done()
	}()
	wg.Wait()
}
