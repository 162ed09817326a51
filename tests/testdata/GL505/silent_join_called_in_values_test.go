package gl505

import (
	"os"
	"sync"
	"testing"
)

// readAsync returns a join that waits for its goroutine and gives back what it
// read; every caller calls the joins in one assignment before it can leave.
func readAsync(t *testing.T, name string) func() []byte {
	var wg sync.WaitGroup
	var data []byte
	wg.Add(1)
	go func() {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("read %s: %v", name, err)
		}
		data = b
		wg.Done()
	}()
	return func() []byte { wg.Wait(); return data }
}

func TestReadBoth(t *testing.T) {
	getA := readAsync(t, "a.txt")
	getB := readAsync(t, "b.txt")
	a, b := getA(), getB()
	if len(a) != len(b) {
		t.Errorf("sizes differ: %d, %d", len(a), len(b))
	}
}
