package gl505

import (
	"os"
	"testing"
)

// The loop after the spawns takes back half the tokens only: goroutines
// may still run when the test returns.
func TestWritesHalfRefilled(t *testing.T) {
	const parallel = 4
	sem := make(chan bool, parallel)
	dir := t.TempDir()
	for n := 16; n > 0; n-- {
		sem <- true
		go func() {
			defer func() { <-sem }()
			f, err := os.CreateTemp(dir, "w")
			if err != nil {
				t.Errorf("create: %v", err) // want `t\.Errorf may run after the test returns`
				return
			}
			f.Close()
		}()
	}
	for n := parallel / 2; n > 0; n-- {
		sem <- true
	}
}
