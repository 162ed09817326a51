package gl505

import (
	"os"
	"testing"
)

// The loop after the spawns fills the semaphore to its capacity: it ends
// only once every goroutine gave its token back, after its checks.
func TestWritesRefilled(t *testing.T) {
	const parallel = 4
	sem := make(chan bool, parallel)
	dir := t.TempDir()
	for n := 16; n > 0; n-- {
		sem <- true
		go func() {
			defer func() { <-sem }()
			f, err := os.CreateTemp(dir, "w")
			if err != nil {
				t.Errorf("create: %v", err)
				return
			}
			f.Close()
		}()
	}
	for n := parallel; n > 0; n-- {
		sem <- true
	}
}
